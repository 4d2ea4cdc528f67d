// The plugin's entry point: what it is, and writing a file.
#include "markdown_writer.hpp"

#include <wardreport/plugin.hpp>

#include <fstream>

namespace {

class MarkdownExporter final : public wardreport::Exporter {
public:
    wardreport::PluginInfo info() const override {
        return {"markdown", "1.0.0", "Markdown text of the report: headings, paragraphs, tables",
                {{"md", "md", "text/markdown"}}};
    }

    // Called once per document: one exporter writes every document of a run.
    void write(const wardreport::doc::Document& document, const std::string& /*format*/,
               const std::filesystem::path& out) override {
        std::ofstream file(out, std::ios::binary);
        if (!file) throw wardreport::ExportError("cannot open " + out.string() + " for writing");
        markdown::write_document(document, file);
        file.close();
        if (!file) throw wardreport::ExportError("cannot write " + out.string());
    }
};

}  // namespace

WARDREPORT_PLUGIN(MarkdownExporter)
