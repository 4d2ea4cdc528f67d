#include "section.hpp"

#include "styles.hpp"
#include "xml.hpp"

#include <wardreport/exporter.hpp>

#include <utility>

namespace wardreport::docx {

bool numbers_in_footer(const doc::Layout& l) {
    return l.page_numbers == doc::PageNumberPosition::BottomCenter ||
           l.page_numbers == doc::PageNumberPosition::BottomRight;
}

bool has_page_numbers(const doc::Layout& l) { return l.page_numbers != doc::PageNumberPosition::None; }

std::pair<double, double> page_size_mm(const doc::Layout& l, bool landscape) {
    double w = l.page_width_mm, h = l.page_height_mm;
    if (landscape != (w > h)) std::swap(w, h);
    if (w - l.margin_left_mm - l.margin_right_mm < 25.4 || h - l.margin_top_mm - l.margin_bottom_mm < 25.4)
        throw ExportError("layout '" + l.profile + "': the margins leave less than an inch of the page");
    return {w, h};
}

void add_section(pugi::xml_node parent, const doc::Layout& l, bool landscape, bool first) {
    pugi::xml_node s = elem(parent, "w:sectPr");
    if (has_page_numbers(l)) {
        const char* ref = numbers_in_footer(l) ? "w:footerReference" : "w:headerReference";
        elem(s, ref, {{"w:type", "default"}, {"r:id", kPagesRelId}});
        if (first && !l.number_first_page) elem(s, ref, {{"w:type", "first"}, {"r:id", kFirstPageRelId}});
    }
    const auto [w, h] = page_size_mm(l, landscape || l.landscape);
    pugi::xml_node size = elem(s, "w:pgSz", {{"w:w", twips_mm(w)}, {"w:h", twips_mm(h)}});
    if (w > h) size.append_attribute("w:orient").set_value("landscape");
    // The page number sits in the middle of its margin, as the pdf draws it.
    const double number_pt = l.style("page_number").size_pt;
    const double header_mm = std::max(0.0, l.margin_top_mm / 2 - number_pt * 25.4 / 72 / 2);
    const double footer_mm = std::max(0.0, l.margin_bottom_mm / 2 - number_pt * 25.4 / 72 / 2);
    elem(s, "w:pgMar", {{"w:top", twips_mm(l.margin_top_mm)}, {"w:right", twips_mm(l.margin_right_mm)},
                       {"w:bottom", twips_mm(l.margin_bottom_mm)}, {"w:left", twips_mm(l.margin_left_mm)},
                       {"w:header", twips_mm(header_mm)}, {"w:footer", twips_mm(footer_mm)}, {"w:gutter", "0"}});
    if (first && !l.number_first_page && has_page_numbers(l)) elem(s, "w:titlePg");
}

std::string page_number_part(const doc::Layout& l, bool with_number) {
    pugi::xml_document d;
    const bool footer = numbers_in_footer(l);
    pugi::xml_node root = start_part(d, footer ? "w:ftr" : "w:hdr", {{"w", ns::w}, {"r", ns::r}});
    pugi::xml_node p = elem(root, "w:p");
    pugi::xml_node ppr = elem(p, "w:pPr");
    elem(ppr, "w:pStyle", {{"w:val", style_id("page_number")}});
    if (l.page_numbers == doc::PageNumberPosition::BottomRight) elem(ppr, "w:jc", {{"w:val", "right"}});
    if (!with_number) return serialise(d);
    // A PAGE field, with the number of a first numbered page as its cached result.
    elem(elem(p, "w:r"), "w:fldChar", {{"w:fldCharType", "begin"}});
    elem_text(elem(p, "w:r"), "w:instrText", " PAGE ", {{"xml:space", "preserve"}});
    elem(elem(p, "w:r"), "w:fldChar", {{"w:fldCharType", "separate"}});
    elem_text(elem(p, "w:r"), "w:t", "2");
    elem(elem(p, "w:r"), "w:fldChar", {{"w:fldCharType", "end"}});
    return serialise(d);
}

}  // namespace wardreport::docx
