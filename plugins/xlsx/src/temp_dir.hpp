// Where libxlsxwriter puts a workbook's temporary files. It writes every part of a workbook
// (each sheet's XML, the styles, the shared strings, …: about twenty for a ward's report) into
// its own temporary file, created, unlinked at once and read back when zipping. On a disk file
// system each of them costs a journaled create and unlink (about 0.1–0.3 ms each on the shared
// build machine: a third of a small workbook's write); on a RAM file system only memory.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace wardreport::xlsx {

// The first of `candidates` that is a RAM file system (tmpfs or ramfs) this process may create
// files in and that has room for four times `estimated_bytes` (the largest part's XML) and
// 16 MiB besides; otherwise `fallback` (the output's folder: same disk as the result).
// `estimated_bytes` 0 means the workbook's size is not bounded (constant-memory mode, whose row
// files grow with the rows): always `fallback`.
std::string temporary_dir(std::uint64_t estimated_bytes, const std::vector<std::string>& candidates,
                          const std::string& fallback);

// $XDG_RUNTIME_DIR (when set) and /dev/shm: the per-user and the shared RAM file systems.
std::vector<std::string> ram_dirs();

}  // namespace wardreport::xlsx
