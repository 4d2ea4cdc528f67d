// The cells a clerk fills, and the mapping that lets `wardreport import` read them back.
//
// A cell the document marks as an input (doc::Cell::input, a model path) is written unlocked,
// shaded as an input, with data validation and a Vietnamese input message; every other cell of
// the workbook stays locked by sheet protection without a password. Each input cell gets a
// defined name (wardreport_input_N), which Excel and LibreOffice move with the cell when rows are
// cut and pasted or inserted, and a hidden sheet records, for each name, the model path, plus the
// workbook format version and the ward the workbook is about. Import reads the names and that
// sheet; it never guesses by position. A sort moves values, not names: so each input row also
// holds its model key in a hidden column inside the autofilter, which moves with the row, and
// import finds the row by that key, the column by the name. Each live formula column's data cells are named too
// (wardreport_formulas_N), so import can warn when a clerk typed a value over a formula.
#pragma once

#include "book.hpp"

namespace wardreport::xlsx {

// The version of the mapping above; import refuses a workbook with another one.
constexpr int workbook_format_version = 1;
// The hidden sheet's name; import looks for it.
constexpr const char* binding_sheet_name = "wardreport";

// The words a qualitative target's assessment cell (an input whose path ends in ".status")
// offers in its drop-down list: the engine's names of TargetStatus (progress.hpp).
const std::vector<std::string>& assessment_words();

// Writes input `cell` of `column` at (row, col) and records its binding; `base` is the column's
// data style. An integer written as text ("2025" in a text column of years) becomes a number.
lxw_error write_input(Book& book, const TablePlacement& p, lxw_row_t row, lxw_col_t col, const doc::Cell& cell,
                      const doc::Column& column, Style base);

// A formula reading the input cell bound to model path `path` written so far, or "" when no cell
// is: the cell of the input's column in the row whose hidden key is the path's row key, so that
// it follows the value when rows are sorted (a sort moves values, not names) or moved.
std::string input_formula(const Book& book, const std::string& path);

// Whether the table has input cells (any row has one); its key column is then `columns`.
bool has_inputs(const doc::Table& table);

// The model key of a row ("resolution.targets.thu-ngan-sach": its first input's path without the
// field), written in the hidden key column; empty when the row has no input.
std::string row_key(const std::vector<doc::Cell>& cells);

// Hides the key column once the rows are written.
void hide_key_column(const TablePlacement& p);

// Locks the sheet's cells (no password): a clerk may still sort, filter and resize.
void protect_sheet(lxw_worksheet* ws);

// The hidden sheet and the defined names, when the workbook has input cells.
void write_bindings(Book& book);

}  // namespace wardreport::xlsx
