// Where the engine finds its plugins and report definitions: relative to the running
// executable, <prefix>/bin/wardreport → <prefix>/lib/wardreport/plugins and
// <prefix>/share/wardreport/reports, so that an unpacked package works wherever it is. The build
// tree mirrors that layout (see the top-level CMakeLists.txt), so tests run without installing.
// Never the current directory.
#pragma once

#include <filesystem>
#include <vector>

namespace wardreport::paths {

// The running executable (/proc/self/exe).
std::filesystem::path executable();

// The install prefix (or build tree) the executable belongs to: the parent of its bin/.
std::filesystem::path prefix();

// The plugin directories of `prefix`, in search order: this build's own
// (WARDREPORT_PLUGIN_INSTALL_DIR), then the other of lib/wardreport/plugins and
// lib/<multiarch>/wardreport/plugins, where other packages for the same prefix put theirs
// (GNUInstallDirs gives lib/<multiarch> for /usr, lib elsewhere).
std::vector<std::filesystem::path> system_plugin_dirs(const std::filesystem::path& prefix);

// The first of system_plugin_dirs(prefix()): where this engine's own plugins are.
std::filesystem::path builtin_plugin_dir();
std::filesystem::path builtin_reports_dir();

}  // namespace wardreport::paths
