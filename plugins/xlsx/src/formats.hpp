// Cell formats: Vietnamese-style number format codes and the lxw_format objects of a workbook.
//
// Excel stores number formats with "," for thousands and "." for decimals and shows them with
// the separators of the viewer's locale: "#,##0.0" reads 5.587,9 in a Vietnamese Excel (and
// 5,587.9 in an English one). Writing the Vietnamese separators literally would turn the number
// into text-like formats that break in every other locale, so the codes below are the
// standard ones. Percent cells hold fractions ("0.0%", see formula.hpp); money cells carry their
// unit in the format ("#,##0\" tỷ đồng\"") so that they read like the document and stay numbers.
#pragma once

#include <wardreport/document.hpp>

#include <map>
#include <optional>
#include <string>
#include <tuple>

struct lxw_workbook;
struct lxw_format;

namespace wardreport::xlsx {

// The number format code for a value of `type` shown with `decimals` digits and, for Money
// (or any type when `unit_in_cell`), its unit: "#,##0", "#,##0.000", "0.0%", "#,##0\" tỷ đồng\"".
// Empty for text.
std::string number_format(doc::CellType type, int decimals, const std::string& unit, bool unit_in_cell = false);

// When a numeric cell's display override `text` is `value` written the Vietnamese way
// ("20.379", "115,689", "68,3%", "921 tỷ đồng", "2025", a signed change "+557" or "−12,5"), the
// number format that shows the number exactly so (decimals, grouping, unit, the sign in a
// section of its own) while the cell stays a live number; nullopt when the
// text says something else ("cơ bản không còn", "~50"). `value` in percent points for Percent.
std::optional<std::string> display_format(const std::string& text, const Decimal& value, doc::CellType type);

// A format code that shows literally `text` whatever the value (a display override of a
// numeric cell); empty when `text` cannot be put in a format code.
std::string literal_format(const std::string& text);

// Everything a cell's look depends on.
struct Style {
    std::string num_format;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    double size = 12;
    doc::Align align = doc::Align::Left;
    bool wrap = false;
    bool border = false;
    bool fill = false;      // header shading
    bool top = false;       // vertical alignment top instead of centre
    bool input = false;     // a cell a clerk fills: unlocked under sheet protection, input shading

    auto tie() const { return std::tie(num_format, bold, italic, underline, size, align, wrap, border, fill, top, input); }
    friend bool operator<(const Style& a, const Style& b) { return a.tie() < b.tie(); }
};

// The font every cell uses: the official documents' font, present with every Excel; other
// viewers substitute a metric-compatible face (Liberation Serif).
constexpr const char* cell_font = "Times New Roman";

// One lxw_format per distinct Style, owned by the workbook.
class Formats {
public:
    explicit Formats(lxw_workbook* wb) : wb_(wb) {}
    lxw_format* get(const Style& s);
    std::size_t count() const { return cache_.size(); }

private:
    lxw_workbook* wb_;
    std::map<Style, lxw_format*> cache_;
};

}  // namespace wardreport::xlsx
