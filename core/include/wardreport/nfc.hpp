// Whether UTF-8 text is already in Unicode NFC, told without a Unicode library, so that the
// engine's normalisation and a writer's (libharu draws decomposed accents beside their letters)
// skip the library for the text they almost always get. One test for both: a plugin sees only
// these headers. Inline and free of types, so the plugin ABI is unchanged.
#pragma once

#include <cstddef>
#include <string_view>

namespace wardreport {

// True when `s` is valid UTF-8 made only of characters that are NFC whatever surrounds them, so
// that normalising it returns it as it is; false leaves the answer to a Unicode library.
inline bool already_nfc(std::string_view s) noexcept {
    // The characters (each a starter, NFC_QC=Yes, never composing with a neighbour): Latin up to
    // the spacing modifiers (U+0000–U+02FF), Latin Extended Additional (U+1E00–U+1EFF, the
    // precomposed Vietnamese letters "ộ", "ữ") and the usual dashes, quotes and ellipsis. Text
    // written in NFC is made of these only; a combining mark (decomposed text) is not. Matched on
    // their bytes, which are valid UTF-8 by construction: no overlong form or surrogate passes.
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const unsigned char* const end = p + s.size();
    auto continuation = [](unsigned char b) { return (b & 0xC0) == 0x80; };
    while (p < end) {
        if (*p < 0x80) {  // most of a ward file: ASCII
            ++p;
            continue;
        }
        const auto left = static_cast<std::size_t>(end - p);
        if (*p >= 0xC2 && *p <= 0xCB) {  // U+0080–U+02FF
            if (left < 2 || !continuation(p[1])) return false;
            p += 2;
            continue;
        }
        if (left < 3 || !continuation(p[1]) || !continuation(p[2])) return false;
        const bool vietnamese = p[0] == 0xE1 && p[1] >= 0xB8 && p[1] <= 0xBB;  // U+1E00–U+1EFF
        // U+2013 U+2014 – —, U+2018 U+2019 ‘ ’, U+201C U+201D “ ”, U+2026 …
        const bool punctuation = p[0] == 0xE2 && p[1] == 0x80 &&
                                 (p[2] == 0x93 || p[2] == 0x94 || p[2] == 0x98 || p[2] == 0x99 || p[2] == 0x9C ||
                                  p[2] == 0x9D || p[2] == 0xA6);
        if (!vietnamese && !punctuation) return false;
        p += 3;
    }
    return true;
}

}  // namespace wardreport
