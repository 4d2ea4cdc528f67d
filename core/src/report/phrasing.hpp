// The wording of official documents that is not number formatting: roman ordinals, terms of
// office, date spans, document numbers. Engine-only; numbers and dates as plugins show them are
// in the SDK's wardreport/vi_format.hpp.
#pragma once

#include <wardreport/model.hpp>
#include <wardreport/vi_format.hpp>

#include <string>

namespace wardreport::vi {

inline std::string quantity(const Quantity& q) { return quantity(q.value, q.unit); }

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

// The days a congress met, as the preambles of adopted resolutions give them: "từ ngày
// 01/10/2025 đến ngày 03/10/2025", or its one day "ngày 30/7/2025" (a == b).
inline std::string meeting_days(const Date& a, const Date& b) {
    if (a == b) return "ngày " + date_short(a);
    return "từ ngày " + date_short(a) + " đến ngày " + date_short(b);
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

}  // namespace wardreport::vi
