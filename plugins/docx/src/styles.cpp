#include "styles.hpp"

#include "xml.hpp"

#include <algorithm>
#include <cctype>

namespace wardreport::docx {
namespace {

// Every role a profile styles, in the order the styles are listed (see doc::TextStyle).
const char* const kRoles[] = {
    "body", "heading1", "heading2", "heading3", "national_title", "motto", "superior_body", "issuing_body",
    "number", "place_date", "doc_type", "summary", "table_title", "table_header", "table_cell", "table_note",
    "chart_title", "chart_label", "key_figure", "signature_authority", "signature_title", "signer_name",
    "recipients_label", "recipients", "page_number"};

// Word's built-in styles where a role is one: Word shows them under their localised names.
struct Builtin {
    const char* role;
    const char* id;
    const char* name;
};
const Builtin kBuiltins[] = {{"body", "Normal", "Normal"},        {"heading1", "Heading1", "heading 1"},
                             {"heading2", "Heading2", "heading 2"}, {"heading3", "Heading3", "heading 3"},
                             {"doc_type", "Title", "Title"},       {"summary", "Subtitle", "Subtitle"},
                             {"page_number", "Header", "header"}};

const Builtin* builtin(const std::string& role) {
    for (const Builtin& b : kBuiltins)
        if (role == b.role) return &b;
    return nullptr;
}

// "signature_authority" → "Signature Authority".
std::string display_name(const std::string& role) {
    std::string out;
    bool up = true;
    for (char c : role) {
        if (c == '_') {
            out += ' ';
            up = true;
        } else {
            out += up ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
            up = false;
        }
    }
    return out;
}

void run_props(pugi::xml_node rpr, const doc::TextStyle& st) {
    if (st.bold) elem(rpr, "w:b");
    if (st.italic) elem(rpr, "w:i");
    // CT_RPr's order: sz before u.
    elem(rpr, "w:sz", {{"w:val", half_points(st.size_pt)}});
    elem(rpr, "w:szCs", {{"w:val", half_points(st.size_pt)}});
    if (st.underline) elem(rpr, "w:u", {{"w:val", "single"}});
}

// Cells padded as the pdf pads them: kCellPadPt at the sides, `y_pt` above and below.
void cell_margins(pugi::xml_node tblpr, double y_pt) {
    pugi::xml_node mar = elem(tblpr, "w:tblCellMar");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
        const bool x = side[2] == 'l' || side[2] == 'r';
        elem(mar, side, {{"w:w", twips_pt(x ? kCellPadPt : y_pt)}, {"w:type", "dxa"}});
    }
}

void paragraph_style(pugi::xml_node styles, const doc::Layout& layout, const std::string& role) {
    const doc::TextStyle& st = layout.style(role);
    const Builtin* b = builtin(role);
    pugi::xml_node s = elem(styles, "w:style", {{"w:type", "paragraph"}, {"w:styleId", style_id(role)}});
    if (role == "body") s.append_attribute("w:default").set_value("1");
    elem(s, "w:name", {{"w:val", b ? b->name : display_name(role)}});
    if (role != "body") elem(s, "w:basedOn", {{"w:val", "Normal"}});
    const bool heading = role.rfind("heading", 0) == 0;
    if (heading || role == "doc_type") elem(s, "w:next", {{"w:val", "Normal"}});
    elem(s, "w:qFormat");
    pugi::xml_node ppr = elem(s, "w:pPr");
    if (heading || role == "doc_type" || role == "summary" || role == "table_title" || role == "chart_title")
        elem(ppr, "w:keepNext");
    const bool in_table = role.rfind("table_", 0) == 0 && role != "table_title" && role != "table_note";
    const double before = role == "body" || heading || role == "key_figure"
                              ? std::max(layout.paragraph_spacing_pt, st.space_before_pt)
                              : st.space_before_pt;
    // Lines as high as the pdf sets them: line_spacing times the size ("auto" would multiply the
    // font's own line height, about 1.15 em for Times), at least, so a larger font still fits.
    // Table cells are set tighter than running text, as in the pdf.
    const double line = in_table ? std::min(layout.line_spacing, 1.2) : layout.line_spacing;
    // The pdf sets the larger of one paragraph's space after and the next one's space before;
    // Word adds the two. Running text and headings are always followed by a paragraph whose
    // space before is at least the profile's paragraph spacing, so their space after goes.
    const bool collapses = role == "body" || heading || role == "key_figure";
    const double after = collapses ? 0 : st.space_after_pt;
    elem(ppr, "w:spacing", {{"w:before", twips_pt(before)}, {"w:after", twips_pt(after)},
                           {"w:line", twips_pt(line * st.size_pt)}, {"w:lineRule", "atLeast"}});
    // Running text indents its first line; a justified heading too, as the pdf sets it.
    const bool indent = role == "body" || (heading && st.align == doc::Align::Justify);
    elem(ppr, "w:ind", {{"w:left", "0"}, {"w:right", "0"},
                       {"w:firstLine", indent ? twips_mm(layout.first_line_indent_mm) : "0"}});
    elem(ppr, "w:jc", {{"w:val", jc(st.align)}});
    if (heading) elem(ppr, "w:outlineLvl", {{"w:val", std::to_string(role[7] - '1')}});
    run_props(elem(s, "w:rPr"), st);
}

}  // namespace

const char* jc(doc::Align a) {
    switch (a) {
        case doc::Align::Left: return "left";
        case doc::Align::Center: return "center";
        case doc::Align::Right: return "right";
        case doc::Align::Justify: return "both";
    }
    return "left";
}

std::string style_id(const std::string& role) {
    if (const Builtin* b = builtin(role)) return b->id;
    std::string id = display_name(role);
    id.erase(std::remove(id.begin(), id.end(), ' '), id.end());
    return id;
}

std::string font_name(const doc::Layout& layout) {
    if (layout.font_family.empty() || layout.font_family == "Liberation Serif") return "Times New Roman";
    return layout.font_family;
}

std::string styles_part(const doc::Layout& layout) {
    pugi::xml_document d;
    pugi::xml_node styles = start_part(d, "w:styles", {{"w", ns::w}});
    // Defaults: the font for every script Vietnamese text may be classed in, the body's size.
    pugi::xml_node defaults = elem(styles, "w:docDefaults");
    pugi::xml_node rpr = elem(elem(defaults, "w:rPrDefault"), "w:rPr");
    const std::string font = font_name(layout);
    elem(rpr, "w:rFonts", {{"w:ascii", font}, {"w:hAnsi", font}, {"w:eastAsia", font}, {"w:cs", font}});
    elem(rpr, "w:sz", {{"w:val", half_points(layout.style("body").size_pt)}});
    elem(rpr, "w:szCs", {{"w:val", half_points(layout.style("body").size_pt)}});
    elem(rpr, "w:lang", {{"w:val", "vi-VN"}, {"w:eastAsia", "vi-VN"}, {"w:bidi", "ar-SA"}});
    elem(elem(defaults, "w:pPrDefault"), "w:pPr");
    for (const char* role : kRoles) paragraph_style(styles, layout, role);

    // Tables: the default, a ruled grid for data, none for the header and the signature.
    pugi::xml_node normal = elem(styles, "w:style", {{"w:type", "table"}, {"w:default", "1"}, {"w:styleId", "TableNormal"}});
    elem(normal, "w:name", {{"w:val", "Normal Table"}});
    pugi::xml_node ntp = elem(normal, "w:tblPr");
    elem(ntp, "w:tblInd", {{"w:w", "0"}, {"w:type", "dxa"}});
    cell_margins(ntp, 0);
    pugi::xml_node grid = elem(styles, "w:style", {{"w:type", "table"}, {"w:styleId", "TableGrid"}});
    elem(grid, "w:name", {{"w:val", "Table Grid"}});
    elem(grid, "w:basedOn", {{"w:val", "TableNormal"}});
    pugi::xml_node gpr = elem(grid, "w:tblPr");
    pugi::xml_node borders = elem(gpr, "w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
        elem(borders, side, {{"w:val", "single"}, {"w:sz", "4"}, {"w:space", "0"}, {"w:color", "000000"}});
    cell_margins(gpr, kCellPadYPt);
    return serialise(d);
}

}  // namespace wardreport::docx
