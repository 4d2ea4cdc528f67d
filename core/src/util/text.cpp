#include "util/text.hpp"

#include <wardreport/nfc.hpp>

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

std::string valid_utf8(std::string_view s) {
    static const char* const hex = "0123456789ABCDEF";
    std::string out;
    std::size_t at = 0;
    while (at < s.size()) {
        const auto bad = invalid_utf8_at(s.substr(at));
        const std::size_t good = bad ? *bad : s.size() - at;
        out.append(s.substr(at, good));
        at += good;
        if (at < s.size()) {
            const auto b = static_cast<unsigned char>(s[at++]);
            out += std::string("<0x") + hex[b >> 4] + hex[b & 15] + ">";
        }
    }
    return out;
}

std::string nfc(std::string_view s) {
    if (already_nfc(s)) return std::string(s);
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

namespace {

struct Range {
    char32_t first, last;
};
constexpr Range kRepertoire[] = {
#include "wardreport/repertoire_ranges.inc"
};

}  // namespace

bool drawable(char32_t c) {
    for (const Range& r : kRepertoire)
        if (c >= r.first && c <= r.last) return true;
    return false;
}

bool control(char32_t c) { return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F); }

bool bidi_control(char32_t c) {
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

std::string character_name(char32_t c) {
    static const char* const c0[] = {"NULL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION",
                                      "ENQUIRY", "ACKNOWLEDGE", "BELL", "BACKSPACE", "TAB", "LINE FEED",
                                      "VERTICAL TAB", "FORM FEED", "CARRIAGE RETURN", "SHIFT OUT", "SHIFT IN",
                                      "DATA LINK ESCAPE", "DEVICE CONTROL ONE", "DEVICE CONTROL TWO",
                                      "DEVICE CONTROL THREE", "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE",
                                      "SYNCHRONOUS IDLE", "END OF TRANSMISSION BLOCK", "CANCEL", "END OF MEDIUM",
                                      "SUBSTITUTE", "ESCAPE", "FILE SEPARATOR", "GROUP SEPARATOR",
                                      "RECORD SEPARATOR", "UNIT SEPARATOR"};
    const char* n = nullptr;
    if (c < 0x20) n = c0[c];
    else switch (c) {
        case 0x7F: n = "DELETE"; break;
        case 0x85: n = "NEXT LINE"; break;
        case 0x061C: n = "ARABIC LETTER MARK"; break;
        case 0x200B: n = "ZERO WIDTH SPACE"; break;
        case 0x200C: n = "ZERO WIDTH NON-JOINER"; break;
        case 0x200D: n = "ZERO WIDTH JOINER"; break;
        case 0x200E: n = "LEFT-TO-RIGHT MARK"; break;
        case 0x200F: n = "RIGHT-TO-LEFT MARK"; break;
        case 0x2028: n = "LINE SEPARATOR"; break;
        case 0x2029: n = "PARAGRAPH SEPARATOR"; break;
        case 0x202A: n = "LEFT-TO-RIGHT EMBEDDING"; break;
        case 0x202B: n = "RIGHT-TO-LEFT EMBEDDING"; break;
        case 0x202C: n = "POP DIRECTIONAL FORMATTING"; break;
        case 0x202D: n = "LEFT-TO-RIGHT OVERRIDE"; break;
        case 0x202E: n = "RIGHT-TO-LEFT OVERRIDE"; break;
        case 0x2066: n = "LEFT-TO-RIGHT ISOLATE"; break;
        case 0x2067: n = "RIGHT-TO-LEFT ISOLATE"; break;
        case 0x2068: n = "FIRST STRONG ISOLATE"; break;
        case 0x2069: n = "POP DIRECTIONAL ISOLATE"; break;
        case 0xFEFF: n = "ZERO WIDTH NO-BREAK SPACE (byte order mark)"; break;
        case 0xFFFD: n = "REPLACEMENT CHARACTER"; break;
        default: break;
    }
    return n ? codepoint_name(c) + " (" + n + ")" : codepoint_name(c);
}

std::string encode(char32_t c) {
    utf8proc_uint8_t buf[4];
    const utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
    return std::string(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

std::u32string code_points(std::string_view s) {
    const std::vector<char32_t> v = decode(s);
    return std::u32string(v.begin(), v.end());
}

std::string printable(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    const auto* base = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    std::size_t at = 0;
    while (at < s.size()) {
        utf8proc_int32_t c = 0;
        const utf8proc_ssize_t n = utf8proc_iterate(base + at, static_cast<utf8proc_ssize_t>(s.size() - at), &c);
        if (n <= 0) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "<0x%02X>", static_cast<unsigned>(base[at]));
            out += buf;
            ++at;
            continue;
        }
        const auto cp = static_cast<char32_t>(c);
        if (control(cp) || bidi_control(cp)) out += "<" + codepoint_name(cp) + ">";
        else out.append(s.substr(at, static_cast<std::size_t>(n)));
        at += static_cast<std::size_t>(n);
    }
    return out;
}

std::string codepoint_name(char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

}  // namespace wardreport::text
