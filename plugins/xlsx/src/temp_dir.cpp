#include "temp_dir.hpp"

#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cstdlib>

namespace wardreport::xlsx {
namespace {

constexpr long tmpfs_magic = 0x01021994;  // linux/magic.h TMPFS_MAGIC
constexpr long ramfs_magic = 0x858458f6;  // RAMFS_MAGIC

bool in_ram(const std::string& dir) {
    struct statfs fs {};
    if (::statfs(dir.c_str(), &fs) != 0) return false;
    const long type = static_cast<long>(fs.f_type);
    return type == tmpfs_magic || type == ramfs_magic;
}

std::uint64_t free_bytes(const std::string& dir) {
    struct statvfs v {};
    if (::statvfs(dir.c_str(), &v) != 0) return 0;
    return static_cast<std::uint64_t>(v.f_bavail) * v.f_frsize;
}

}  // namespace

std::string temporary_dir(std::uint64_t estimated_bytes, const std::vector<std::string>& candidates,
                          const std::string& fallback) {
    if (estimated_bytes == 0) return fallback;
    // Parts are written one at a time and freed when zipped, but a RAM file system is shared
    // with everything else on the machine: ask for plenty, and take the disk when in doubt.
    const std::uint64_t needed = estimated_bytes * 4 + (std::uint64_t{16} << 20);
    for (const std::string& dir : candidates)
        if (!dir.empty() && ::access(dir.c_str(), W_OK | X_OK) == 0 && in_ram(dir) && free_bytes(dir) >= needed)
            return dir;
    return fallback;
}

std::vector<std::string> ram_dirs() {
    std::vector<std::string> out;
    if (const char* xdg = std::getenv("XDG_RUNTIME_DIR"); xdg && *xdg == '/') out.emplace_back(xdg);
    out.emplace_back("/dev/shm");
    return out;
}

}  // namespace wardreport::xlsx
