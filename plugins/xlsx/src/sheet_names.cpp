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

// `s` cut to `n` code points, at the last space when that keeps more than half of it.
std::string cut(const std::string& s, std::size_t n) {
    if (code_points(s) <= n) return s;
    std::string_view head = prefix_code_points(s, n);
    const auto space = head.rfind(' ');
    if (space != std::string_view::npos && code_points(head.substr(0, space)) > n / 2)
        head = head.substr(0, space);
    return tidy(head);
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
    std::string base = cut(tidy(clean), max_sheet_name_chars);
    if (base.empty()) base = cut(tidy(fallback), max_sheet_name_chars);
    if (base.empty()) base = "Sheet";
    std::string name = base;
    for (int n = 2; taken(name); ++n) {
        const std::string suffix = " (" + std::to_string(n) + ")";
        name = tidy(prefix_code_points(base, max_sheet_name_chars - suffix.size())) + suffix;
    }
    used_.insert(casefold(name));
    return name;
}

}  // namespace wardreport::xlsx
