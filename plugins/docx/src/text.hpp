// The text that goes into a Word document: NFC as the document holds it, and only characters
// Times New Roman (and Liberation Serif, which LibreOffice puts in its place) can draw.
#pragma once

#include <string>
#include <string_view>

namespace wardreport::docx {

// NFC of `s`, refused with an ExportError naming the character (U+XXXX) and `where` when it
// holds a control character (line breaks aside), invalid UTF-8 or a character outside the
// repertoire the official fonts draw (repertoire.hpp).
std::string checked_text(std::string_view s, const std::string& where);

// A span of numbers stays on one line, as the PDF keeps it: in "2020 - 2025" (a term, a span of
// years or of figures) the spaces around the dash become no-break spaces, which Word and
// LibreOffice do not break at.
std::string keep_spans_together(std::string s);

// "U+1F600".
std::string codepoint_name(char32_t c);

}  // namespace wardreport::docx
