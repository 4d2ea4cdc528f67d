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

fs::path builtin_reports_dir() { return prefix() / WARDREPORT_REPORTS_INSTALL_DIR; }

}  // namespace wardreport::paths
