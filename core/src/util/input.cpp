#include "util/input.hpp"
#include "util/i18n.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wardreport::input {
namespace {

std::string errno_text(int e) { return std::strerror(e); }

std::string size_text(std::size_t bytes) {
    if (bytes % (1024 * 1024) == 0) return std::to_string(bytes / (1024 * 1024)) + " MiB";
    return tr("{1} bytes", bytes);
}

// Reads up to limit + 1 bytes: one more than allowed tells "too large" without reading on.
bool read_up_to(int fd, std::size_t limit, std::string& out, int& error) {
    constexpr std::size_t kChunk = 64 * 1024;
    for (;;) {
        const std::size_t want = std::min(kChunk, limit + 1 - out.size());
        if (want == 0) return true;
        const std::size_t at = out.size();
        out.resize(at + want);
        const ssize_t n = ::read(fd, out.data() + at, want);
        if (n < 0) {
            out.resize(at);
            if (errno == EINTR) continue;
            error = errno;
            return false;
        }
        out.resize(at + static_cast<std::size_t>(n));
        if (n == 0) return true;
    }
}

}  // namespace

std::string display_name(const std::string& argument) {
    return argument == kStdinArgument ? kStdinName : argument;
}

Read read_bounded(const std::string& argument, std::size_t limit, const char* what) {
    Read r;
    const bool from_stdin = argument == kStdinArgument;
    const int fd = from_stdin ? STDIN_FILENO : ::open(argument.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        r.error = tr("cannot read the file ({1}); expected a readable {2}", errno_text(errno), what);
        return r;
    }
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        if (!from_stdin) ::close(fd);
        r.error = tr("is a directory; expected a {1}", what);
        return r;
    }
    // A regular file says its size: refuse it before reading anything.
    if (S_ISREG(st.st_mode) && static_cast<std::uintmax_t>(st.st_size) > limit) {
        if (!from_stdin) ::close(fd);
        r.error = tr("the file is {1} bytes; expected a {2} of at most {3}", st.st_size, what, size_text(limit));
        return r;
    }
    int error = 0;
    const bool ok = read_up_to(fd, limit, r.bytes, error);
    if (!from_stdin) ::close(fd);
    if (!ok) {
        r.bytes.clear();
        r.error = tr("reading the file failed ({1}); expected a readable {2}", errno_text(error), what);
    } else if (r.bytes.size() > limit) {
        r.bytes.clear();
        r.error = tr("the input is larger than {1} (reading stopped there); expected a {2} of at most {1}", size_text(limit), what);
    }
    return r;
}

}  // namespace wardreport::input
