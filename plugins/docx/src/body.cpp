#include "body.hpp"

#include "section.hpp"
#include "styles.hpp"
#include "text.hpp"
#include "xml.hpp"

namespace wardreport::docx {
namespace {

// Whether block `k` goes on landscape pages of a portrait document: a Table with
// landscape_hint, and the headings right before it (a heading never ends a page) — the same
// rule as the pdf plugin's.
std::vector<bool> turned_blocks(const doc::Document& d) {
    std::vector<bool> turned(d.blocks.size(), false);
    if (d.layout.landscape) return turned;
    for (std::size_t k = 0; k < d.blocks.size(); ++k) {
        const auto* t = std::get_if<doc::Table>(&d.blocks[k]);
        if (!t || !t->landscape_hint) continue;
        turned[k] = true;
        for (std::size_t j = k; j > 0 && std::holds_alternative<doc::Heading>(d.blocks[j - 1]); --j)
            turned[j - 1] = true;
    }
    return turned;
}

}  // namespace

BodyWriter::BodyWriter(const doc::Document& document, std::string& sink, std::string workbook_scratch)
    : doc_(document), layout_(document.layout), sink_(sink), body_(tree_.append_child("w:body")),
      scratch_(std::move(workbook_scratch)) {}

void BodyWriter::flush() {
    append_children(sink_, body_);
    while (pugi::xml_node n = body_.first_child()) body_.remove_child(n);
}

BodyParts BodyWriter::write() {
    // A table too wide for portrait gets a landscape section of its own; the page turns back after it.
    const std::vector<bool> turned = turned_blocks(doc_);
    for (std::size_t n = 0; n < doc_.blocks.size(); ++n) {
        where_ = "block " + std::to_string(n + 1);
        if (turned[n] != landscape_) section_break(turned[n]);
        std::visit([this](const auto& block) { add(block); }, doc_.blocks[n]);
        flush();
    }
    add_section(body_, layout_, landscape_, first_section_);
    flush();
    return std::move(parts_);
}

void BodyWriter::section_break(bool next_landscape) {
    // Word ends a section with the properties in its last paragraph.
    pugi::xml_node p = elem(body_, "w:p");
    pugi::xml_node ppr = elem(p, "w:pPr");
    elem(ppr, "w:pStyle", {{"w:val", style_id("body")}});
    elem(ppr, "w:spacing", {{"w:before", "0"}, {"w:after", "0"}});
    add_section(ppr, layout_, landscape_, first_section_);
    landscape_ = next_landscape;
    first_section_ = false;
}

double BodyWriter::text_width_pt() const {
    const auto [w, h] = page_size_mm(layout_, landscape_ || layout_.landscape);
    (void)h;
    return (w - layout_.margin_left_mm - layout_.margin_right_mm) * 72.0 / 25.4;
}

std::string BodyWriter::text(const std::string& s) { return keep_spans_together(checked_text(s, where_)); }

pugi::xml_node BodyWriter::paragraph(pugi::xml_node parent, const std::string& role) {
    pugi::xml_node p = elem(parent, "w:p");
    elem(elem(p, "w:pPr"), "w:pStyle", {{"w:val", style_id(role)}});
    return p;
}

void BodyWriter::run(pugi::xml_node p, const std::string& s, bool bold, bool italic, bool underline) {
    run_text(p, text(s), bold, italic, underline);
}

void BodyWriter::run_text(pugi::xml_node p, const std::string& t, bool bold, bool italic, bool underline) {
    if (t.empty()) return;
    pugi::xml_node r = elem(p, "w:r");
    if (bold || italic || underline) {
        pugi::xml_node rpr = elem(r, "w:rPr");
        if (bold) elem(rpr, "w:b");
        if (italic) elem(rpr, "w:i");
        if (underline) elem(rpr, "w:u", {{"w:val", "single"}});
    }
    std::size_t start = 0;
    while (true) {
        const std::size_t nl = t.find('\n', start);
        const std::string piece = t.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        if (!piece.empty()) {
            pugi::xml_node tn = elem_text(r, "w:t", piece);
            if (piece.front() == ' ' || piece.back() == ' ') tn.append_attribute("xml:space").set_value("preserve");
        }
        if (nl == std::string::npos) break;
        elem(r, "w:br");
        start = nl + 1;
    }
}

void BodyWriter::rule(pugi::xml_node parent, double length_pt, double width_pt, double space_after_pt) {
    // An empty, tiny paragraph whose top border is the rule, narrowed by its indents.
    const double side = std::max(0.0, (width_pt - length_pt) / 2);
    pugi::xml_node p = elem(parent, "w:p");
    pugi::xml_node ppr = elem(p, "w:pPr");
    elem(ppr, "w:pStyle", {{"w:val", style_id("body")}});
    elem(ppr, "w:keepNext");
    pugi::xml_node border = elem(ppr, "w:pBdr");
    elem(border, "w:top", {{"w:val", "single"}, {"w:sz", "6"}, {"w:space", "1"}, {"w:color", "000000"}});
    elem(ppr, "w:spacing", {{"w:before", "40"}, {"w:after", twips_pt(space_after_pt)}, {"w:line", "120"},
                            {"w:lineRule", "exact"}});
    elem(ppr, "w:ind", {{"w:left", twips_pt(side)}, {"w:right", twips_pt(side)}, {"w:firstLine", "0"}});
    elem(ppr, "w:jc", {{"w:val", "center"}});
    pugi::xml_node rpr = elem(ppr, "w:rPr");
    elem(rpr, "w:sz", {{"w:val", "4"}});
}

}  // namespace wardreport::docx
