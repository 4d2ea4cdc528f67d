// Text blocks: title, headings, paragraphs, lists, key figures, page breaks.
#include "body.hpp"

#include "styles.hpp"
#include "width.hpp"
#include "xml.hpp"

#include <wardreport/vi_format.hpp>

#include <algorithm>
#include <cctype>

namespace wardreport::docx {

void BodyWriter::add(const doc::Title& t) {
    run(paragraph("doc_type"), t.type);
    // The summary's lines as one paragraph (its space after comes after the last line only).
    double widest = 0;
    const double size = layout_.style("summary").size_pt;
    std::string joined;
    for (const std::string& s : t.summary) {
        joined += (joined.empty() ? "" : "\n") + s;
        widest = std::max(widest, bold_width_pt(text(s), size));
    }
    if (t.summary.empty()) return;
    pugi::xml_node p = paragraph("summary");
    elem(p.child("w:pPr"), "w:spacing", {{"w:after", "0"}});
    run(p, joined);
    // A short rule right under the summary, centred, as long as the pdf draws it; the summary's
    // space after comes after the rule.
    rule(body_, std::max(36.0, widest * layout_.issuer_rule_share), text_width_pt(),
         std::max(layout_.style("summary").space_after_pt, 6.0));
}

void BodyWriter::add(const doc::Heading& h) {
    const int level = std::clamp(h.level, 1, 3);
    pugi::xml_node p = paragraph("heading" + std::to_string(level));
    // A bookmark named after the heading's stable anchor, for cross-references and links
    // ("muc-1" as muc_1: Word's bookmark names take letters, digits and '_', up to 40).
    std::string mark;
    for (char c : h.anchor) mark += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    const bool bookmarked = !mark.empty() && std::isalpha(static_cast<unsigned char>(mark[0]));
    const std::string id = std::to_string(++bookmarks_);
    if (bookmarked) elem(p, "w:bookmarkStart", {{"w:id", id}, {"w:name", mark.substr(0, 40)}});
    run(p, h.number.empty() ? h.text : h.number + " " + h.text);
    if (bookmarked) elem(p, "w:bookmarkEnd", {{"w:id", id}});
}

void BodyWriter::add(const doc::Paragraph& para) {
    pugi::xml_node p = paragraph(para.role);
    pugi::xml_node ppr = p.child("w:pPr");
    // Only what differs from the role's style is set on the paragraph itself.
    if (!para.first_line_indent) elem(ppr, "w:ind", {{"w:firstLine", "0"}});
    if (para.align != layout_.style(para.role).align) elem(ppr, "w:jc", {{"w:val", jc(para.align)}});
    for (const doc::Run& r : para.runs) run(p, r.text, r.bold, r.italic, r.underline);
}

void BodyWriter::add(const doc::List& l) {
    // Each list is a numbering of its own (numbering.xml), so "1." lists restart at 1.
    parts_.list_markers.push_back(text(l.marker));
    const std::string num_id = std::to_string(parts_.list_markers.size());
    for (std::size_t i = 0; i < l.items.size(); ++i) {
        where_ += ", item " + std::to_string(i + 1);
        pugi::xml_node p = paragraph(l.role);
        pugi::xml_node num = elem(p.child("w:pPr"), "w:numPr");
        elem(num, "w:ilvl", {{"w:val", "0"}});
        elem(num, "w:numId", {{"w:val", num_id}});
        for (const doc::Run& r : l.items[i]) run(p, r.text, r.bold, r.italic, r.underline);
        where_.erase(where_.rfind(", item "));
    }
}

void BodyWriter::add(const doc::KeyFigures& k) {
    if (!k.title.empty()) {
        pugi::xml_node p = paragraph("key_figure");
        pugi::xml_node ppr = p.child("w:pPr");
        elem(ppr, "w:keepNext");
        elem(ppr, "w:ind", {{"w:firstLine", twips_mm(layout_.first_line_indent_mm)}});
        run(p, k.title, true);
    }
    for (std::size_t i = 0; i < k.items.size(); ++i) {
        const doc::KeyFigure& f = k.items[i];
        where_ += ", figure " + std::to_string(i + 1);
        std::string v = vi::cell(f.value, -1, f.value.type == doc::CellType::Money ? f.unit : std::string());
        if (!f.unit.empty() && f.value.type != doc::CellType::Money) v += (f.unit == "%" ? "" : " ") + f.unit;
        pugi::xml_node p = paragraph("key_figure");
        pugi::xml_node ppr = p.child("w:pPr");
        elem(ppr, "w:spacing", {{"w:before", twips_pt(layout_.paragraph_spacing_pt / 2)}});
        elem(ppr, "w:ind", {{"w:firstLine", twips_mm(layout_.first_line_indent_mm)}});
        elem(ppr, "w:jc", {{"w:val", "both"}});
        run(p, "- " + f.label + ": ");
        run(p, v, true);
        where_.erase(where_.rfind(", figure "));
    }
}

void BodyWriter::add(const doc::PageBreak&) {
    elem(elem(elem(body_, "w:p"), "w:r"), "w:br", {{"w:type", "page"}});
}

}  // namespace wardreport::docx
