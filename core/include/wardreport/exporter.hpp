// The export plugin contract. A plugin is a shared library (CMake MODULE) that exports, under
// fixed Boost.DLL aliases, the SDK version it was built against and a factory for its Exporter.
// The engine reads and checks the version before calling anything else.
//
//   class MyExporter : public wardreport::Exporter { ... };
//   WARDREPORT_PLUGIN(MyExporter)
//
// See docs/writing-a-plugin.md.
#pragma once

#include <wardreport/document.hpp>
#include <wardreport/model.hpp>
#include <wardreport/version.hpp>

#include <boost/dll/alias.hpp>

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace wardreport {

// One output format a plugin writes.
struct FormatInfo {
    std::string name;       // what users pass to --format: "pdf", "xlsx", "md"; [a-z0-9-]+
    std::string extension;  // file name extension without the dot: "pdf"
    std::string mime;       // "application/pdf"
};

struct PluginInfo {
    std::string name;         // "pdf"
    std::string version;      // the plugin's own version, "1.0.0"
    std::string description;  // one line
    std::vector<FormatInfo> formats;
};

// Thrown by a plugin when it cannot write; the message should say what and where
// (e.g. "U+1F600 '😀' in table 'dan-so', row 3: the font has no glyph for it").
class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Exporter {
public:
    virtual ~Exporter() = default;

    virtual PluginInfo info() const = 0;

    // Writes `document` (built from `ward`) in `format` to the file `out`. The engine gives a
    // temporary path in the output directory and moves it into place only when write returns;
    // on any exception it deletes whatever was written. Must not read the clock or the
    // environment into the output: identical input gives identical bytes.
    virtual void write(const Ward& ward, const doc::Document& document, const std::string& format,
                       const std::filesystem::path& out) = 0;
};

// The factory's signature, exported under the alias `wardreport_create_exporter`.
using ExporterFactory = std::unique_ptr<Exporter>();

}  // namespace wardreport

// The aliases the engine looks for.
#define WARDREPORT_FACTORY_ALIAS wardreport_create_exporter
#define WARDREPORT_VERSION_ALIAS wardreport_plugin_sdk_version

// Exports the factory of `ExporterClass` and the SDK version this plugin is compiled against.
// Use once, at namespace scope, in one source file of the plugin.
#define WARDREPORT_PLUGIN(ExporterClass)                                                   \
    namespace wardreport_plugin_exports {                                                  \
    const int wardreport_plugin_sdk_version_value = WARDREPORT_SDK_VERSION;                \
    inline std::unique_ptr<::wardreport::Exporter> create() {                              \
        static_assert(std::is_base_of<::wardreport::Exporter, ExporterClass>::value,       \
                      "WARDREPORT_PLUGIN needs a class derived from wardreport::Exporter"); \
        return std::make_unique<ExporterClass>();                                          \
    }                                                                                      \
    }                                                                                      \
    BOOST_DLL_ALIAS(wardreport_plugin_exports::wardreport_plugin_sdk_version_value,        \
                    WARDREPORT_VERSION_ALIAS)                                              \
    BOOST_DLL_ALIAS(wardreport_plugin_exports::create, WARDREPORT_FACTORY_ALIAS)
