#include "plugin/search_path.hpp"

#include "util/i18n.hpp"
#include "util/paths.hpp"

#include <cstdlib>
#include <system_error>

namespace fs = std::filesystem;

namespace wardreport::plugin {

const char* origin_name(Origin o) {
    switch (o) {
        case Origin::Builtin: return "built-in";
        case Origin::EnvPath: return "WARDREPORT_PLUGIN_PATH";
        case Origin::CommandLine: return "--plugin-dir";
    }
    return "";
}

SearchPath make_search_path(const fs::path& builtin_dir, const char* env,
                            const std::vector<fs::path>& cli_dirs) {
    SearchPath out;
    out.dirs.push_back({builtin_dir, Origin::Builtin});

    const std::string value = env ? env : "";
    if (!value.empty()) {
        std::size_t start = 0;
        while (true) {
            const std::size_t colon = value.find(':', start);
            const std::string entry = value.substr(start, colon == std::string::npos ? colon : colon - start);
            if (entry.empty()) {
                out.refused.push_back({entry, tr("an empty entry would mean the current directory, which is never "
                                                 "searched; remove the extra ':'")});
            } else if (!fs::path(entry).is_absolute()) {
                out.refused.push_back({entry, tr("a relative entry depends on the current directory, which is never "
                                                 "searched; give an absolute path")});
            } else {
                out.dirs.push_back({fs::path(entry).lexically_normal(), Origin::EnvPath});
            }
            if (colon == std::string::npos) break;
            start = colon + 1;
        }
    }

    for (const fs::path& dir : cli_dirs) {
        std::error_code ec;
        fs::path abs = fs::absolute(dir, ec);
        out.dirs.push_back({ec ? dir : abs.lexically_normal(), Origin::CommandLine});
    }
    return out;
}

SearchPath default_search_path(const std::vector<fs::path>& cli_dirs) {
    SearchPath out = make_search_path(paths::builtin_plugin_dir(), std::getenv("WARDREPORT_PLUGIN_PATH"), cli_dirs);
    // Plugins packaged by others for the same prefix (lib/<multiarch>/ or lib/), right after the
    // built-in directory, when they exist.
    const std::vector<fs::path> system = paths::system_plugin_dirs(paths::prefix());
    std::error_code ec;
    auto at = out.dirs.begin() + 1;
    for (auto other = system.begin() + 1; other != system.end(); ++other)
        if (fs::is_directory(*other, ec)) at = out.dirs.insert(at, SearchDir{*other, Origin::Builtin}) + 1;
    return out;
}

}  // namespace wardreport::plugin
