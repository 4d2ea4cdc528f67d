// Document charts as native Excel charts bound to cells: a chart over a table of the document
// reads that table's rows on its sheet; a chart with its own data gets a small data sheet.
// Pie charts for shares, clustered columns for bars (Excel's "bar" is horizontal).
#pragma once

#include "book.hpp"

namespace wardreport::xlsx {

// Adds `chart` over the table at `place` and inserts it beside the table.
void add_table_chart(Book& book, const doc::Chart& chart, TablePlacement& place);

// Writes `chart`'s own categories and values on the empty sheet `ws` and adds the chart there.
void add_data_chart(Book& book, const doc::Chart& chart, lxw_worksheet* ws, const std::string& sheet);

}  // namespace wardreport::xlsx
