#include "text_check.hpp"

#include <utf8proc.h>

#include <cstdio>

namespace wardreport::xlsx {

namespace {

std::string hex(utf8proc_int32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

bool plain_ascii(std::string_view s) {
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c >= 0x7F) return false;
    }
    return true;
}

}  // namespace

std::optional<std::string> text_problem(std::string_view s, std::size_t max_chars) {
    // Most cells are short ASCII (numbers are not text): skip decoding them.
    if (s.size() <= max_chars && plain_ascii(s)) return std::nullopt;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    std::size_t at = 0, units = 0, chars = 0;
    while (at < s.size()) {
        utf8proc_int32_t c = 0;
        const auto n = utf8proc_iterate(p + at, static_cast<utf8proc_ssize_t>(s.size() - at), &c);
        if (n < 0)
            return "invalid UTF-8 at byte " + std::to_string(at) + "; expected UTF-8 text";
        ++chars;
        const bool control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
                             (c >= 0x7F && c <= 0x9F);
        if (control)
            return "control character " + hex(c) + " at character " + std::to_string(chars) +
                   "; expected printable text (tab and line breaks are allowed)";
        if (c == 0xFFFE || c == 0xFFFF)
            return "non-character " + hex(c) + " at character " + std::to_string(chars);
        units += c > 0xFFFF ? 2 : 1;
        at += static_cast<std::size_t>(n);
    }
    if (units > max_chars)
        return "text of " + std::to_string(units) + " characters; a cell holds at most " +
               std::to_string(max_chars);
    return std::nullopt;
}

std::string normalise_newlines(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\r') { out += s[i]; continue; }
        out += '\n';
        if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    }
    return out;
}

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (char ch : s)
        if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
    return n;
}

std::string_view prefix_code_points(std::string_view s, std::size_t n) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
        if (seen == n) return s.substr(0, i);
        ++seen;
    }
    return s;
}

std::string_view prefix_bytes(std::string_view s, std::size_t n) {
    if (s.size() <= n) return s;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n);
}

}  // namespace wardreport::xlsx
