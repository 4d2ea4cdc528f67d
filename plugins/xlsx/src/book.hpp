// What the sheet writers share while one workbook is written.
#pragma once

#include "formats.hpp"
#include "text_check.hpp"

#include <wardreport/document.hpp>
#include <wardreport/exporter.hpp>

#include <xlsxwriter.h>

#include <string>
#include <string_view>
#include <vector>

namespace wardreport::xlsx {

// Throws ExportError with libxlsxwriter's text and where it happened; `where` is only called
// on failure, so that the hot path builds no strings.
template <class Where>
void check(lxw_error err, Where&& where) {
    if (err != LXW_NO_ERROR)
        throw ExportError("xlsx: " + std::string(where()) + ": " + lxw_strerror(err));
}

// Text made safe for a cell, or ExportError naming where it came from (see text_check.hpp).
template <class Where>
std::string cell_text(std::string_view s, Where&& where) {
    if (auto problem = text_problem(s)) throw ExportError(std::string(where()) + ": " + *problem);
    if (s.find('\r') != std::string_view::npos) return normalise_newlines(s);
    return std::string(s);
}

// "C5" for a 0-based row and column.
std::string cell_name(lxw_row_t row, lxw_col_t col);

// Where a table of the document sits in its sheet (0-based rows and columns).
struct TablePlacement {
    const doc::Table* table = nullptr;
    std::string sheet;
    lxw_worksheet* ws = nullptr;
    lxw_row_t title_row = 0;       // valid when the table has a title
    lxw_row_t unit_row = 0;        // valid when the table has a unit note
    lxw_row_t header_row = 0;
    lxw_row_t first_data_row = 0;  // == header_row + 1
    std::size_t rows = 0;          // data rows
    lxw_col_t columns = 0;
    lxw_row_t end_row = 0;         // first row below the table and its notes (after writing)
    double width = 0;              // sum of the column widths, in width units (after writing)
    int charts = 0;                // charts placed under it so far
    // A table with input cells keeps each row's model key in a hidden column right of it, inside
    // the autofilter, so that a sort moves the key with the row (see inputs.hpp).
    bool keyed = false;
};

// An input cell written so far: where it is and where its value goes in the ward model.
struct InputBinding {
    std::string sheet;
    lxw_row_t row = 0;
    lxw_col_t col = 0;
    std::string path;
    lxw_col_t key_col = 0;         // the table's hidden key column
};

struct Book {
    const doc::Document& doc;
    lxw_workbook* wb;
    Formats formats;
    bool constant_memory = false;
    std::vector<InputBinding> inputs;  // see inputs.hpp
    // Data rows of each live formula column, so that import can warn of a formula a clerk typed over.
    struct FormulaColumn {
        std::string sheet;
        lxw_row_t first = 0, last = 0;
        lxw_col_t col = 0;
    };
    std::vector<FormulaColumn> formula_columns;
};

}  // namespace wardreport::xlsx
