// A document table as a sheet: merged title block, header row (frozen, repeated on every page,
// with an autofilter), typed cells, derived columns as formulas with their cached values, a
// totals row of SUM formulas, notes under the table, columns fitted to their content.
#pragma once

#include "book.hpp"

namespace wardreport::xlsx {

// Rows measured for column widths: all of a normal table, the first ones of a big one.
constexpr std::size_t width_sample_rows = 10000;

// Where the parts of `table` go on its sheet; checks it fits in a sheet.
TablePlacement plan_table(const doc::Table& table, std::string sheet, lxw_worksheet* ws);

void write_table(Book& book, TablePlacement& place);

// The value a numeric cell has in the sheet: percent points become fractions.
double sheet_value(const doc::Cell& cell);

}  // namespace wardreport::xlsx
