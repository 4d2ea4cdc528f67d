#include "util/paths.hpp"

#include <string>
#include <system_error>

namespace fs = std::filesystem;

namespace wardreport::paths {

fs::path executable() {
    std::error_code ec;
    fs::path p = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : p;
}

fs::path prefix() { return executable().parent_path().parent_path(); }

std::vector<fs::path> system_plugin_dirs(const fs::path& prefix) {
    std::vector<fs::path> out{(prefix / WARDREPORT_PLUGIN_INSTALL_DIR).lexically_normal()};
    const std::string arch = WARDREPORT_MULTIARCH;
    std::vector<fs::path> libs{"lib"};
    if (!arch.empty()) libs.push_back(fs::path("lib") / arch);
    for (const fs::path& lib : libs) {
        const fs::path dir = (prefix / lib / WARDREPORT_PLUGIN_SUBDIR).lexically_normal();
        if (dir != out.front()) out.push_back(dir);
    }
    return out;
}

fs::path builtin_plugin_dir() { return system_plugin_dirs(prefix()).front(); }

fs::path builtin_reports_dir() { return prefix() / WARDREPORT_REPORTS_INSTALL_DIR; }

}  // namespace wardreport::paths
