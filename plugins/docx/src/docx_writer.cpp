#include "docx_writer.hpp"

#include "body.hpp"
#include "package_parts.hpp"
#include "section.hpp"
#include "styles.hpp"
#include "xml.hpp"
#include "zip_package.hpp"

#include <wardreport/exporter.hpp>

#include <fstream>

namespace wardreport::docx {
namespace {

std::string document_part(const doc::Document& document, const std::filesystem::path& out, BodyParts& parts) {
    // The part's root and body with nothing in them, split around where the body's content goes
    // (which BodyWriter streams: see body.hpp).
    pugi::xml_document d;
    pugi::xml_node root = start_part(d, "w:document", {{"w", ns::w}, {"r", ns::r}, {"wp", ns::wp}});
    const std::string mark = "(the body)";
    elem_text(root, "w:body", mark);
    const std::string frame = serialise(d);
    const std::size_t at = frame.find(mark);
    std::string xml = frame.substr(0, at);
    BodyWriter writer(document, xml, out.string());
    parts = writer.write();
    xml += frame.substr(at + mark.size());
    return xml;
}

}  // namespace

void write_docx(const doc::Document& document, const std::filesystem::path& out) {
    const doc::Layout& layout = document.layout;
    BodyParts parts;
    const std::string body = document_part(document, out, parts);
    const bool numbers = has_page_numbers(layout), footer = numbers_in_footer(layout);

    // Parts in a fixed order, the content types first (as Word writes them).
    ZipPackage zip;
    zip.add("[Content_Types].xml", content_types(parts.charts.size(), numbers, footer));
    zip.add("_rels/.rels", package_rels());
    zip.add("docProps/core.xml", core_properties(document.meta));
    zip.add("docProps/app.xml", app_properties(document.meta));
    zip.add("word/document.xml", body);
    zip.add("word/_rels/document.xml.rels", document_rels(parts.charts.size(), numbers, footer, numbers));
    zip.add("word/styles.xml", styles_part(layout));
    zip.add("word/settings.xml", settings());
    zip.add("word/numbering.xml", numbering(parts.list_markers, layout.first_line_indent_mm));
    if (numbers) {
        const std::string kind = footer ? "footer" : "header";
        zip.add("word/" + kind + "1.xml", page_number_part(layout, true));
        zip.add("word/" + kind + "2.xml", page_number_part(layout, false));
    }
    for (std::size_t k = 0; k < parts.charts.size(); ++k) {
        zip.add(chart_name(k), std::move(parts.charts[k].xml));
        zip.add("word/charts/_rels/chart" + std::to_string(k + 1) + ".xml.rels", chart_rels(k));
        zip.add(workbook_name(k), std::move(parts.charts[k].workbook));
    }
    const std::string bytes = zip.bytes();

    std::ofstream file(out, std::ios::binary | std::ios::trunc);
    if (!file) throw ExportError("docx: cannot open '" + out.string() + "' for writing");
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    file.close();
    if (!file) throw ExportError("docx: cannot write '" + out.string() + "'");
}

}  // namespace wardreport::docx
