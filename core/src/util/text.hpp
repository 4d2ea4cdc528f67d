// UTF-8 text handling shared by the loaders: validation and NFC normalisation (libutf8proc).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace wardreport::text {

// Byte offset of the first invalid UTF-8 sequence, or nullopt when `s` is valid UTF-8.
std::optional<std::size_t> invalid_utf8_at(std::string_view s);

// `s` in Unicode NFC; `s` must be valid UTF-8 (check with invalid_utf8_at first).
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

}  // namespace wardreport::text
