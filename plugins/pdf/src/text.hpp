// UTF-8 helpers of the pdf writer: libharu draws decomposed text with the accents beside the
// letters and invalid UTF-8 as garbage, so every string is checked and put in NFC here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wardreport::pdf {

// `s` in NFC; throws ExportError naming `where` when `s` is not valid UTF-8. Text that is already
// NFC (wardreport/nfc.hpp, shared with the engine) is returned without utf8proc.
std::string nfc(std::string_view s, const std::string& where);

// The code points of valid UTF-8 `s`.
std::vector<char32_t> code_points(std::string_view s);

// "U+1F600".
std::string codepoint_name(char32_t c);

// Length in bytes of the UTF-8 sequence starting with `lead`.
std::size_t utf8_length(unsigned char lead);

}  // namespace wardreport::pdf
