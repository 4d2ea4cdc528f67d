#include "plugin/temporary.hpp"

#include "util/i18n.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace wardreport::plugin {
namespace {

constexpr const char* prefix = ".wardreport-tmp-";

std::string host_hash() {
    char name[256] = {};
    ::gethostname(name, sizeof name - 1);
    std::uint32_t h = 2166136261u;  // FNV-1a: short, stable, no library needed for 8 hex digits
    for (const char* p = name; *p; ++p) h = (h ^ static_cast<unsigned char>(*p)) * 16777619u;
    char buf[9];
    std::snprintf(buf, sizeof buf, "%08x", h);
    return buf;
}

// The process umask, read without changing it for good (the engine is single-threaded here).
mode_t current_umask() {
    const mode_t m = ::umask(022);
    ::umask(m);
    return m;
}

std::string errno_text(int err) { return std::strerror(err); }

// fsync of a path opened read-only: works for files and folders alike.
int sync_path(const fs::path& p, int flags) {
    const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC | flags);
    if (fd < 0) return errno;
    const int r = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    // A folder on a file system that cannot sync folders is not a failure of the output.
    return (r == EINVAL || r == EROFS) ? 0 : r;
}

}  // namespace

std::string host_tag() { return host_hash(); }

std::string temporary_name(const std::string& target_name, long pid, const std::string& host,
                           const std::string& random) {
    const fs::path t(target_name);
    const std::string ext = t.extension().string();
    std::string stem = target_name.substr(0, target_name.size() - ext.size());
    const std::string head = prefix + std::to_string(pid) + "-" + host + "-" + random + "-";
    if (head.size() + ext.size() > max_name_bytes)
        throw std::length_error(tr("the extension '{1}' is too long for a file name", ext));
    std::size_t room = max_name_bytes - head.size() - ext.size();
    if (stem.size() > room) {
        // Cut before a continuation byte never: back up to the start of a UTF-8 character.
        while (room > 0 && (static_cast<unsigned char>(stem[room]) & 0xC0) == 0x80) --room;
        stem.resize(room);
    }
    return head + stem + ext;
}

Temporary::Temporary(const fs::path& target) : target_(target) {
    const std::string name = temporary_name(target.filename().string(), static_cast<long>(::getpid()),
                                            host_hash(), "XXXXXX");
    const std::size_t suffix = name.size() - name.find("XXXXXX") - 6;
    std::string buf = (target.parent_path() / name).string();
    // No interrupt between creating the file and registering it: it would be left behind.
    sigset_t block, old;
    sigemptyset(&block);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&block, sig);
    ::sigprocmask(SIG_BLOCK, &block, &old);
    const int fd = ::mkstemps(buf.data(), static_cast<int>(suffix));
    const int err = errno;
    try {
        if (fd >= 0) registered_ = std::make_unique<isolate::RegisteredFile>(buf);
    } catch (...) {
        ::unlink(buf.c_str());
        ::close(fd);
        ::sigprocmask(SIG_SETMASK, &old, nullptr);
        throw;
    }
    ::sigprocmask(SIG_SETMASK, &old, nullptr);
    if (fd < 0)
        throw std::runtime_error(tr("cannot create a temporary file in {1}: {2}", target.parent_path().string(),
                                    errno_text(err)));
    // mkstemps makes it 0600; outputs get the usual permissions of new files.
    ::fchmod(fd, static_cast<mode_t>(0666 & ~current_umask()));
    ::close(fd);
    path_ = buf;
}

Temporary::~Temporary() {
    if (!committed_) ::unlink(path_.c_str());
}

std::string Temporary::commit() {
    if (int err = sync_path(path_, 0)) return tr("cannot flush the output to disk: {1}", errno_text(err));
    if (std::string problem = move_into_place(); !problem.empty()) return problem;
    const fs::path dir = target_.parent_path().empty() ? fs::path(".") : target_.parent_path();
    if (int err = sync_path(dir, O_DIRECTORY)) return tr("cannot flush the folder to disk: {1}", errno_text(err));
    return {};
}

std::string Temporary::move_into_place() {
    if (::rename(path_.c_str(), target_.c_str()) != 0)
        return tr("cannot move the output into place: {1}", errno_text(errno));
    committed_ = true;
    registered_.reset();
    return {};
}

int remove_stale_temporaries(const fs::path& dir) {
    const std::string ours = host_hash();
    const std::size_t plen = std::strlen(prefix);
    int removed = 0;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.compare(0, plen, prefix) != 0) continue;
        char* rest = nullptr;
        const long pid = std::strtol(name.c_str() + plen, &rest, 10);
        if (pid <= 0 || *rest != '-' || std::strncmp(rest + 1, (ours + "-").c_str(), ours.size() + 1) != 0) continue;
        if (pid == ::getpid()) continue;
        // A live process with that pid may be its writer (or a reuse of the pid): keep the file.
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
        if (!it->is_regular_file(ec)) continue;
        if (::unlink(it->path().c_str()) == 0) ++removed;
    }
    return removed;
}

}  // namespace wardreport::plugin
