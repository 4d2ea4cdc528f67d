#include "text_sheet.hpp"

#include "inputs.hpp"

#include "formats.hpp"
#include "print_setup.hpp"
#include "sheet_names.hpp"
#include "table_sheet.hpp"
#include "text_width.hpp"

#include <wardreport/vi_format.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>
#include <variant>

namespace wardreport::xlsx {

namespace {

constexpr double left_width = 40, right_width = 48;
// A row of wrapped text shows about 27 lines before Excel's 409-point limit; paragraphs longer
// than this many characters continue on the next row.
constexpr std::size_t paragraph_chunk = 1500;

class TextSheet {
public:
    TextSheet(Book& book, lxw_worksheet* ws, const std::string& sheet, const SheetOfBlock& links)
        : book_(book), ws_(ws), sheet_(sheet), links_(links) {}

    void write() {
        check(worksheet_set_column(ws_, 0, 0, left_width, nullptr), [&] { return where("columns"); });
        check(worksheet_set_column(ws_, 1, 1, right_width, nullptr), [&] { return where("columns"); });
        for (block_ = 0; block_ < book_.doc.blocks.size(); ++block_) {
            std::visit([&](const auto& b) { this->block(b); }, book_.doc.blocks[block_]);
        }
        if (!breaks_.empty()) {
            breaks_.push_back(0);
            check(worksheet_set_h_pagebreaks(ws_, breaks_.data()), [&] { return where("page breaks"); });
        }
        PageSetup page;
        page.title = book_.doc.meta.title;
        setup_page(book_, ws_, sheet_, page);
    }

private:
    std::string where(const std::string& what) const {
        return "sheet '" + sheet_ + "', block " + std::to_string(block_ + 1) + " (" + what + ")";
    }
    std::string safe(const std::string& s, const char* what) {
        return cell_text(s, [&] { return where(what); });
    }
    // How the layout profile sets `role` (size, bold, italic, underline), aligned as `align`
    // says or else as the profile does, wrapped and top-aligned like a page.
    Style style(const std::string& role, std::optional<doc::Align> align = std::nullopt) const {
        const doc::TextStyle& ts = book_.doc.layout.style(role);
        Style s;
        s.size = std::clamp(ts.size_pt, 1.0, 409.0);
        s.bold = ts.bold;
        s.italic = ts.italic;
        s.underline = ts.underline;
        s.align = align ? *align : ts.align;
        s.wrap = true;
        s.top = true;
        return s;
    }
    static Style with(Style s, bool bold, bool italic) {
        s.bold = s.bold || bold;
        s.italic = s.italic || italic;
        return s;
    }
    // Lines `text` takes in a cell `width` units wide: the column widths are characters of
    // 11 pt, and about 15% more of 13 pt Times New Roman fit than text_width() counts.
    static double lines(std::string_view text, const Style& s, double width) {
        const double per_line = width * 1.15 * 13.0 / s.size;
        double n = 0;
        std::size_t start = 0;
        for (;;) {
            const auto end = text.find('\n', start);
            const double w = text_width(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start), s.bold);
            n += std::max(1.0, std::ceil(w / per_line));
            if (end == std::string_view::npos) return n;
            start = end + 1;
        }
    }
    void height(double points) {
        check(worksheet_set_row(ws_, row_, std::min(409.0, points), nullptr), [&] { return where("row height"); });
    }
    // Text across both columns, its row as high as the wrapped lines need.
    // `runs`, when given, are the pieces of `text` with their own bold/italic/underline: the
    // cell then holds a rich string.
    void wide(const std::string& text, const Style& s, const char* what,
              const std::vector<doc::Run>* runs = nullptr, const std::string& prefix = {}) {
        const std::string t = safe(text, what);
        check(worksheet_merge_range(ws_, row_, 0, row_, 1, t.c_str(), book_.formats.get(s)),
              [&] { return where(what); });
        if (runs && mixed(*runs)) rich(*runs, prefix, s, what);
        height(lines(t, s, left_width + right_width) * s.size * 1.3 + 4);
        ++row_;
    }
    static bool mixed(const std::vector<doc::Run>& runs) {
        const doc::Run* first = nullptr;
        for (const doc::Run& r : runs) {
            if (r.text.empty()) continue;
            if (!first) first = &r;
            else if (r.bold != first->bold || r.italic != first->italic || r.underline != first->underline)
                return true;
        }
        return false;
    }
    void rich(const std::vector<doc::Run>& runs, const std::string& prefix, const Style& cell, const char* what) {
        std::vector<std::string> texts;
        std::vector<lxw_format*> formats;
        if (!prefix.empty()) {
            texts.push_back(prefix);
            formats.push_back(nullptr);
        }
        for (const doc::Run& r : runs) {
            if (r.text.empty()) continue;
            Style f;
            f.size = cell.size;
            f.bold = r.bold || cell.bold;
            f.italic = r.italic || cell.italic;
            f.underline = r.underline || cell.underline;
            texts.push_back(safe(r.text, what));
            formats.push_back(book_.formats.get(f));
        }
        std::vector<lxw_rich_string_tuple> tuples(texts.size());
        std::vector<lxw_rich_string_tuple*> list;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            tuples[i].format = formats[i];
            tuples[i].string = texts[i].data();
            list.push_back(&tuples[i]);
        }
        list.push_back(nullptr);
        check(worksheet_write_rich_string(ws_, row_, 0, list.data(), book_.formats.get(cell)),
              [&] { return where(what); });
    }
    // Left and right column of one row (header, closing), as high as the taller side needs.
    void pair(const std::string& left, const Style& ls, const std::string& right, const Style& rs, const char* what) {
        const std::string l = safe(left, what), r = safe(right, what);
        check(worksheet_write_string(ws_, row_, 0, l.c_str(), book_.formats.get(ls)), [&] { return where(what); });
        check(worksheet_write_string(ws_, row_, 1, r.c_str(), book_.formats.get(rs)), [&] { return where(what); });
        height(std::max(lines(l, ls, left_width) * ls.size, lines(r, rs, right_width) * rs.size) * 1.3 + 4);
        ++row_;
    }
    using Lines = std::vector<std::pair<std::string, Style>>;
    // Two columns side by side, row by row; the shorter one padded with blank cells.
    void columns(const Lines& left, const Lines& right, const Style& blank, const char* what) {
        const std::size_t n = std::max(left.size(), right.size());
        for (std::size_t i = 0; i < n; ++i) {
            const auto& l = i < left.size() ? left[i] : std::pair<std::string, Style>{"", blank};
            const auto& r = i < right.size() ? right[i] : std::pair<std::string, Style>{"", blank};
            pair(l.first, l.second, r.first, r.second, what);
        }
    }
    void link(const std::string& label, const char* what) {
        auto it = links_.find(block_);
        std::string text = safe(label, what);
        const Style s = with(style("body", doc::Align::Left), false, true);
        if (it == links_.end()) { wide(text, s, what); return; }
        text += " (trang tính “" + it->second + "”)";
        const std::string url = "internal:" + quoted_sheet(it->second) + "!A1";
        check(worksheet_merge_range(ws_, row_, 0, row_, 1, "", book_.formats.get(s)), [&] { return where(what); });
        check(worksheet_write_url_opt(ws_, row_, 0, url.c_str(), book_.formats.get(s), text.c_str(), nullptr),
              [&] { return where(what); });
        ++row_;
    }
    static std::string runs_text(const std::vector<doc::Run>& runs) {
        std::string s;
        for (const auto& r : runs) s += r.text;
        return s;
    }
    static bool all(const std::vector<doc::Run>& runs, bool doc::Run::*flag) {
        return !runs.empty() && std::all_of(runs.begin(), runs.end(), [&](const doc::Run& r) { return r.*flag || r.text.empty(); });
    }

    void block(const doc::OfficialHeader& h) {
        // Centred in their columns whatever the profile says, as on paper.
        const auto centre = [&](const std::string& role) { return style(role, doc::Align::Center); };
        Lines left, right;
        if (!h.superior_body.empty()) left.emplace_back(h.superior_body, centre("superior_body"));
        for (const auto& line : h.issuing_body) left.emplace_back(line, centre("issuing_body"));
        if (book_.doc.layout.issuer_mark == doc::IssuerMark::Star) left.emplace_back("*", centre("issuing_body"));
        if (!h.national_title.empty()) right.emplace_back(h.national_title, centre("national_title"));
        if (!h.motto.empty()) right.emplace_back(h.motto, centre("motto"));
        columns(left, right, centre("body"), "official header");
        // The number and the place and date on one row under both columns, as the PDF has them.
        if (!h.number.empty() || !h.place_date.empty())
            pair(h.number, centre("number"), h.place_date, centre("place_date"), "official header");
        ++row_;
    }
    void block(const doc::Title& t) {
        wide(t.type, style("doc_type", doc::Align::Center), "document type");
        for (const auto& line : t.summary) wide(line, style("summary", doc::Align::Center), "summary");
        ++row_;
    }
    void block(const doc::Heading& h) {
        const std::string text = h.number.empty() ? h.text : h.number + " " + h.text;
        wide(text, style("heading" + std::to_string(std::clamp(h.level, 1, 3)), doc::Align::Left), "heading");
    }
    void block(const doc::Paragraph& p) {
        const std::string text = runs_text(p.runs);
        const Style s = with(style(p.role, p.align), all(p.runs, &doc::Run::bold), all(p.runs, &doc::Run::italic));
        const auto pieces = split_long_text(safe(text, "paragraph"), paragraph_chunk);
        // Bold or italic words keep their look, except in a paragraph long enough to be split.
        for (const std::string& piece : pieces) wide(piece, s, "paragraph", pieces.size() == 1 ? &p.runs : nullptr);
    }
    void block(const doc::List& l) {
        const bool numbered = l.marker == "1.";
        for (std::size_t i = 0; i < l.items.size(); ++i) {
            const std::string marker = numbered ? std::to_string(i + 1) + "." : l.marker;
            wide(marker + " " + runs_text(l.items[i]), style(l.role, doc::Align::Left), "list item", &l.items[i], marker + " ");
        }
    }
    void block(const doc::Table& t) {
        link("Bảng: " + (t.title.empty() ? t.id : t.title), "table");
    }
    void block(const doc::Chart& c) {
        link("Biểu đồ: " + (c.title.empty() ? c.id : c.title), "chart");
    }
    void block(const doc::KeyFigures& k) {
        const Style plain = style("key_figure", doc::Align::Left);
        if (!k.title.empty()) wide(k.title, with(plain, true, false), "key figures");
        for (const doc::KeyFigure& f : k.items) {
            const std::string label = safe(f.label, "key figure");
            check(worksheet_write_string(ws_, row_, 0, label.c_str(), book_.formats.get(plain)),
                  [&] { return where("key figure"); });
            Style s = with(plain, true, false);
            const doc::Cell& v = f.value;
            const std::string unit = safe(f.unit, "key figure unit");
            lxw_error err = LXW_NO_ERROR;
            const bool number = v.type != doc::CellType::Text && v.type != doc::CellType::Empty;
            std::optional<std::string> shown;
            if (number && !v.text.empty()) {
                shown = display_format(safe(v.text, "key figure value"), v.number, v.type);
                // The unit follows the number as in the document: "115,689 km²".
                if (shown && !unit.empty() && unit != "%" && shown->find('"') == std::string::npos &&
                    !literal_format(unit).empty())
                    shown = *shown + " " + literal_format(unit);
            }
            const std::string formula = number ? input_formula(book_, v.input) : std::string();
            if (number && (v.text.empty() || shown)) {
                s.num_format = shown ? *shown : number_format(v.type, v.number.scale(), unit, true);
                err = formula.empty() ? worksheet_write_number(ws_, row_, 1, sheet_value(v), book_.formats.get(s))
                                      : live_figure(formula, sheet_value(v), s);
            } else {
                std::string text = safe(v.text.empty() ? vi::cell(v) : v.text, "key figure value");
                if (!unit.empty() && !text.empty()) text += " " + unit;
                err = worksheet_write_string(ws_, row_, 1, text.c_str(), book_.formats.get(s));
            }
            check(err, [&] { return where("key figure"); });
            ++row_;
        }
        ++row_;
    }
    // The figure as a formula of the input cell that holds it further on, with its value cached;
    // named as a formula cell, so that import warns when a clerk types over it.
    lxw_error live_figure(const std::string& formula, double value, const Style& s) {
        book_.formula_columns.push_back({sheet_, row_, row_, 1});
        return worksheet_write_formula_num(ws_, row_, 1, formula.c_str(), book_.formats.get(s), value);
    }
    void block(const doc::Closing& c) {
        Lines left, right;
        left.emplace_back(c.recipients_label, style("recipients_label", doc::Align::Left));
        for (const auto& r : c.recipients) left.emplace_back("- " + r, style("recipients", doc::Align::Left));
        const Style authority = style("signature_authority", doc::Align::Center);
        for (const auto& a : c.authority) right.emplace_back(a, authority);
        if (!c.title.empty()) right.emplace_back(c.title, style("signature_title", doc::Align::Center));
        const Style signer = style("signer_name", doc::Align::Center);
        for (int i = 0; i < 3; ++i) right.emplace_back("", signer);  // room for the signature
        right.emplace_back(c.signer, signer);
        columns(left, right, style("body", doc::Align::Left), "closing");
    }
    void block(const doc::PageBreak&) { breaks_.push_back(row_); }

    Book& book_;
    lxw_worksheet* ws_;
    const std::string& sheet_;
    const SheetOfBlock& links_;
    std::size_t block_ = 0;
    lxw_row_t row_ = 0;
    std::vector<lxw_row_t> breaks_;
};

}  // namespace

std::vector<std::string> split_long_text(const std::string& text, std::size_t max_chars) {
    std::vector<std::string> out;
    std::string_view rest(text);
    while (code_points(rest) > max_chars) {
        std::string_view head = prefix_code_points(rest, max_chars);
        const auto space = head.rfind(' ');
        if (space != std::string_view::npos && space > 0) head = head.substr(0, space);
        out.emplace_back(head);
        rest.remove_prefix(head.size());
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    }
    if (!rest.empty() || out.empty()) out.emplace_back(rest);
    return out;
}

void write_text_sheet(Book& book, lxw_worksheet* ws, const std::string& sheet, const SheetOfBlock& links) {
    TextSheet(book, ws, sheet, links).write();
    protect_sheet(ws);  // the document's text is not a form: every cell stays as written
}

}  // namespace wardreport::xlsx
