// Two-column blocks, as borderless tables a clerk can edit: the official header at the top and
// the closing (Nơi nhận and the signature) at the end.
#include "body.hpp"

#include "styles.hpp"
#include "width.hpp"
#include "xml.hpp"

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace wardreport::docx {

void BodyWriter::add(const doc::OfficialHeader& h) {
    where_ += " (official header)";
    const double W = text_width_pt();
    // The profile's split, moved as little as needed for the widest line of each column to fit
    // unbroken, as the pdf does ("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" must not lose "THỌ" to a second line).
    auto widest = [this](std::initializer_list<std::pair<const std::string*, const char*>> lines) {
        double w = 0;
        for (const auto& [s, role] : lines)
            w = std::max(w, bold_width_pt(text(*s), layout_.style(role).size_pt) + 2 * kCellPadPt + 8);
        return w;
    };
    double wl = widest({{&h.superior_body, "superior_body"}, {&h.number, "number"}});
    for (const std::string& s : h.issuing_body) wl = std::max(wl, widest({{&s, "issuing_body"}}));
    const double wr = widest({{&h.national_title, "national_title"}, {&h.motto, "motto"},
                              {&h.place_date, "place_date"}});
    double lw = W * std::clamp(layout_.header_left_share, 0.2, 0.8);
    if (wl + wr <= W) lw = std::clamp(lw, wl, W - wr);
    // When both cannot fit, the national title stays on one line and a long issuer wraps (the
    // pdf lets the title spread over the left column instead, which a table cell cannot).
    else lw = std::max(W * 0.3, std::min(lw, W - wr));
    const double rw = W - lw;

    pugi::xml_node tbl = table({lw, rw}, false);
    pugi::xml_node top = elem(tbl, "w:tr");
    elem(elem(top, "w:trPr"), "w:cantSplit");
    pugi::xml_node left = cell(top, lw, false), right = cell(top, rw, false);
    auto line = [this](pugi::xml_node c, const std::string& s, const char* role) {
        if (!s.empty()) run(paragraph(c, role), s);
    };
    // Left: superior body, issuing body, its mark.
    line(left, h.superior_body, "superior_body");
    double issuer_width = 0;
    for (const std::string& s : h.issuing_body) {
        line(left, s, "issuing_body");
        issuer_width = std::max(issuer_width, bold_width_pt(text(s), layout_.style("issuing_body").size_pt));
    }
    if (layout_.issuer_mark == doc::IssuerMark::Star) {
        line(left, "*", "issuing_body");
    } else if (layout_.issuer_mark == doc::IssuerMark::Rule && !h.issuing_body.empty()) {
        rule(left, issuer_width * std::clamp(layout_.issuer_rule_share, 0.1, 1.0), lw - 2 * kCellPadPt);
    }
    // Right: national or Party title, motto, and the rule as long as the last of them.
    line(right, h.national_title, "national_title");
    line(right, h.motto, "motto");
    const bool has_motto = !h.motto.empty();
    if (!h.national_title.empty() || has_motto) {
        const char* role = has_motto ? "motto" : "national_title";
        const std::string& s = has_motto ? h.motto : h.national_title;
        rule(right, bold_width_pt(text(s), layout_.style(role).size_pt), rw - 2 * kCellPadPt);
    }
    if (!left.child("w:p")) paragraph(left, "superior_body");
    if (!right.child("w:p")) paragraph(right, "national_title");

    // The number and the place and date on one line under the two columns.
    pugi::xml_node bottom = elem(tbl, "w:tr");
    elem(elem(bottom, "w:trPr"), "w:cantSplit");
    pugi::xml_node number = paragraph(cell(bottom, lw, false), "number");
    run(number, h.number);
    run(paragraph(cell(bottom, rw, false), "place_date"), h.place_date);
    spacer();
    where_.erase(where_.rfind(" (official header)"));
}

void BodyWriter::add(const doc::Closing& cl) {
    where_ += " (signature and recipients)";
    const double W = text_width_pt(), share = std::clamp(layout_.header_left_share, 0.2, 0.8);
    const double lw = W * share, rw = W - lw;
    pugi::xml_node tbl = table({lw, rw}, false);
    pugi::xml_node row = elem(tbl, "w:tr");
    // The signature never stands alone on a page: the row is kept whole.
    elem(elem(row, "w:trPr"), "w:cantSplit");
    pugi::xml_node left = cell(row, lw, false), right = cell(row, rw, false);
    auto line = [this](pugi::xml_node c, const std::string& s, const std::string& role) {
        pugi::xml_node p = paragraph(c, role);
        run(p, s);
        return p;
    };
    if (!cl.recipients.empty() || !cl.recipients_label.empty()) {
        line(left, cl.recipients_label, "recipients_label");
        for (const std::string& r : cl.recipients) line(left, "- " + r, "recipients");
    }
    for (const std::string& a : cl.authority) line(right, a, "signature_authority");
    if (!cl.title.empty()) line(right, cl.title, "signature_title");
    // Room for the signature and the seal: three lines, as official documents leave, also when
    // the signer is not named yet (a draft is signed by hand all the same).
    if (!cl.signer.empty() || !cl.authority.empty() || !cl.title.empty()) {
        for (int i = 0; i < 3; ++i) paragraph(right, "signer_name");
        if (!cl.signer.empty()) line(right, cl.signer, "signer_name");
    }
    // The gap above the closing, as the pdf leaves it.
    for (pugi::xml_node c : {left, right}) {
        pugi::xml_node p = c.child("w:p");
        if (!p) p = paragraph(c, "recipients");
        elem(p.child("w:pPr"), "w:spacing", {{"w:before", twips_pt(2 * layout_.paragraph_spacing_pt)}});
    }
    spacer();
    where_.erase(where_.rfind(" (signature and recipients)"));
}

}  // namespace wardreport::docx
