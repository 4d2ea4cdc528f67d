// UTF-8 text handling shared by the loaders: validation and NFC normalisation (libutf8proc).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace wardreport::text {

// Byte offset of the first invalid UTF-8 sequence, or nullopt when `s` is valid UTF-8.
std::optional<std::size_t> invalid_utf8_at(std::string_view s);

// `s` with each byte that is not part of valid UTF-8 written as "<0xC6>": a library's message
// quoting one byte of a multi-byte character stays printable text.
std::string valid_utf8(std::string_view s);

// `s` in Unicode NFC; `s` must be valid UTF-8 (check with invalid_utf8_at first). Text that is
// already NFC (wardreport/nfc.hpp, shared with the pdf writer) is returned without utf8proc.
std::string nfc(std::string_view s);

// Upper case of Vietnamese text ("Đảng bộ phường Kỳ Sơn" → "ĐẢNG BỘ PHƯỜNG KỲ SƠN"), NFC.
std::string upper(std::string_view s);

// Code points in `s` (valid UTF-8).
std::size_t length(std::string_view s);

// Edit distance between two strings, by code points, counting a swap of two neighbouring
// characters as one edit (optimal string alignment; for "did you mean").
std::size_t edit_distance(std::string_view a, std::string_view b);

// "U+1F600" for a code point.
std::string codepoint_name(char32_t c);

// "U+202E (RIGHT-TO-LEFT OVERRIDE)" for the characters a clerk's text may hide (controls,
// direction marks, invisible spaces); "U+1F600" for the others.
std::string character_name(char32_t c);

// Whether the built-in formats can draw `c`: core/src/util/repertoire.txt, the list the PDF
// fonts are subset to. Line feed is not in it (a line break is never drawn).
bool drawable(char32_t c);

// A control character of C0 (but tab and line feed), DEL or C1.
bool control(char32_t c);

// A bidirectional formatting character: LRM, RLM, ALM, the embeddings and overrides
// U+202A–U+202E, the isolates U+2066–U+2069. They reorder what a terminal or Excel shows.
bool bidi_control(char32_t c);

// `s` with every control and bidi character written as <U+XXXX>, and invalid UTF-8 bytes as
// <0xXX>: safe to print on a terminal.
std::string printable(std::string_view s);

// The UTF-8 bytes of code point `c`.
std::string encode(char32_t c);

// The code points of `s` (valid UTF-8).
std::u32string code_points(std::string_view s);

}  // namespace wardreport::text
