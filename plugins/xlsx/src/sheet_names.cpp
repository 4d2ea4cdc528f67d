#include "sheet_names.hpp"

#include "text_check.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace wardreport::xlsx {

namespace {

constexpr std::string_view forbidden = "[]:*?/\\";

std::string casefold(const std::string& s) {
    utf8proc_uint8_t* out = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()),
                                static_cast<utf8proc_ssize_t>(s.size()), &out,
                                static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE |
                                                               UTF8PROC_STABLE));
    if (n < 0) return s;
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> hold(out, &std::free);
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

// Spaces and apostrophes trimmed from both ends, runs of spaces collapsed.
std::string tidy(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '\'')) out.pop_back();
    std::size_t start = 0;
    while (start < out.size() && (out[start] == ' ' || out[start] == '\'')) ++start;
    return out.substr(start);
}

constexpr std::string_view ellipsis = "\u2026";  // "…", one code point

// `s` itself when it has at most `n` code points, else cut to fit `n` with "…" at the end: at
// the last word boundary when that keeps more than half, else inside the word; punctuation
// and spaces left dangling before the "…" go ("Doanh nghiệp, …" reads "Doanh nghiệp…").
std::string cut(const std::string& s, std::size_t n) {
    if (code_points(s) <= n) return s;
    if (n <= 1) return std::string(ellipsis.substr(0, n == 1 ? ellipsis.size() : 0));
    std::string_view head = prefix_code_points(s, n - 1);
    const bool at_boundary = s.size() > head.size() && s[head.size()] == ' ';
    const auto space = head.rfind(' ');
    if (!at_boundary && space != std::string_view::npos && code_points(head.substr(0, space)) > (n - 1) / 2)
        head = head.substr(0, space);
    std::string_view trimmed = head;
    while (!trimmed.empty() && std::string_view(" ,.;:-'").find(trimmed.back()) != std::string_view::npos)
        trimmed.remove_suffix(1);
    std::string out = tidy(trimmed);
    if (out.empty()) out = tidy(head);  // nothing but punctuation: keep it
    if (out.empty()) out = "Sheet";     // nothing but apostrophes and spaces
    return out + std::string(ellipsis);
}

}  // namespace

bool valid_sheet_name(std::string_view name) {
    if (name.empty() || text_problem(name)) return false;
    if (code_points(name) > max_sheet_name_chars) return false;
    if (name.front() == '\'' || name.back() == '\'') return false;
    for (char c : name)
        if (forbidden.find(c) != std::string_view::npos || static_cast<unsigned char>(c) < 0x20)
            return false;
    return true;
}

std::string quoted_sheet(std::string_view name) {
    // Always quoted: a bare name like "A1" or "R1C1" would read as a cell reference.
    std::string out = "'";
    for (char c : name) {
        if (c == '\'') out += '\'';
        out += c;
    }
    return out + "'";
}

bool SheetNamer::taken(const std::string& name) const {
    return used_.count(casefold(name)) > 0 || casefold(name) == "history";
}

std::string SheetNamer::claim(std::string_view wanted, std::string_view fallback) {
    std::string clean;
    if (!text_problem(wanted)) {
        for (char c : wanted) {
            if (c == '/') clean += '-';
            else if (forbidden.find(c) != std::string_view::npos ||
                     static_cast<unsigned char>(c) < 0x20)
                clean += ' ';
            else clean += c;
        }
    }
    std::string full = tidy(clean);
    if (full.empty()) full = tidy(fallback);
    if (full.empty()) full = "Sheet";
    std::string name = cut(full, max_sheet_name_chars);
    for (int n = 2; taken(name); ++n) {
        const std::string suffix = " (" + std::to_string(n) + ")";
        name = cut(full, max_sheet_name_chars - suffix.size()) + suffix;
    }
    used_.insert(casefold(name));
    return name;
}

}  // namespace wardreport::xlsx
