// UTF-8 helpers of the pdf writer: libharu draws decomposed text with the accents beside the
// letters and invalid UTF-8 as garbage, so every string is checked and put in NFC here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wardreport::pdf {

// `s` in NFC; throws ExportError naming `where` when `s` is not valid UTF-8.
std::string nfc(std::string_view s, const std::string& where);

// True when `s` is valid UTF-8 made only of characters that are NFC whatever surrounds them
// (Latin and the precomposed Vietnamese letters, the usual punctuation): nfc() returns it as it is.
bool already_nfc(std::string_view s);

// The code points of valid UTF-8 `s`.
std::vector<char32_t> code_points(std::string_view s);

// "U+1F600".
std::string codepoint_name(char32_t c);

// Length in bytes of the UTF-8 sequence starting with `lead`.
std::size_t utf8_length(unsigned char lead);

}  // namespace wardreport::pdf
