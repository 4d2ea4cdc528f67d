#include "util/paths.hpp"

#include <system_error>

namespace fs = std::filesystem;

namespace wardreport::paths {

fs::path executable() {
    std::error_code ec;
    fs::path p = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : p;
}

fs::path prefix() { return executable().parent_path().parent_path(); }

fs::path builtin_plugin_dir() { return prefix() / WARDREPORT_PLUGIN_INSTALL_DIR; }

std::vector<fs::path> other_system_plugin_dirs() {
    std::vector<fs::path> out;
    const std::string arch = WARDREPORT_MULTIARCH;
    for (const fs::path& lib : {fs::path("lib"), arch.empty() ? fs::path() : fs::path("lib") / arch}) {
        if (lib.empty()) continue;
        const fs::path dir = prefix() / lib / "wardreport" / "plugins";
        if (dir.lexically_normal() != builtin_plugin_dir().lexically_normal()) out.push_back(dir);
    }
    return out;
}

fs::path builtin_reports_dir() { return prefix() / WARDREPORT_REPORTS_INSTALL_DIR; }

}  // namespace wardreport::paths
