// Helpers for the plugin tests: running the real CLI, and private prefixes that hold a copy of
// it, so that the built-in plugin directory is exactly what a test puts there.
#pragma once

#include "support/support.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace wrtest {

// Runs `exe args...` in `cwd` with WARDREPORT_PLUGIN_PATH set to `plugin_path` (unset when
// it is "-"), capturing stdout and stderr.
Result run(const std::filesystem::path& exe, const std::vector<std::string>& args,
           const std::string& plugin_path = "", const std::filesystem::path& cwd = {});

// Starts `exe args...` without waiting, stdout and stderr to `out` and `err`, with
// WARDREPORT_PLUGIN_PATH unset; returns its pid (wait with wait_for).
int spawn(const std::filesystem::path& exe, const std::vector<std::string>& args, const std::filesystem::path& out,
          const std::filesystem::path& err);
// Waits for `pid`: its exit status, or -signal when a signal ended it.
int wait_for(int pid);

// <tmp>/bin/wardreport (a copy of the built CLI), <tmp>/lib/wardreport/plugins (empty),
// <tmp>/share/wardreport/reports (the source tree's report definitions).
class Prefix {
public:
    Prefix();
    std::filesystem::path cli() const { return tmp_.path() / "bin/wardreport"; }
    std::filesystem::path builtin() const { return tmp_.path() / "lib/wardreport/plugins"; }
    std::filesystem::path dir(const std::string& name) const { return tmp_.dir(name); }
    const std::filesystem::path& root() const { return tmp_.path(); }

private:
    TempDir tmp_;
};

// The built test plugin `name` (tests/plugins/test_plugins), e.g. "fake".
std::filesystem::path test_plugin(const std::string& name);

// Copies test plugin `name` into `dir` (mode 0755); returns the copy.
std::filesystem::path install_plugin(const std::string& name, const std::filesystem::path& dir);
}  // namespace wrtest
