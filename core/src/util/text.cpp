#include "util/text.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

namespace wardreport::text {
namespace {

std::vector<char32_t> decode(std::string_view s) {
    std::vector<char32_t> out;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
    while (left > 0) {
        utf8proc_int32_t c = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);
        if (n <= 0) break;
        out.push_back(static_cast<char32_t>(c));
        p += n;
        left -= n;
    }
    return out;
}

}  // namespace

std::optional<std::size_t> invalid_utf8_at(std::string_view s) {
    const auto* base = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    std::size_t at = 0;
    while (at < s.size()) {
        utf8proc_int32_t c = 0;
        utf8proc_ssize_t n = utf8proc_iterate(base + at, static_cast<utf8proc_ssize_t>(s.size() - at), &c);
        if (n <= 0) return at;
        at += static_cast<std::size_t>(n);
    }
    return std::nullopt;
}

std::string nfc(std::string_view s) {
    utf8proc_uint8_t* out = nullptr;
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                      static_cast<utf8proc_ssize_t>(s.size()), &out,
                                      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n < 0) return std::string(s);
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(out, &std::free);
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

std::string upper(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char32_t c : decode(nfc(s))) {
        utf8proc_uint8_t buf[4];
        utf8proc_ssize_t n = utf8proc_encode_char(utf8proc_toupper(static_cast<utf8proc_int32_t>(c)), buf);
        out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    }
    return out;
}

std::size_t length(std::string_view s) { return decode(s).size(); }

// Optimal string alignment: Levenshtein plus the swap of two neighbouring characters as one
// edit, the commonest typo ("tehme" is one edit from "theme", not two, and so closer to it
// than to "term").
std::size_t edit_distance(std::string_view a, std::string_view b) {
    const auto x = decode(a), y = decode(b);
    std::vector<std::size_t> before(y.size() + 1), prev(y.size() + 1), cur(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j) {
            std::size_t sub = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                cur[j] = std::min(cur[j], before[j - 2] + 1);
        }
        std::swap(before, prev);
        std::swap(prev, cur);
    }
    return prev[y.size()];
}

std::string codepoint_name(char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

}  // namespace wardreport::text
