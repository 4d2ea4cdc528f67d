#include "batch_output.hpp"

#include "plugin/output.hpp"
#include "plugin/temporary.hpp"
#include "util/i18n.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace fs = std::filesystem;

namespace wardreport::cli::batch {
namespace {

// Six base-36 digits: unique within the engine, which the pid in the name makes unique per run.
std::string next_number() {
    static unsigned long n = 0;
    std::string out(6, '0');
    unsigned long v = n++;
    for (int i = 5; i >= 0; --i, v /= 36) out[static_cast<std::size_t>(i)] = "0123456789abcdefghijklmnopqrstuvwxyz"[v % 36];
    return out;
}

}  // namespace

Reserved::Reserved(const fs::path& dir, const std::string& name) {
    static const long pid = static_cast<long>(::getpid());
    static const std::string host = plugin::host_tag();
    path_ = dir / plugin::temporary_name(name, pid, host, next_number());
    registered_ = std::make_unique<isolate::RegisteredFile>(path_.string());
}

Reserved::~Reserved() {
    if (!moved_) ::unlink(path_.c_str());
}

std::string Reserved::move_into_place(const fs::path& target) {
    if (::rename(path_.c_str(), target.c_str()) != 0)
        return tr("cannot move the output into place: {1}", std::strerror(errno));
    moved_ = true;
    registered_.reset();
    return {};
}

std::string make_ward_folder(const fs::path& dir) {
    // A folder made now, inside the prepared OUT, holds no stale temporary and is no link.
    if (::mkdir(dir.c_str(), 0777) == 0) return {};
    return plugin::prepare_output_dir(dir);
}

std::string create_reserved(const fs::path& path) {
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            ::close(fd);
            return {};
        }
        const int err = errno;
        // Only a run with the engine's pid and host, long gone, can have left this name.
        if (err != EEXIST || attempt > 0 || ::unlink(path.c_str()) != 0)
            return tr("cannot create a temporary file in {1}: {2}", path.parent_path().string(), std::strerror(err));
    }
    return {};
}

}  // namespace wardreport::cli::batch
