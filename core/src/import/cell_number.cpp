#include "import/cell_number.hpp"

#include "util/i18n.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace wardreport::import {

namespace {

std::string trimmed(const std::string& s) {
    const auto a = s.find_first_not_of(" \t\r\n\xC2\xA0");
    if (a == std::string::npos) return {};
    const auto b = s.find_last_not_of(" \t\r\n\xC2\xA0");
    return s.substr(a, b - a + 1);
}

bool all_digits(const std::string& s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

// Digits grouped the Vietnamese way: "7", "12.700", "1.234.567" (a first group of one to three
// digits not starting with 0, then groups of three after each '.').
bool grouped(const std::string& s) {
    const auto first = std::min(s.find('.'), s.size());
    if (first == 0 || first > 3 || s[0] == '0' || !all_digits(s.substr(0, first))) return false;
    for (std::size_t at = first; at < s.size(); at += 4)
        if (s[at] != '.' || !all_digits(s.substr(at + 1, 3)) || s.substr(at + 1, 3).size() != 3) return false;
    return true;
}

std::string without_dots(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != '.') out += c;
    return out;
}

// A double as the shortest decimal of at most 6 digits after the point that gives it back: a
// spreadsheet stores 42.3 as 42.299999999999997.
std::optional<Decimal> from_stored(double v) {
    if (!std::isfinite(v)) return std::nullopt;
    for (int scale = 0; scale <= 6; ++scale) {
        auto d = Decimal::try_from_double(v, scale);
        if (!d) return std::nullopt;
        if (std::fabs(d->to_double() - v) <= 1e-9 * std::max(1.0, std::fabs(v))) return d;
    }
    return Decimal::try_from_double(v, 6);
}

// Text typed as a number: "12.700,5" and "655,5" (a decimal comma), "1.234.567" (more than one
// '.': thousands), "45.5" and "2026" (machine notation).
load::Parsed<Decimal> from_text(const std::string& typed, const std::string& expected) {
    const std::string s = trimmed(typed);
    const std::string sign = !s.empty() && (s[0] == '-' || s[0] == '+') ? s.substr(0, 1) : std::string();
    const std::string body = s.substr(sign.size());
    const auto comma = body.find(',');
    const auto dot = body.find('.');
    std::optional<Decimal> d;
    if (comma != std::string::npos) {
        const std::string whole = body.substr(0, comma), decimals = body.substr(comma + 1);
        if ((all_digits(whole) || grouped(whole)) && all_digits(decimals))
            d = Decimal::parse(sign + without_dots(whole) + "." + decimals);
    } else if (dot != body.rfind('.')) {
        if (grouped(body)) d = Decimal::parse(sign + without_dots(body));
    } else if (dot != std::string::npos && body.size() - dot == 4 && grouped(body)) {
        // A Vietnamese thousand or an English decimal: the clerk says which.
        std::string decimals = body.substr(dot + 1);
        while (!decimals.empty() && decimals.back() == '0') decimals.pop_back();
        const std::string as_decimal = sign + body.substr(0, dot) + (decimals.empty() ? "" : "," + decimals);
        return tr("'{1}' is ambiguous: '.' groups thousands in Vietnamese but is the decimal point in English; "
                  "type {2} (no separator) for the whole number, or {3} (a decimal comma) for the decimal",
                  s, sign + without_dots(body), as_decimal).text;
    } else {
        d = Decimal::parse(s);
    }
    if (d) return *d;
    return tr("'{1}' is not a number; expected {2}", typed, expected).text;
}

}  // namespace

load::Parsed<Decimal> cell_number(const CellValue& v, const std::string& expected) {
    if (v.kind == CellValue::Kind::Number) {
        char* end = nullptr;
        const std::string s = trimmed(v.text);
        const double d = std::strtod(s.c_str(), &end);
        if (!s.empty() && *end == '\0')
            if (auto stored = from_stored(d)) return *stored;
    } else if (v.kind == CellValue::Kind::Text) {
        return from_text(v.text, expected);
    }
    return tr("'{1}' is not a number; expected {2}", v.text, expected).text;
}

}  // namespace wardreport::import
