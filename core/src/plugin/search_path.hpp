// Where plugins are looked for, in order: the built-in directory, each directory of
// WARDREPORT_PLUGIN_PATH, then each --plugin-dir. The current directory is never searched
// implicitly: empty and relative entries of WARDREPORT_PLUGIN_PATH are refused (in PATH, ""
// means "."), while a relative --plugin-dir, which the user typed, is taken from the current
// directory.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace wardreport::plugin {

enum class Origin { Builtin, EnvPath, CommandLine };

// "built-in", "WARDREPORT_PLUGIN_PATH", "--plugin-dir".
const char* origin_name(Origin o);

struct SearchDir {
    std::filesystem::path dir;
    Origin origin = Origin::Builtin;
};

// An entry that was not searched, and why.
struct RefusedEntry {
    std::string entry;
    std::string reason;
};

struct SearchPath {
    std::vector<SearchDir> dirs;
    std::vector<RefusedEntry> refused;
};

// `env` is the value of WARDREPORT_PLUGIN_PATH (nullptr or "" when unset: no entries).
SearchPath make_search_path(const std::filesystem::path& builtin_dir, const char* env,
                            const std::vector<std::filesystem::path>& cli_dirs);

// The search path of this engine: paths::system_plugin_dirs() that exist, the environment, `cli_dirs`.
SearchPath default_search_path(const std::vector<std::filesystem::path>& cli_dirs);

}  // namespace wardreport::plugin
