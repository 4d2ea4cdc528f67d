#include "report/profile.hpp"
#include "util/i18n.hpp"

#include <wardreport/vi_format.hpp>
#include "report/phrasing.hpp"

namespace wardreport::report {

const std::initializer_list<const char*>& style_roles() {
    static const std::initializer_list<const char*> roles = {
        "national_title", "motto", "superior_body", "issuing_body", "number", "place_date", "doc_type",
        "summary", "heading1", "heading2", "heading3", "body", "table_title", "table_header", "table_cell",
        "table_note", "chart_title", "chart_label", "key_figure", "signature_authority", "signature_title",
        "signer_name", "recipients_label", "recipients", "page_number"};
    return roles;
}

namespace {

bool read_style(const YAML::Node& node, doc::TextStyle& s, const yaml::Reader& in, const std::string& role) {
    const std::string what = "style '" + role + "'";
    if (!in.check_map(node, {"size", "bold", "italic", "underline", "caps", "align", "space_before",
                             "space_after"}, what))
        return false;
    bool ok = true;
    for (const auto& kv : node) {
        const std::string key = kv.first.Scalar();
        const YAML::Node& v = kv.second;
        const std::string w = what + " " + key;
        if (key == "size") {
            auto x = in.number(v, w);
            if (x && (*x < 4 || *x > 72)) { in.error(v, tr("{1} must be between 4 and 72 (points)", w)); x.reset(); }
            if (x) s.size_pt = *x; else ok = false;
        } else if (key == "space_before" || key == "space_after") {
            auto x = in.number(v, w);
            if (x) (key == "space_before" ? s.space_before_pt : s.space_after_pt) = *x; else ok = false;
        } else if (key == "align") {
            auto a = in.string(v, w);
            if (!a) { ok = false; continue; }
            if (*a == "left") s.align = doc::Align::Left;
            else if (*a == "center") s.align = doc::Align::Center;
            else if (*a == "right") s.align = doc::Align::Right;
            else if (*a == "justify") s.align = doc::Align::Justify;
            else { in.error(v, tr("{1}: unknown alignment '{2}'; expected left, center, right or justify", w, *a)); ok = false; }
        } else {
            auto b = in.boolean(v, w);
            if (!b) { ok = false; continue; }
            if (key == "bold") s.bold = *b;
            else if (key == "italic") s.italic = *b;
            else if (key == "underline") s.underline = *b;
            else s.caps = *b;
        }
    }
    return ok;
}

bool read_number(const YAML::Node& v, double& out, const yaml::Reader& in, const std::string& what, double lo, double hi) {
    auto x = in.number(v, what);
    if (!x) return false;
    if (*x < lo || *x > hi) {
        in.error(v, tr("{1} must be between {2} and {3}", what, vi::number(lo, 2), vi::number(hi, 2)));
        return false;
    }
    out = *x;
    return true;
}

bool read_paper(const YAML::Node& v, doc::Layout& l, const yaml::Reader& in) {
    if (!in.check_map(v, {"width_mm", "height_mm", "landscape"}, "paper")) return false;
    bool ok = true;
    if (v["width_mm"]) ok = read_number(v["width_mm"], l.page_width_mm, in, "paper width_mm", 50, 1000) && ok;
    if (v["height_mm"]) ok = read_number(v["height_mm"], l.page_height_mm, in, "paper height_mm", 50, 1000) && ok;
    if (v["landscape"]) {
        auto b = in.boolean(v["landscape"], "paper landscape");
        if (b) l.landscape = *b; else ok = false;
    }
    return ok;
}

bool read_margins(const YAML::Node& v, doc::Layout& l, const yaml::Reader& in) {
    if (!in.check_map(v, {"top", "bottom", "left", "right"}, "margins_mm")) return false;
    bool ok = true;
    if (v["top"]) ok = read_number(v["top"], l.margin_top_mm, in, "margin top", 0, 100) && ok;
    if (v["bottom"]) ok = read_number(v["bottom"], l.margin_bottom_mm, in, "margin bottom", 0, 100) && ok;
    if (v["left"]) ok = read_number(v["left"], l.margin_left_mm, in, "margin left", 0, 100) && ok;
    if (v["right"]) ok = read_number(v["right"], l.margin_right_mm, in, "margin right", 0, 100) && ok;
    return ok;
}

bool read_issuer_mark(const YAML::Node& v, doc::Layout& l, const yaml::Reader& in) {
    auto s = in.string(v, "issuer_mark");
    if (!s) return false;
    if (*s == "star") l.issuer_mark = doc::IssuerMark::Star;
    else if (*s == "rule") l.issuer_mark = doc::IssuerMark::Rule;
    else if (*s == "none") l.issuer_mark = doc::IssuerMark::None;
    else { in.error(v, tr("unknown issuer_mark '{1}'; expected star, rule or none", *s)); return false; }
    return true;
}

// The document number line: "Số: 05/BC-UBND" or "Số 01-NQ/ĐH".
bool read_number_line(const YAML::Node& v, Profile& p, const yaml::Reader& in) {
    if (!in.check_map(v, {"colon", "separator"}, "number")) return false;
    bool ok = true;
    if (v["colon"]) {
        auto b = in.boolean(v["colon"], "number colon");
        if (b) p.layout.number_colon = *b; else ok = false;
    }
    if (v["separator"]) {
        auto s = in.string(v["separator"], "number separator");
        if (s) p.number_separator = *s; else ok = false;
    }
    return ok;
}

bool read_page_numbers(const YAML::Node& v, doc::Layout& l, const yaml::Reader& in) {
    if (!in.check_map(v, {"position", "first_page"}, "page_numbers")) return false;
    bool ok = true;
    if (v["position"]) {
        auto s = in.string(v["position"], "page_numbers position");
        if (!s) return false;
        if (*s == "none") l.page_numbers = doc::PageNumberPosition::None;
        else if (*s == "top-center") l.page_numbers = doc::PageNumberPosition::TopCenter;
        else if (*s == "bottom-center") l.page_numbers = doc::PageNumberPosition::BottomCenter;
        else if (*s == "bottom-right") l.page_numbers = doc::PageNumberPosition::BottomRight;
        else {
            in.error(v["position"], tr("unknown page number position '{1}'; expected none, top-center, "
                                       "bottom-center or bottom-right", *s));
            ok = false;
        }
    }
    if (v["first_page"]) {
        auto b = in.boolean(v["first_page"], "page_numbers first_page");
        if (b) l.number_first_page = *b; else ok = false;
    }
    return ok;
}

bool read_heading_numbers(const YAML::Node& v, Profile& p, const yaml::Reader& in) {
    if (!in.check_map(v, {"heading1", "heading2", "heading3"}, "heading_numbers")) return false;
    bool ok = true;
    for (int i = 0; i < 3; ++i) {
        const std::string k = "heading" + std::to_string(i + 1);
        if (!v[k]) continue;
        auto s = in.string(v[k], "heading_numbers " + k);
        if (s) p.heading_numbers[static_cast<std::size_t>(i)] = *s; else ok = false;
    }
    return ok;
}

bool read_recipients(const YAML::Node& v, Profile& p, const yaml::Reader& in) {
    if (!in.check_map(v, {"label", "separator", "last"}, "recipients")) return false;
    bool ok = true;
    if (v["label"]) { auto s = in.string(v["label"], "recipients label"); if (s) p.recipients_label = *s; else ok = false; }
    if (v["separator"]) { auto s = in.string(v["separator"], "recipients separator"); if (s) p.recipient_end = *s; else ok = false; }
    if (v["last"]) { auto s = in.string(v["last"], "recipients last"); if (s) p.last_recipient_end = *s; else ok = false; }
    return ok;
}

bool read_styles(const YAML::Node& v, doc::Layout& l, const yaml::Reader& in) {
    bool ok = in.check_map(v, style_roles(), "styles");
    if (!v.IsMap()) return ok;
    for (const auto& role : v) {
        doc::TextStyle s;
        if (read_style(role.second, s, in, role.first.Scalar())) l.styles[role.first.Scalar()] = s;
        else ok = false;
    }
    return ok;
}

// One top-level key of a profile; false after reporting a problem.
bool read_key(const std::string& key, const YAML::Node& v, Profile& p, const yaml::Reader& in) {
    doc::Layout& l = p.layout;
    if (key == "description" || key == "font_family") {
        auto s = in.string(v, key);
        if (s) (key == "description" ? l.description : l.font_family) = *s;
        return s.has_value();
    }
    if (key == "paper") return read_paper(v, l, in);
    if (key == "margins_mm") return read_margins(v, l, in);
    if (key == "line_spacing") return read_number(v, l.line_spacing, in, key, 0.5, 3);
    if (key == "first_line_indent_mm") return read_number(v, l.first_line_indent_mm, in, key, 0, 50);
    if (key == "paragraph_spacing_pt") return read_number(v, l.paragraph_spacing_pt, in, key, 0, 72);
    if (key == "header_left_share") return read_number(v, l.header_left_share, in, key, 0.1, 0.9);
    if (key == "issuer_rule_share") return read_number(v, l.issuer_rule_share, in, key, 0, 1);
    if (key == "issuer_mark") return read_issuer_mark(v, l, in);
    if (key == "number") return read_number_line(v, p, in);
    if (key == "page_numbers") return read_page_numbers(v, l, in);
    if (key == "heading_numbers") return read_heading_numbers(v, p, in);
    if (key == "recipients") return read_recipients(v, p, in);
    if (key == "styles") return read_styles(v, l, in);
    return true;
}

}  // namespace

std::string heading_number(const std::string& pattern, int n) {
    std::string out = pattern;
    auto put = [&](const std::string& key, const std::string& value) {
        const auto at = out.find(key);
        if (at != std::string::npos) out.replace(at, key.size(), value);
    };
    put("{roman}", vi::roman(n));
    put("{arabic}", std::to_string(n));
    put("{alpha}", n >= 1 && n <= 26 ? std::string(1, static_cast<char>('a' + n - 1)) : std::to_string(n));
    return out;
}

std::optional<Profile> read_profile(const YAML::Node& root, const std::string& id, const yaml::Reader& in) {
    Profile p;
    p.id = id;
    p.layout.profile = id;
    p.origin = in.at(root);
    if (!in.check_map(root, {"description", "paper", "margins_mm", "font_family", "line_spacing",
                             "first_line_indent_mm", "paragraph_spacing_pt", "header_left_share", "issuer_mark",
                             "issuer_rule_share", "number", "page_numbers", "heading_numbers", "recipients",
                             "styles"}, tr("a layout profile")))
        return std::nullopt;
    bool ok = true;
    for (const auto& kv : root) ok = read_key(kv.first.Scalar(), kv.second, p, in) && ok;
    if (!p.layout.styles.count("body")) {
        in.error(root, tr("the profile has no style for 'body'; expected styles: body: {{size: ...}"));
        ok = false;
    }
    if (!ok) return std::nullopt;
    return p;
}

}  // namespace wardreport::report
