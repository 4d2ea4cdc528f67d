// The first sheet: the document's text (header, title, headings, paragraphs, lists, key
// figures, closing) so that nothing of the document is lost in the workbook, with a link to the
// sheet of each table and chart. Two columns, like the two-column official header; everything
// else spans both.
#pragma once

#include "book.hpp"

#include <map>

namespace wardreport::xlsx {

// Sheet of each table and chart, by block index, for the links.
using SheetOfBlock = std::map<std::size_t, std::string>;

void write_text_sheet(Book& book, lxw_worksheet* ws, const std::string& sheet, const SheetOfBlock& links);

// `text` cut into pieces of at most `max_chars` code points at spaces (or anywhere when a
// word is longer), so that a long paragraph spreads over rows a viewer can show in full.
std::vector<std::string> split_long_text(const std::string& text, std::size_t max_chars);

}  // namespace wardreport::xlsx
