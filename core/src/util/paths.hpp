// Where the engine finds its plugins and report definitions: relative to the running
// executable, <prefix>/bin/wardreport → <prefix>/lib/wardreport/plugins and
// <prefix>/share/wardreport/reports. The build tree mirrors that layout (see the top-level
// CMakeLists.txt), so tests run without installing. Never the current directory.
#pragma once

#include <filesystem>
#include <vector>

namespace wardreport::paths {

// The running executable (/proc/self/exe).
std::filesystem::path executable();

// The install prefix (or build tree) the executable belongs to: the parent of its bin/.
std::filesystem::path prefix();

std::filesystem::path builtin_plugin_dir();
// The other directories of this prefix where system packages put plugins: <prefix>/lib/... and
// <prefix>/lib/<multiarch>/... (the one that is not builtin_plugin_dir()).
std::vector<std::filesystem::path> other_system_plugin_dirs();
std::filesystem::path builtin_reports_dir();

}  // namespace wardreport::paths
