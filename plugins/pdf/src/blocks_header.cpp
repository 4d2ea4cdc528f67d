// Two-column blocks: the official header at the top and the closing (Nơi nhận and the
// signature) at the end.
#include "builder.hpp"

#include "haru.hpp"

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace wardreport::pdf {
namespace {

// A line set in one column, drawn at a baseline below the block's top edge.
struct Placed {
    Line line;
    double x = 0, width = 0, baseline = 0, size = 0, space = 0;
    doc::Align align = doc::Align::Center;
};
struct Rule {
    double x1 = 0, x2 = 0, y = 0, width = 0.6;
};

struct Column {
    double x = 0, width = 0, y = 0;
    double limit_left = 0, limit_right = 0;  // how far an overlong line may spread
    std::vector<Placed> lines;
    std::vector<Rule> rules;
    double widest = 0;      // of the lines of the last text set (a long issuer wraps)

    void set(std::vector<Line> lines_in, double size, double lh, double space, doc::Align align) {
        widest = 0;
        for (Line& l : lines_in) {
            Placed p;
            p.size = size;
            p.space = space;
            p.align = align;
            p.baseline = y + baseline_offset(size, lh);
            p.x = x;
            p.width = width;
            if (align == doc::Align::Center && l.width > width) {
                // Wider than its column: centre it as far as the content area allows.
                const double centre = x + width / 2;
                p.x = std::clamp(centre - l.width / 2, limit_left, limit_right - l.width);
                p.width = l.width;
            }
            widest = std::max(widest, l.width);
            p.line = std::move(l);
            lines.push_back(std::move(p));
            y += lh;
        }
    }
    // A rule `length` long centred under the last line, just below its descenders.
    void rule_under(double length, double size) {
        const double cx = lines.empty() ? x + width / 2 : lines.back().x + lines.back().width / 2;
        const double ry = lines.empty() ? y : lines.back().baseline + 0.28 * size;
        rules.push_back(Rule{cx - length / 2, cx + length / 2, ry, 0.6});
        y = ry + 6;
    }
};

Draw draw_columns(std::vector<Column> cols) {
    return [cols = std::move(cols)](Canvas& c, double top) {
        for (const Column& col : cols) {
            for (const Placed& p : col.lines)
                draw_line(c, p.line, p.x, p.width, p.align, top + p.baseline, p.size, p.space);
            for (const Rule& r : col.rules) c.line(r.x1, top + r.y, r.x2, top + r.y, r.width);
        }
    };
}

}  // namespace

std::vector<Builder::ColumnLine> Builder::column_lines(const std::string& s, const doc::TextStyle& st,
                                                       double width) {
    std::vector<ColumnLine> out;
    const Face f = face_of(st);
    const double size = st.size_pt, space = space_width(size, fonts_);
    for (Line& l : set_text({Span{text(s, f), f, st.underline}}, width, 0, size, fonts_))
        out.push_back(ColumnLine{std::move(l), size, space, line_height(size)});
    return out;
}

void Builder::add(const doc::OfficialHeader& h) {
    where_ += " (official header)";
    const double W = geo_.width();
    // The profile's split, moved as little as needed for the widest line of each column to
    // fit unbroken ("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" must not lose "THỌ" to a second line).
    auto widest = [this](std::initializer_list<std::pair<const std::string*, const char*>> lines) {
        double w = 0;
        for (const auto& [s, role] : lines) {
            const doc::TextStyle st = role_style(layout_, role);
            w = std::max(w, fonts_.width(face_of(st), st.size_pt, text(*s, face_of(st))) + 8);
        }
        return w;
    };
    double wl = widest({{&h.superior_body, "superior_body"}, {&h.number, "number"}});
    for (const std::string& s : h.issuing_body) wl = std::max(wl, widest({{&s, "issuing_body"}}));
    const double wr = widest({{&h.national_title, "national_title"}, {&h.motto, "motto"},
                              {&h.place_date, "place_date"}});
    double lw = W * std::clamp(layout_.header_left_share, 0.2, 0.8);
    if (wl + wr <= W) lw = std::clamp(lw, wl, W - wr);
    Column left, right;
    left.x = geo_.left;
    left.width = lw;
    right.x = geo_.left + lw;
    right.width = W - lw;
    for (Column* c : {&left, &right}) {
        c->limit_left = geo_.left;
        c->limit_right = geo_.left + W;
    }
    auto set = [this](Column& col, const std::string& s, const std::string& role, double wrap) {
        if (s.empty()) return;
        const doc::TextStyle st = role_style(layout_, role);
        std::vector<Line> lines;
        for (ColumnLine& cl : column_lines(s, st, wrap)) lines.push_back(std::move(cl.line));
        col.set(std::move(lines), st.size_pt, line_height(st.size_pt), space_width(st.size_pt, fonts_),
                doc::Align::Center);
    };

    // Left: superior body, issuing body, its mark.
    set(left, h.superior_body, "superior_body", left.width);
    double issuer_width = 0;
    for (const std::string& s : h.issuing_body) {
        set(left, s, "issuing_body", left.width);
        issuer_width = std::max(issuer_width, left.widest);
    }
    const doc::TextStyle issuer = role_style(layout_, "issuing_body");
    if (layout_.issuer_mark == doc::IssuerMark::Star) {
        set(left, "*", "issuing_body", left.width);
    } else if (layout_.issuer_mark == doc::IssuerMark::Rule && !h.issuing_body.empty()) {
        left.rule_under(issuer_width * std::clamp(layout_.issuer_rule_share, 0.1, 1.0), issuer.size_pt);
    }

    // Right: national or Party title, motto, and the rule as long as the last of them.
    const bool has_motto = !h.motto.empty();
    const std::string title_role = "national_title";
    set(right, h.national_title, title_role, right.width * 1.12);
    const double title_width = right.widest;
    set(right, h.motto, "motto", right.width * 1.12);
    if (!h.national_title.empty() || has_motto) {
        const double size = role_style(layout_, has_motto ? "motto" : title_role).size_pt;
        right.rule_under(has_motto ? right.widest : title_width, size);
    }

    // The number and the place and date on one line under the two columns.
    const double row = std::max(left.y, right.y) + 2;
    left.y = right.y = row;
    set(left, h.number, "number", left.width);
    set(right, h.place_date, "place_date", right.width * 1.12);

    Item it;
    it.height = std::max(left.y, right.y);
    it.keep_with_next = true;
    it.draw = draw_columns({std::move(left), std::move(right)});
    push(std::move(it));
    pending_space_ = std::max(pending_space_, 6.0);
    where_.erase(where_.rfind(" (official header)"));
}

void Builder::add(const doc::Closing& cl) {
    where_ += " (signature and recipients)";
    const double W = geo_.width(), share = std::clamp(layout_.header_left_share, 0.2, 0.8);
    Column left, right;
    left.x = geo_.left;
    left.width = W * share;
    right.x = geo_.left + W * share;
    right.width = W * (1 - share);
    for (Column* c : {&left, &right}) {
        c->limit_left = geo_.left;
        c->limit_right = geo_.left + W;
    }
    auto set = [this](Column& col, const std::string& s, const std::string& role, doc::Align align) {
        if (s.empty()) return;
        const doc::TextStyle st = role_style(layout_, role);
        std::vector<Line> lines;
        for (ColumnLine& c : column_lines(s, st, col.width - 6)) lines.push_back(std::move(c.line));
        col.set(std::move(lines), st.size_pt, line_height(st.size_pt), space_width(st.size_pt, fonts_), align);
    };
    if (!cl.recipients.empty() || !cl.recipients_label.empty()) {
        set(left, cl.recipients_label, "recipients_label", doc::Align::Left);
        for (const std::string& r : cl.recipients) set(left, "- " + r, "recipients", doc::Align::Left);
    }
    for (const std::string& a : cl.authority) set(right, a, "signature_authority", doc::Align::Center);
    set(right, cl.title, "signature_title", doc::Align::Center);
    // Room for the signature and the seal: three lines, as official documents leave, also when
    // the signer is not named yet (a draft is signed by hand all the same).
    if (!cl.signer.empty() || !cl.authority.empty() || !cl.title.empty()) {
        right.y += 3 * line_height(role_style(layout_, "signer_name").size_pt);
        set(right, cl.signer, "signer_name", doc::Align::Center);
    }
    // The signature never stands alone: it goes with the last lines before it.
    if (!items_.empty()) items_.back().keep_with_next = true;
    Item it;
    it.height = std::max(left.y, right.y);
    it.space_before = 2 * layout_.paragraph_spacing_pt;
    it.draw = draw_columns({std::move(left), std::move(right)});
    push(std::move(it));
    where_.erase(where_.rfind(" (signature and recipients)"));
}

}  // namespace wardreport::pdf
