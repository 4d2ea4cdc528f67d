#include "plugin/output.hpp"
#include "util/exception_text.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <exception>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace wardreport::plugin {
namespace {

// The process umask, read without changing it for good (a CLI is single-threaded here).
mode_t current_umask() {
    const mode_t m = ::umask(022);
    ::umask(m);
    return m;
}

// A new, empty, uniquely named file next to `target`, keeping its extension for plugins whose
// library picks the format by name: ".ky-son-nghi-quyet.Ab12Cd.pdf". Empty path on failure.
fs::path make_temporary(const fs::path& target, std::string& error) {
    const std::string ext = target.extension().string();
    const std::string name = (target.parent_path() / ("." + target.stem().string() + ".XXXXXX" + ext)).string();
    std::vector<char> buf(name.begin(), name.end());
    buf.push_back('\0');
    const int fd = ::mkstemps(buf.data(), static_cast<int>(ext.size()));
    if (fd < 0) {
        error = "cannot create a temporary file in " + target.parent_path().string() + ": " + std::strerror(errno);
        return {};
    }
    // mkstemps makes it 0600; outputs get the usual permissions of new files.
    ::fchmod(fd, static_cast<mode_t>(0666 & ~current_umask()));
    ::close(fd);
    return fs::path(buf.data());
}

}  // namespace

std::string write_output(const Plugin& plugin, const FormatInfo& format, const doc::Document& document,
                         const fs::path& target) {
    const std::string who = "plugin '" + plugin.info.name + "' failed to write format '" + format.name + "'";
    std::string error;
    const fs::path tmp = make_temporary(target, error);
    if (tmp.empty()) return who + ": " + error;

    try {
        plugin.exporter->write(document, format.name, tmp);
    } catch (...) {
        error = exception_text(std::current_exception());
    }
    std::error_code ec;
    if (error.empty() && fs::file_size(tmp, ec) == 0 && !ec) error = "it wrote an empty file";
    if (error.empty() && ec) error = "its output is gone: " + ec.message();
    if (error.empty()) {
        fs::rename(tmp, target, ec);
        if (ec) error = "cannot move the output into place: " + ec.message();
    }
    if (!error.empty()) {
        fs::remove(tmp, ec);
        return who + ": " + error;
    }
    return {};
}

}  // namespace wardreport::plugin
