// The plugin host: finds export plugins (*.so) along the search path, checks that each may be
// trusted and was built for this SDK, loads it with Boost.DLL and registers its formats. A file
// that fails is recorded as a fault with the reason and never stops the others.
//
// Format conflicts: the first plugin found in search order (built-in, WARDREPORT_PLUGIN_PATH,
// --plugin-dir; files of a directory in name order) keeps the format; a later plugin claiming
// it is reported and keeps only its other formats (or is dropped when none are left).
#pragma once

#include <wardreport/exporter.hpp>

#include "plugin/search_path.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace wardreport::plugin {

struct Plugin {
    PluginInfo info;                     // as the plugin reported it
    std::vector<FormatInfo> formats;     // the formats it provides here (conflicts removed)
    std::filesystem::path path;
    Origin origin = Origin::Builtin;
    // The exporter; its deleter holds the library, which stays loaded while any copy lives.
    std::shared_ptr<Exporter> exporter;
};

// A file or directory that could not be used, and why (one line, with the fix when known).
struct Fault {
    std::filesystem::path path;
    std::string message;
};

struct FormatRef {
    const Plugin* plugin = nullptr;
    const FormatInfo* format = nullptr;
};

class PluginHost {
public:
    // Searches every directory of `path` in order; its refused entries become faults.
    void load(const SearchPath& path);
    void load_directory(const SearchDir& dir);
    // Loads one plugin file (after the trust checks of the file and its directories).
    void load_file(const std::filesystem::path& file, Origin origin);

    const std::vector<std::unique_ptr<Plugin>>& plugins() const { return plugins_; }
    const std::vector<Fault>& faults() const { return faults_; }

    // The plugin providing format `name`; plugin == nullptr when none does.
    FormatRef find(const std::string& name) const;
    // Every available format name, sorted.
    std::vector<std::string> format_names() const;

private:
    void fault(const std::filesystem::path& p, std::string message);
    bool already_loaded(const std::filesystem::path& real) const;
    void add_formats(std::unique_ptr<Plugin> plugin);

    std::vector<std::unique_ptr<Plugin>> plugins_;
    std::vector<Fault> faults_;
    std::vector<std::filesystem::path> searched_dirs_;  // canonical, to search each once
    std::vector<std::filesystem::path> loaded_files_;   // canonical, to load each once
};

// "1.0" for an SDK version integer (major * 1000 + minor).
std::string sdk_version_text(int version);

}  // namespace wardreport::plugin
