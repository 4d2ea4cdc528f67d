#include "load/scalars.hpp"
#include "util/i18n.hpp"

#include <array>
#include <cctype>
#include <cstdio>

namespace wardreport::load {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!digit(c)) return false;
    return true;
}

std::string_view unsigned_part(std::string_view s) {
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) s.remove_prefix(1);
    return s;
}

// "1.789", "20.379", "1.234.567": digits grouped by three with dots.
bool dotted_thousands(std::string_view s) {
    s = unsigned_part(s);
    const auto first = s.find('.');
    if (first == std::string_view::npos || first == 0 || first > 3) return false;
    if (!all_digits(s.substr(0, first))) return false;
    for (std::size_t at = first; at < s.size(); at += 4) {
        if (s[at] != '.' || at + 4 > s.size() || !all_digits(s.substr(at + 1, 3))) return false;
        if (at + 4 != s.size() && s[at + 4] != '.') return false;
    }
    return true;
}

// "115,689", "68,3", "5.587,9": Vietnamese notation with a decimal comma.
bool decimal_comma(std::string_view s) {
    s = unsigned_part(s);
    const auto comma = s.find(',');
    if (comma == std::string_view::npos || comma == 0) return false;
    const std::string_view whole = s.substr(0, comma), decimals = s.substr(comma + 1);
    if (!all_digits(decimals)) return false;
    return all_digits(whole) || dotted_thousands(whole);
}

// The same number in machine notation: dots dropped, the comma made a point.
std::string to_machine(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '.') continue;
        out += c == ',' ? '.' : c;
    }
    return out;
}

std::string without_separators(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != '.') out += c;
    return out;
}

std::size_t digit_count(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += digit(c) ? 1 : 0;
    return n;
}

std::string how_to_write() {
    return tr("write numbers without quotes in machine notation: '.' before decimals and no thousands "
              "separator (115,689 km² → 115.689; 1.789 đảng viên → 1789)");
}

}  // namespace

Parsed<Decimal> parse_number(std::string_view text, bool quoted) {
    if (text.empty()) return tr("empty value; expected a number").text;
    if (quoted) {
        bool numeric = digit_count(text) > 0;
        for (char c : text)
            if (!digit(c) && c != '.' && c != ',' && c != '-' && c != '+' && c != '%' && c != ' ') numeric = false;
        if (numeric) return tr("'{1}' is in quotes, so it is text, not a number; {2}", text, how_to_write()).text;
        return tr("expected a number, found the text '{1}'; {2}", text, how_to_write()).text;
    }
    if (auto d = Decimal::parse(text)) return *d;
    if (decimal_comma(text)) {
        const std::string_view u = unsigned_part(text);
        const auto comma = u.find(',');
        if (u.size() - comma - 1 == 3 && u.find('.') == std::string_view::npos)
            return tr("'{1}' is ambiguous: a comma is the Vietnamese decimal mark but an English thousands separator; "
                      "this file uses machine notation: write {2} if you mean {3} and {4} thousandths, or {5} for the "
                      "whole number",
                      text, to_machine(text), u.substr(0, comma), u.substr(comma + 1), without_separators(to_machine(text)))
                .text;
        return tr("'{1}' is written with a decimal comma; write {2} (machine notation: '.' before decimals, no thousands "
                  "separator)",
                  text, to_machine(text))
            .text;
    }
    if (text.back() == '%') {
        const std::string_view body = text.substr(0, text.size() - 1);
        std::string suggestion(body);
        while (!suggestion.empty() && suggestion.back() == ' ') suggestion.pop_back();
        if (decimal_comma(suggestion) || dotted_thousands(suggestion)) suggestion = to_machine(suggestion);
        return tr("'{1}' has a percent sign; write the number without '%': {2} (the unit says it is a percentage)", text,
                  suggestion)
            .text;
    }
    if (dotted_thousands(text) && text.find('.') != text.rfind('.'))
        return tr("'{1}' uses dots as thousands separators; write {2}", text, without_separators(text)).text;
    if (digit_count(text) > 18) return tr("'{1}' has too many digits; expected at most 18", text).text;
    return tr("'{1}' is not a number; expected a number in machine notation (such as 115.689 or 20379)", text).text;
}

Parsed<std::int64_t> parse_integer(std::string_view text, bool quoted) {
    Parsed<Decimal> n = parse_number(text, quoted);
    if (auto* message = std::get_if<std::string>(&n)) return *message;
    const Decimal d = std::get<Decimal>(n);
    if (d.is_integer()) return d.rescaled(0).mantissa();
    if (dotted_thousands(text))
        return tr("'{1}' looks like Vietnamese thousands notation; a whole number is expected here: write {2} (no "
                  "thousands separator)",
                  text, without_separators(text))
            .text;
    return tr("'{1}' is not a whole number; expected a whole number such as 220", text).text;
}

Parsed<bool> parse_boolean(std::string_view text) {
    if (text == "true") return true;
    if (text == "false") return false;
    return tr("'{1}' is not a yes/no value; expected true or false", text).text;
}

namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static const std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[static_cast<std::size_t>(m - 1)];
}

// Splits "a<sep>b<sep>c" into three runs of digits of at most `max` characters each.
bool split3(std::string_view s, char sep, std::array<int, 3>& out) {
    std::size_t part = 0, start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s[i] != sep) continue;
        if (part > 2) return false;
        const std::string_view p = s.substr(start, i - start);
        if (!all_digits(p) || p.size() > 4) return false;
        out[part++] = std::stoi(std::string(p));
        start = i + 1;
    }
    return part == 3;
}

}  // namespace

Parsed<Date> parse_date(std::string_view text) {
    const std::string expected = tr("expected a date as 2025-07-23 (year-month-day) or 23/7/2025 (day/month/year)");
    std::array<int, 3> p{};
    Date d;
    if (split3(text, '-', p) && text.size() == 10 && text[4] == '-') {
        d = {p[0], p[1], p[2]};
    } else if (split3(text, '/', p) && p[2] >= 1000) {
        d = {p[2], p[1], p[0]};
    } else {
        return tr("not a date: '{1}'; {2}", text, expected).text;
    }
    if (d.year < first_year || d.year > last_year)
        return tr("year {1} of '{2}' is out of range; expected {3} to {4}", d.year, text, first_year, last_year).text;
    if (d.month < 1 || d.month > 12) return tr("impossible date '{1}': there is no month {2}; {3}", text, d.month, expected).text;
    if (d.day < 1 || d.day > days_in_month(d.year, d.month))
        return tr("impossible date '{1}': month {2} of {3} has {4} days; expected a day that exists", text, d.month, d.year,
                  days_in_month(d.year, d.month))
            .text;
    return d;
}

Parsed<Term> parse_term(std::string_view text) {
    const std::string expected = tr("expected a term as 2025-2030");
    std::string s;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ') continue;
        if (text.substr(i, 3) == "\xE2\x80\x93") {  // en dash, as printed in documents
            s += '-';
            i += 2;
            continue;
        }
        s += text[i];
    }
    const auto dash = s.find('-');
    if (dash != 4 || s.size() != 9 || !all_digits(s.substr(0, 4)) || !all_digits(s.substr(5)))
        return tr("not a term: '{1}'; {2}", text, expected).text;
    Term t{std::stoi(s.substr(0, 4)), std::stoi(s.substr(5))};
    if (t.from < first_year || t.to > last_year)
        return tr("term '{1}' is out of range; expected years {2} to {3}", text, first_year, last_year).text;
    if (t.to <= t.from) return tr("term '{1}' ends before it starts; {2} (the first year before the second)", text, expected).text;
    return t;
}

}  // namespace wardreport::load
