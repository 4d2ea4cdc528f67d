#include "formats.hpp"

#include <wardreport/exporter.hpp>

#include <xlsxwriter.h>

namespace wardreport::xlsx {

namespace {

std::string zeros(int n) { return n > 0 ? "." + std::string(static_cast<std::size_t>(n), '0') : ""; }

// Inside a quoted literal of a format code only '"' cannot appear.
std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s)
        if (c != '"') out += c;
    return out + "\"";
}

}  // namespace

std::string number_format(doc::CellType type, int decimals, const std::string& unit, bool unit_in_cell) {
    using doc::CellType;
    const int d = decimals < 0 ? 0 : (decimals > 10 ? 10 : decimals);
    std::string code;
    switch (type) {
        case CellType::Empty:
        case CellType::Text: return {};
        case CellType::Integer: code = "#,##0"; break;
        case CellType::Decimal: code = "#,##0" + zeros(d); break;
        case CellType::Percent: return "0" + zeros(d) + "%";
        case CellType::Money: code = "#,##0" + zeros(d); unit_in_cell = true; break;
    }
    if (unit_in_cell && !unit.empty() && unit != "%") code += " " + quoted(unit);
    return code;
}

std::optional<std::string> display_format(const std::string& text, const Decimal& value, doc::CellType type) {
    using doc::CellType;
    if (type == CellType::Empty || type == CellType::Text) return std::nullopt;
    std::string_view t(text);
    std::string digits;
    // A change shown with its sign ("+557", "−12,5": the report's `signed`) keeps the sign in
    // the format, so the cell stays the plain number a formula or chart reads.
    bool sign = false;
    if (!t.empty() && t.front() == '-') { digits += '-'; t.remove_prefix(1); }
    else if (t.rfind("\u2212", 0) == 0) { digits += '-'; t.remove_prefix(3); sign = true; }  // typographic minus
    else if (!t.empty() && t.front() == '+') { t.remove_prefix(1); sign = true; }
    // Whole part: plain digits, or groups of three after "."
    std::size_t i = 0, group = 0, whole = 0;
    bool grouped = false;
    for (; i < t.size(); ++i) {
        const char c = t[i];
        if (c >= '0' && c <= '9') { digits += c; ++group; ++whole; continue; }
        if (c == '.' && i + 1 < t.size() && t[i + 1] >= '0' && t[i + 1] <= '9') {
            if (group == 0 || group > 3 || (grouped && group != 3)) return std::nullopt;
            grouped = true;
            group = 0;
            continue;
        }
        break;
    }
    if (whole == 0 || (grouped && group != 3)) return std::nullopt;
    int decimals = 0;
    if (i < t.size() && t[i] == ',') {
        digits += '.';
        for (++i; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i, ++decimals) digits += t[i];
        if (decimals == 0) return std::nullopt;
    }
    const std::string_view suffix = t.substr(i);
    const auto shown = Decimal::parse(digits);
    if (!shown || *shown != value.rescaled(decimals)) return std::nullopt;

    // Grouping as the text has it: "2025" (a year) stays ungrouped.
    std::string code = (grouped || whole <= 3 ? "#,##0" : "0") + zeros(decimals);
    if (type == CellType::Percent) {
        if (suffix != "%") return std::nullopt;  // a fraction cannot be shown as points without "%"
        code = (grouped ? "#,##0" : "0") + zeros(decimals) + "%";
    } else if (!suffix.empty()) {
        if (suffix.size() < 2 || suffix.front() != ' ' || suffix.find('"') != std::string_view::npos)
            return std::nullopt;
        code += " " + quoted(std::string(suffix.substr(1)));
    }
    return sign ? "\"+\"" + code + ";\"\u2212\"" + code + ";" + code : code;
}

std::string literal_format(const std::string& text) {
    if (text.find('"') != std::string::npos || text.size() > 200) return {};
    return quoted(text);
}

lxw_format* Formats::get(const Style& s) {
    if (auto it = cache_.find(s); it != cache_.end()) return it->second;
    lxw_format* f = workbook_add_format(wb_);
    if (!f) throw ExportError("xlsx: out of memory creating a cell format");
    format_set_font_name(f, cell_font);
    format_set_font_size(f, s.size);
    if (!s.num_format.empty()) format_set_num_format(f, s.num_format.c_str());
    if (s.bold) format_set_bold(f);
    if (s.italic) format_set_italic(f);
    if (s.underline) format_set_underline(f, LXW_UNDERLINE_SINGLE);
    switch (s.align) {
        case doc::Align::Left: format_set_align(f, LXW_ALIGN_LEFT); break;
        case doc::Align::Center: format_set_align(f, LXW_ALIGN_CENTER); break;
        case doc::Align::Right: format_set_align(f, LXW_ALIGN_RIGHT); break;
        case doc::Align::Justify: format_set_align(f, LXW_ALIGN_JUSTIFY); break;
    }
    format_set_align(f, s.top ? LXW_ALIGN_VERTICAL_TOP : LXW_ALIGN_VERTICAL_CENTER);
    if (s.wrap) format_set_text_wrap(f);
    if (s.border) format_set_border(f, LXW_BORDER_THIN);
    if (s.fill) format_set_bg_color(f, 0xDDEBF7);
    if (s.input) {
        format_set_unlocked(f);
        format_set_bg_color(f, 0xFFF2CC);  // the pale yellow spreadsheets use for input cells
    }
    cache_.emplace(s, f);
    return f;
}

}  // namespace wardreport::xlsx
