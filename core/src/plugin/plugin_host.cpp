#include "plugin/plugin_host.hpp"

#include <wardreport/plugin.hpp>
#include "util/exception_text.hpp"
#include "util/i18n.hpp"

#include "plugin/trust.hpp"

#include <boost/dll/shared_library.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <set>
#include <system_error>

namespace fs = std::filesystem;
namespace dll = boost::dll;

namespace wardreport::plugin {
namespace {

#define WARDREPORT_STRINGIZE2(x) #x
#define WARDREPORT_STRINGIZE(x) WARDREPORT_STRINGIZE2(x)
constexpr const char* version_alias = WARDREPORT_STRINGIZE(WARDREPORT_VERSION_ALIAS);
constexpr const char* factory_alias = WARDREPORT_STRINGIZE(WARDREPORT_FACTORY_ALIAS);
constexpr const char* layout_alias = WARDREPORT_STRINGIZE(WARDREPORT_LAYOUT_ALIAS);

// Boost.DLL's message is "load() failed (dlerror system message: PATH: reason): errno text"; the
// reason is the useful part, the errno text is misleading (library-notes.md).
std::string hex(std::uint64_t v) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

std::string dlopen_reason(const std::system_error& e, const fs::path& file) {
    std::string what = e.what();
    const std::string errno_text = ": " + e.code().message();
    if (what.size() > errno_text.size() && what.compare(what.size() - errno_text.size(), errno_text.size(), errno_text) == 0)
        what.erase(what.size() - errno_text.size());
    const std::string marker = "(dlerror system message: ";
    const auto at = what.find(marker);
    if (at == std::string::npos) return what;
    std::string reason = what.substr(at + marker.size());
    if (!reason.empty() && reason.back() == ')') reason.pop_back();
    const std::string prefix = file.string() + ": ";
    if (reason.compare(0, prefix.size(), prefix) == 0) reason.erase(0, prefix.size());
    return reason;
}

bool valid_format_name(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

bool valid_extension(const std::string& s) {
    return !s.empty() && s.front() != '.' && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
               c == '_' || c == '.';
    });
}

// What is wrong with the plugin's description of itself, or empty.
std::string info_problem(const PluginInfo& info) {
    if (info.name.empty()) return tr("its info() gives no name");
    if (info.formats.empty()) return tr("plugin '{1}' declares no format", info.name);
    std::set<std::string> seen;
    for (const FormatInfo& f : info.formats) {
        if (!valid_format_name(f.name))
            return tr("plugin '{1}' declares the format name '{2}'; expected lower-case letters, digits and '-'",
                      info.name, f.name);
        if (!valid_extension(f.extension))
            return tr("plugin '{1}' declares the extension '{2}' for format '{3}'; expected letters, digits, "
                      "'-', '_' or '.' and no leading dot", info.name, f.extension, f.name);
        if (!seen.insert(f.name).second)
            return tr("plugin '{1}' declares the format '{2}' twice", info.name, f.name);
    }
    return {};
}

// Why the plugin in `lib` cannot be used with this engine's SDK (its version, then the layout
// of every type it receives), or "" when it can. Reads only the plugin's constants.
std::string contract_problem(const dll::shared_library& lib) {
    if (!lib.has(version_alias))
        return tr("not a wardreport plugin: it exports no '{1}' (declare the exporter with "
                  "WARDREPORT_PLUGIN(YourExporter))", version_alias);
    const int version = lib.get_alias<const int>(version_alias);
    const int ours = WARDREPORT_SDK_VERSION;
    if (version < 1000) return tr("the plugin reports an invalid SDK version ({1})", version);
    const std::string theirs = sdk_version_text(version), mine = sdk_version_text(ours);
    if (!sdk_compatible(ours, version)) {
        if (sdk_major(version) != sdk_major(ours))
            return tr("built for SDK {1}, this wardreport has SDK {2}; rebuild the plugin against SDK {3}.x",
                      theirs, mine, sdk_major(ours));
        return tr("built for SDK {1}, newer than this wardreport's SDK {2}; upgrade wardreport or rebuild "
                  "the plugin against SDK {2}", theirs, mine);
    }
    // The same version is not enough: the plugin must have been compiled against the same
    // layout of every type it receives (wardreport/abi.hpp). A plugin built against modified or
    // mismatched headers is refused before anything of it runs.
    if (!lib.has(layout_alias))
        return tr("built for SDK {1} but exports no layout fingerprint ('{2}'); this wardreport has SDK {3}: "
                  "rebuild the plugin against the installed SDK {3}", theirs, layout_alias, mine);
    const std::uint64_t layout = lib.get_alias<const std::uint64_t>(layout_alias);
    if (layout != abi::kFingerprint)
        return tr("built for SDK {1} with headers whose type layout differs from this wardreport's SDK {2} "
                  "(layout {3}, expected {4}): the plugin was compiled against modified or mismatched SDK "
                  "headers or another C++ standard library; rebuild it against the installed SDK {2} headers",
                  theirs, mine, hex(layout), hex(abi::kFingerprint));
    return {};
}

}  // namespace

std::string sdk_version_text(int version) {
    return std::to_string(sdk_major(version)) + "." + std::to_string(sdk_minor(version));
}

void PluginHost::fault(const fs::path& p, std::string message) { faults_.push_back({p, std::move(message)}); }

bool PluginHost::already_loaded(const fs::path& real) const {
    return std::find(loaded_files_.begin(), loaded_files_.end(), real) != loaded_files_.end();
}

void PluginHost::load(const SearchPath& path) {
    for (const RefusedEntry& r : path.refused)
        fault("WARDREPORT_PLUGIN_PATH", tr("entry '{1}' ignored: {2}", r.entry, r.reason));
    for (const SearchDir& d : path.dirs) load_directory(d);
}

void PluginHost::load_directory(const SearchDir& d) {
    const std::string what = tr("{1} plugin directory", origin_name(d.origin));
    std::error_code ec;
    if (!fs::exists(d.dir, ec)) {
        fault(d.dir, tr("{1} does not exist", what));
        return;
    }
    if (!fs::is_directory(d.dir, ec)) {
        fault(d.dir, tr("{1} is not a directory", what));
        return;
    }
    const fs::path real = fs::canonical(d.dir, ec);
    if (ec) {
        fault(d.dir, tr("cannot resolve {1}: {2}", what, ec.message()));
        return;
    }
    // The same directory twice in the search path is searched once.
    if (std::find(searched_dirs_.begin(), searched_dirs_.end(), real) != searched_dirs_.end()) return;
    searched_dirs_.push_back(real);

    std::vector<fs::path> files;
    for (fs::directory_iterator it(d.dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".so") files.push_back(it->path());
    if (ec) {
        fault(d.dir, tr("cannot read {1}: {2}", what, ec.message()));
        return;
    }
    std::sort(files.begin(), files.end());

    if (auto why = untrusted_directory(d.dir)) {
        if (files.empty()) fault(d.dir, tr("refusing {1}: {2}", what, *why));
        for (const fs::path& f : files) fault(f, tr("refusing plugin: {1}", *why));
        return;
    }
    for (const fs::path& f : files) load_file(f, d.origin);
}

void PluginHost::load_file(const fs::path& file, Origin origin) {
    std::error_code ec;
    const fs::path real = fs::canonical(file, ec);
    if (ec) {
        fault(file, tr("cannot resolve: {1}", ec.message()));
        return;
    }
    if (already_loaded(real)) return;
    loaded_files_.push_back(real);
    if (!fs::is_regular_file(real, ec)) {
        fault(file, tr("not a regular file"));
        return;
    }
    // Trust first: loading runs the library's constructors.
    if (auto why = untrusted_file(file)) {
        fault(file, tr("refusing plugin: {1}", *why));
        return;
    }

    dll::shared_library lib;
    try {
        // rtld_now: a missing symbol fails here, with a message, not in the middle of a render.
        lib.load(real, dll::load_mode::rtld_now | dll::load_mode::rtld_local);
    } catch (const std::system_error& e) {
        fault(file, tr("not a loadable shared library: {1}", dlopen_reason(e, real)));
        return;
    }

    // The SDK version and layout before anything else: nothing of an incompatible plugin is called.
    if (std::string problem = contract_problem(lib); !problem.empty()) {
        fault(file, problem);
        return;
    }

    if (!lib.has(factory_alias)) {
        fault(file, tr("not a wardreport plugin: it exports no factory '{1}' (declare the exporter with "
                       "WARDREPORT_PLUGIN(YourExporter))", factory_alias));
        return;
    }
    auto& factory = lib.get_alias<ExporterFactory>(factory_alias);
    std::unique_ptr<Exporter> made;
    try {
        made = factory();
    } catch (...) {
        fault(file, tr("the plugin's factory failed: {1}", exception_text(std::current_exception())));
        return;
    }
    if (!made) {
        fault(file, tr("the plugin's factory returned no exporter"));
        return;
    }
    // The library lives in the deleter: unloaded only after the last copy of the exporter.
    std::shared_ptr<Exporter> exporter(made.release(), [lib = std::move(lib)](Exporter* e) { delete e; });

    auto plugin = std::make_unique<Plugin>();
    plugin->path = file;
    plugin->origin = origin;
    plugin->exporter = exporter;
    try {
        plugin->info = exporter->info();
    } catch (...) {
        fault(file, tr("the plugin's info() failed: {1}", exception_text(std::current_exception())));
        return;
    }
    if (std::string problem = info_problem(plugin->info); !problem.empty()) {
        fault(file, problem);
        return;
    }

    add_formats(std::move(plugin));
}

// Keeps `plugin` with the formats no plugin found before it provides.
void PluginHost::add_formats(std::unique_ptr<Plugin> plugin) {
    for (const FormatInfo& f : plugin->info.formats) {
        const FormatRef taken = find(f.name);
        if (taken.plugin) {
            fault(plugin->path, tr("format '{1}' of plugin '{2}' ignored: plugin '{3}' ({4}) provides it and was found first",
                           f.name, plugin->info.name, taken.plugin->info.name, taken.plugin->path.string()));
            continue;
        }
        plugin->formats.push_back(f);
    }
    if (!plugin->formats.empty()) plugins_.push_back(std::move(plugin));
}

FormatRef PluginHost::find(const std::string& name) const {
    for (const auto& p : plugins_)
        for (const FormatInfo& f : p->formats)
            if (f.name == name) return {p.get(), &f};
    return {};
}

std::vector<std::string> PluginHost::format_names() const {
    std::vector<std::string> out;
    for (const auto& p : plugins_)
        for (const FormatInfo& f : p->formats) out.push_back(f.name);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace wardreport::plugin
