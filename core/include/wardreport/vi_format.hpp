// Vietnamese number and date conventions (CLDR "vi"), in one place for the engine and plugins
// (the wording of documents is the engine's: core/src/report/phrasing.hpp):
// decimal comma, thousands dot (1.789; 115,689; 5.587,9), percent without a space (68,3%),
// dates in full with a leading zero for days below 10 and months 1-2 ("ngày 05 tháng 01 năm 2020").
#pragma once

#include <wardreport/decimal.hpp>
#include <wardreport/document.hpp>
#include <wardreport/date.hpp>

#include <cstdint>
#include <string>

namespace wardreport::vi {

// Groups thousands with "." and writes the decimals after ",": 5587.9 → "5.587,9".
inline std::string number(const Decimal& d) {
    const std::string plain = d.to_string();  // "-5587.9"
    const bool neg = !plain.empty() && plain[0] == '-';
    const std::string body = neg ? plain.substr(1) : plain;
    const auto point = body.find('.');
    const std::string whole = body.substr(0, point);
    std::string out;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) out += '.';
        out += whole[i];
    }
    if (point != std::string::npos) out += ',' + body.substr(point + 1);
    return (neg ? "-" : "") + out;
}

// With exactly `decimals` digits after the comma (rounding half away from zero).
inline std::string number(const Decimal& d, int decimals) { return number(d.rescaled(decimals)); }

inline std::string integer(std::int64_t v) { return number(Decimal::integer(v)); }

// 68.3 → "68,3%".
inline std::string percent(const Decimal& d) { return number(d) + "%"; }

// "921 tỷ đồng"; the unit as written, with a space unless it is "%".
inline std::string quantity(const Decimal& d, const std::string& unit) {
    if (unit.empty()) return number(d);
    if (unit == "%") return number(d) + "%";
    return number(d) + " " + unit;
}

// Day or month with the official leading zero: days below 10, months 1 and 2.
inline std::string day(int d) { return (d < 10 ? "0" : "") + std::to_string(d); }
inline std::string month(int m) { return (m < 3 ? "0" : "") + std::to_string(m); }

// "ngày 23 tháng 7 năm 2025".
inline std::string date_long(const Date& d) {
    return "ngày " + day(d.day) + " tháng " + month(d.month) + " năm " + std::to_string(d.year);
}

// "23/7/2025" as used in running text ("từ ngày 22/7/2025"), with the same leading zeros.
inline std::string date_short(const Date& d) {
    return day(d.day) + "/" + month(d.month) + "/" + std::to_string(d.year);
}

// 68.25 with 1 decimal → "68,3%".
inline std::string percent(const Decimal& d, int decimals) { return percent(d.rescaled(decimals)); }

// A computed value (a share, a progress) with `decimals` digits: 68.333 → "68,3".
inline std::string number(double v, int decimals) { return number(Decimal::from_double(v, decimals)); }

// An amount of money in the unit it was written in: "921 tỷ đồng", "5.587,9 tỷ đồng".
inline std::string money(const Decimal& d, const std::string& unit = "đồng") { return quantity(d, unit); }

// How a typed table cell reads; `decimals` and `unit` come from its column.
inline std::string cell(const doc::Cell& c, int decimals = -1, const std::string& unit = {}) {
    using doc::CellType;
    if (c.type == CellType::Text || !c.text.empty()) return c.text;
    const Decimal v = decimals >= 0 ? c.number.rescaled(decimals) : c.number;
    switch (c.type) {
        case CellType::Empty: return {};
        case CellType::Text: return c.text;
        case CellType::Integer: return number(c.number.rescaled(0));
        case CellType::Decimal: return number(v);
        case CellType::Percent: return percent(v);
        case CellType::Money: return unit.empty() ? number(v) : quantity(v, unit);
    }
    return {};
}

}  // namespace wardreport::vi
