// The export plugin contract: what a plugin implements. A plugin is a shared library (CMake
// MODULE) declaring its Exporter with WARDREPORT_PLUGIN (wardreport/plugin.hpp).
//
//   class MyExporter : public wardreport::Exporter { ... };
//   WARDREPORT_PLUGIN(MyExporter)
//
// See docs/writing-a-plugin.md.
#pragma once

#include <wardreport/document.hpp>
#include <wardreport/error.hpp>

#include <filesystem>
#include <memory>
#include <string>
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

// One exporter object is made per process and writes many documents: the engine calls `write`
// once per document and format, in one thread, possibly thousands of times (a batch renders a
// whole province in one process). Prepare what every document shares (fonts, styles) once, in
// the object; keep nothing of one document into the next.
class Exporter {
public:
    virtual ~Exporter() = default;

    virtual PluginInfo info() const = 0;

    // Writes `document` in `format` to the file `out`. The engine gives a temporary path in the
    // output directory and moves it into place only when write returns; on any exception it
    // deletes whatever was written. Throw ExportError with what and where when the document
    // cannot be written. Must not read the clock or the environment into the output: identical
    // input gives identical bytes.
    virtual void write(const doc::Document& document, const std::string& format,
                       const std::filesystem::path& out) = 0;
};

// The factory's signature, exported under the alias `wardreport_create_exporter`.
using ExporterFactory = std::unique_ptr<Exporter>();

}  // namespace wardreport
