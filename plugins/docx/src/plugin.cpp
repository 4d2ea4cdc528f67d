// The docx export plugin: wardreport::Exporter over the document writer (docx_writer.hpp).
#include "docx_writer.hpp"

#include <wardreport/plugin.hpp>

namespace wardreport::docx {
namespace {

class DocxExporter final : public Exporter {
public:
    PluginInfo info() const override {
        return PluginInfo{"docx", "1.0.0",
                          "Editable Word documents in the official layout: styles, tables, native charts",
                          {FormatInfo{"docx", "docx",
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}}};
    }

    void write(const doc::Document& document, const std::string& format,
               const std::filesystem::path& out) override {
        if (format != "docx") throw ExportError("the docx plugin writes the format 'docx', not '" + format + "'");
        write_docx(document, out);
    }
};

}  // namespace
}  // namespace wardreport::docx

WARDREPORT_PLUGIN(wardreport::docx::DocxExporter)
