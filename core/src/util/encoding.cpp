#include "util/encoding.hpp"

#include "util/text.hpp"

#include <algorithm>

namespace wardreport::encoding {
namespace {

std::size_t unit_size(Kind k) { return k == Kind::Utf32LE || k == Kind::Utf32BE ? 4 : 2; }
bool little(Kind k) { return k == Kind::Utf16LE || k == Kind::Utf32LE; }

char32_t unit_at(std::string_view b, std::size_t i, Kind k) {
    const std::size_t n = unit_size(k);
    char32_t v = 0;
    for (std::size_t j = 0; j < n; ++j) {
        const auto byte = static_cast<unsigned char>(b[i + (little(k) ? n - 1 - j : j)]);
        v = (v << 8) | byte;
    }
    return v;
}

}  // namespace

const char* name(Kind k) {
    switch (k) {
        case Kind::Utf8: return "UTF-8";
        case Kind::Utf16LE: return "UTF-16LE";
        case Kind::Utf16BE: return "UTF-16BE";
        case Kind::Utf32LE: return "UTF-32LE";
        case Kind::Utf32BE: return "UTF-32BE";
    }
    return "";
}

Kind from_bom(std::string_view b) {
    // UTF-32LE's mark begins with UTF-16LE's: test it first.
    if (b.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) return Kind::Utf32LE;
    if (b.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) return Kind::Utf32BE;
    if (b.substr(0, 2) == "\xFF\xFE") return Kind::Utf16LE;
    if (b.substr(0, 2) == "\xFE\xFF") return Kind::Utf16BE;
    return Kind::Utf8;
}

std::optional<std::string> to_utf8(std::string_view b, Kind k, std::size_t& bad_at) {
    const std::size_t n = unit_size(k);
    std::string out;
    out.reserve(b.size());
    for (std::size_t i = n; i < b.size(); i += n) {  // from after the BOM
        bad_at = i;
        if (i + n > b.size()) return std::nullopt;
        char32_t c = unit_at(b, i, k);
        if (n == 2 && c >= 0xD800 && c <= 0xDBFF) {  // a high surrogate and its low one
            if (i + 4 > b.size()) return std::nullopt;
            const char32_t low = unit_at(b, i + 2, k);
            if (low < 0xDC00 || low > 0xDFFF) return std::nullopt;
            c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        } else if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
            return std::nullopt;
        }
        out += text::encode(c);
    }
    return out;
}

std::optional<Kind> guess_without_bom(std::string_view b) {
    // ASCII characters (keys, digits, spaces, line ends) are most of any data file; in UTF-16 each
    // is a NUL byte beside the character, in UTF-32 three NULs. Look at the first few hundred bytes.
    const std::size_t n = std::min<std::size_t>(b.size(), 512) & ~std::size_t{3};
    if (n < 4) return std::nullopt;
    std::size_t zero[4] = {0, 0, 0, 0};
    for (std::size_t i = 0; i < n; ++i)
        if (b[i] == '\0') ++zero[i % 4];
    const std::size_t quarter = n / 4;
    auto mostly = [quarter](std::size_t z) { return z * 10 >= quarter * 7; };
    auto rarely = [quarter](std::size_t z) { return z * 10 <= quarter * 3; };
    if (mostly(zero[1]) && mostly(zero[2]) && mostly(zero[3]) && rarely(zero[0])) return Kind::Utf32LE;
    if (mostly(zero[0]) && mostly(zero[1]) && mostly(zero[2]) && rarely(zero[3])) return Kind::Utf32BE;
    if (mostly(zero[1]) && mostly(zero[3]) && rarely(zero[0]) && rarely(zero[2])) return Kind::Utf16LE;
    if (mostly(zero[0]) && mostly(zero[2]) && rarely(zero[1]) && rarely(zero[3])) return Kind::Utf16BE;
    return std::nullopt;
}

}  // namespace wardreport::encoding
