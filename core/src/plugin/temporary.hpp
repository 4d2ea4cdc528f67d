// Temporary output files: created next to their target so that a rename puts them in place, named
// so that a later run can tell a stale one from a live one:
//
//   .wardreport-tmp-<pid>-<host>-<random>-<target stem, shortened>.<extension>
//
// <pid> is the engine's process id and <host> a short hash of the host name (an output folder
// may be shared between machines). A temporary whose engine is gone (killed with SIGKILL, or
// the machine crashed) is stale; the next run writing into that folder removes it.
#pragma once

#include "isolate/interrupt.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace wardreport::plugin {

// The longest file name the engine writes (POSIX NAME_MAX on Linux file systems).
constexpr std::size_t max_name_bytes = 255;

// A temporary file that exists, empty, for as long as this object lives, and is removed with it
// unless commit() moved it into place. It is also removed when the run is interrupted.
class Temporary {
public:
    // Throws std::runtime_error with the reason (and the errno text) when it cannot be created.
    explicit Temporary(const std::filesystem::path& target);
    ~Temporary();
    Temporary(const Temporary&) = delete;
    Temporary& operator=(const Temporary&) = delete;

    const std::filesystem::path& path() const { return path_; }
    // Flushes the file to disk, renames it to the target and flushes the folder, so that after a
    // crash of the machine the target is either the old file or the whole new one. Returns
    // what went wrong, or "".
    std::string commit();
    // Only the rename, for a caller that made the bytes durable before and flushes the rename
    // after, for many files at once (batch_checkpoint.hpp). Returns what went wrong, or "".
    std::string move_into_place();

private:
    std::filesystem::path path_, target_;
    std::unique_ptr<isolate::RegisteredFile> registered_;
    bool committed_ = false;
};

// <host> above: what temporary_name() needs for a temporary that a later run can judge stale.
std::string host_tag();

// Removes the stale temporaries of `dir` (see above); returns how many were removed.
int remove_stale_temporaries(const std::filesystem::path& dir);

// The temporary's file name for `target_name`, made by a process with `pid` on a host hashed to
// `host`, with `random` (six characters) for the random part: at most max_name_bytes bytes,
// cutting the stem on a UTF-8 character boundary. Exposed for tests.
std::string temporary_name(const std::string& target_name, long pid, const std::string& host,
                           const std::string& random);

}  // namespace wardreport::plugin
