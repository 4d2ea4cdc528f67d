// How wide a line of Times New Roman is, for what Word cannot tie to the text itself: the
// lengths of the header's short rules ("as long as the text") and the longest word of a table
// column. An estimate from the advance widths of Times Roman and Times Bold (the PDF core font
// metrics, which Times New Roman and Liberation Serif share) by base letter: Vietnamese tone
// marks do not change a letter's advance.
#pragma once

#include <string_view>

namespace wardreport::docx {

double text_width_pt(std::string_view text, double size_pt, bool bold);
inline double bold_width_pt(std::string_view text, double size_pt) { return text_width_pt(text, size_pt, true); }

// The width of the longest word of `text` (words split at spaces and line breaks).
double longest_word_pt(std::string_view text, double size_pt, bool bold);

}  // namespace wardreport::docx
