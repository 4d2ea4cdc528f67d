// Fuzz target: any bytes as a ward file, then every report it supports built and written with
// each built-in format, in process (the writers' libraries are built with the same sanitizers).
// A ward that loads without an error is one `validate` accepts, and `validate` promises that
// `render` can write it (docs/guarantees.md): a writer refusing its document is a finding, as is
// anything that escapes, crashes or hangs.
#include "render.hpp"
#include "report/report.hpp"
#include "support.hpp"
#include "workbook_writer.hpp"

#include <wardreport/exporter.hpp>

#include <cstddef>
#include <cstdint>

using namespace wardreport;
namespace fs = std::filesystem;

namespace {

const report::Catalog& builtin_catalog() {
    static const report::Catalog catalog = [] {
        report::Catalog c;
        Diagnostics diags;
        fuzz::require(c.add_directory(fuzz::source_path("reports"), diags), "the built-in reports do not load");
        return c;
    }();
    return catalog;
}

void write_pdf(const doc::Document& document) {
    const fs::path out = fuzz::scratch_dir() / "out.pdf";
    pdf::RenderOptions options;
    options.font_dir = WARDREPORT_PDF_FONT_DIR;
    try {
        pdf::render(document, out, options);
    } catch (const ExportError& e) {
        fuzz::require(false, std::string("validate accepted a ward whose document the pdf writer refuses: ") + e.what());
    }
    fs::remove(out);
}

void write_xlsx(const doc::Document& document) {
    const fs::path out = fuzz::scratch_dir() / "out.xlsx";
    try {
        xlsx::write_workbook(document, out);
    } catch (const ExportError& e) {
        fuzz::require(false, std::string("validate accepted a ward whose document the xlsx writer refuses: ") + e.what());
    }
    std::error_code ec;
    fs::remove(out, ec);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Diagnostics diags;
    const auto ward = load::load_text(text, "fuzz.yaml", diags);
    if (!ward) return 0;

    const report::Catalog& catalog = builtin_catalog();
    for (const std::string& id : catalog.ids()) {
        if (!catalog.supports(id, *ward)) continue;
        Diagnostics build_diags;
        const auto document = catalog.build(id, *ward, "fuzz", build_diags);
        fuzz::require(document.has_value() == !build_diags.has_errors(), "report " + id + ": a document built with errors, or none without");
        if (!document) continue;
        write_pdf(*document);
        write_xlsx(*document);
    }
    return 0;
}
