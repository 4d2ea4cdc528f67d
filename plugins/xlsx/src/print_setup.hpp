// Page setup every sheet gets: A4, the document's margins, fit to one page wide, page numbers.
#pragma once

#include "book.hpp"

#include <optional>

namespace wardreport::xlsx {

// Sheets wider than this (in column-width units) print landscape: what fits between the
// margins of an A4 portrait page at 100% (one unit is about 1.9 mm).
double portrait_width_units(const doc::Layout& layout);

// How many pages wide a sheet of `width` column-width units prints: one, unless that would shrink
// it below what reads on paper (55%: 11 pt type printed at 6 pt); then as many as keep it at
// least that large.
int pages_wide(const doc::Layout& layout, bool landscape, double width);

struct PageSetup {
    bool landscape = false;
    std::optional<lxw_row_t> repeat_row;  // the header row printed on every page
    std::string title;                    // header text, usually the table's or document's title
    // A table's width in column-width units (0: fit to one page wide). Printed across several
    // pages, its first column (the row's number or name) is repeated on each, so every page
    // still says which row is which.
    double width = 0;
};

void setup_page(Book& book, lxw_worksheet* ws, const std::string& sheet, const PageSetup& setup);

// `text` for an Excel header or footer: '&' doubled, at most `max_bytes` bytes, cut on a
// character boundary with "…".
std::string header_footer_text(const std::string& text, std::size_t max_bytes);

}  // namespace wardreport::xlsx
