// Vietnamese number and date conventions (CLDR "vi"), in one place for the engine and plugins:
// decimal comma, thousands dot (1.789; 115,689; 5.587,9), percent without a space (68,3%),
// dates in full with a leading zero for days below 10 and months 1-2 ("ngày 05 tháng 01 năm 2020").
#pragma once

#include <wardreport/decimal.hpp>
#include <wardreport/document.hpp>
#include <wardreport/model.hpp>

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
inline std::string quantity(const Quantity& q) { return quantity(q.value, q.unit); }

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

// 1 → "I", 14 → "XIV" (1..3999; empty otherwise).
inline std::string roman(int n) {
    if (n <= 0 || n >= 4000) return {};
    static const struct { int v; const char* s; } table[] = {
        {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
        {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}};
    std::string out;
    for (const auto& e : table)
        while (n >= e.v) { out += e.s; n -= e.v; }
    return out;
}

// "lần thứ I" (official) for a congress ordinal.
inline std::string congress_ordinal(int n) { return "lần thứ " + roman(n); }

// "nhiệm kỳ 2025 - 2030".
inline std::string term(const Term& t) {
    return "nhiệm kỳ " + std::to_string(t.from) + " - " + std::to_string(t.to);
}

// "2025 - 2030", the years of a term as official titles write them.
inline std::string term_years(const Term& t) { return std::to_string(t.from) + " - " + std::to_string(t.to); }

// 68.25 with 1 decimal → "68,3%".
inline std::string percent(const Decimal& d, int decimals) { return percent(d.rescaled(decimals)); }

// A computed value (a share, a progress) with `decimals` digits: 68.333 → "68,3".
inline std::string number(double v, int decimals) { return number(Decimal::from_double(v, decimals)); }

// An amount of money in the unit it was written in: "921 tỷ đồng", "5.587,9 tỷ đồng".
inline std::string money(const Decimal& d, const std::string& unit = "đồng") { return quantity(d, unit); }

// The span of a meeting as running text writes it: "từ ngày 22 đến ngày 23 tháng 7 năm 2025",
// "từ ngày 30 tháng 6 đến ngày 02 tháng 7 năm 2025", or the single date when a == b.
inline std::string date_range(const Date& a, const Date& b) {
    if (a == b) return date_long(a);
    if (a.year != b.year) return "từ " + date_long(a) + " đến " + date_long(b);
    if (a.month != b.month)
        return "từ ngày " + day(a.day) + " tháng " + month(a.month) + " đến " + date_long(b);
    return "từ ngày " + day(a.day) + " đến " + date_long(b);
}

// The number line of an official document. Party documents (Hướng dẫn 36): "Số 01-NQ/ĐH";
// state documents (Nghị định 30): "Số: 05/BC-UBND". `number` is the number as written ("01");
// when it is empty the document is an unnumbered draft and the number is left blank, as clerks
// leave it until the document is signed and registered: "Số      -NQ/ĐH", "Số:      /BC-UBND".
inline std::string document_number(const std::string& number, const std::string& symbol, bool colon,
                                   const std::string& separator) {
    const std::string lead = colon ? "Số: " : "Số ";
    return lead + (number.empty() ? std::string("     ") : number) + separator + symbol;
}
inline std::string document_number(int n, const std::string& symbol, bool colon, const std::string& separator) {
    return document_number(day(n), symbol, colon, separator);
}

// Ordinal words as speech and the press use them: 1 → "nhất", 4 → "tư", 7 → "bảy"; numbers
// above 10 as digits. Official titles use roman() ("lần thứ I").
inline std::string ordinal_word(int n) {
    static const char* const words[] = {"nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"};
    if (n >= 1 && n <= 10) return words[n - 1];
    return std::to_string(n);
}

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
