#include "table_sheet.hpp"

#include "formula.hpp"
#include "inputs.hpp"
#include "print_setup.hpp"
#include "text_width.hpp"

#include <wardreport/vi_format.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace wardreport::xlsx {

std::string cell_name(lxw_row_t row, lxw_col_t col) {
    return column_letters(col) + std::to_string(static_cast<std::uint64_t>(row) + 1);
}

double sheet_value(const doc::Cell& cell) {
    if (cell.type == doc::CellType::Percent)
        return Decimal(cell.number.mantissa(), cell.number.scale() + 2).to_double();
    return cell.number.to_double();
}

namespace {

using doc::CellType;

bool numeric(CellType t) {
    return t == CellType::Integer || t == CellType::Decimal || t == CellType::Percent || t == CellType::Money;
}

// What one column needs while rows stream past.
struct ColumnWriter {
    const doc::Column* column = nullptr;
    std::optional<RowFormula> formula;
    // Formats by the cell's own type and boldness: a numeric column may hold a text cell ("—").
    std::array<std::array<lxw_format*, 2>, 6> formats{};
    Style base;
    double widest = 0;
    // The rows holding the formula, as runs of adjacent rows: import warns of a value typed over a
    // formula, and a row the formula does not cover holds a value of its own.
    std::vector<std::pair<lxw_row_t, lxw_row_t>> formula_rows;
    void wrote_formula(lxw_row_t row) {
        if (!formula_rows.empty() && formula_rows.back().second + 1 == row) formula_rows.back().second = row;
        else formula_rows.emplace_back(row, row);
    }
};

std::string where_cell(const TablePlacement& p, lxw_row_t row, lxw_col_t col, const std::string& what) {
    return "sheet '" + p.sheet + "', cell " + cell_name(row, col) + " (table '" + p.table->id + "', " + what + ")";
}

std::string where_data(const TablePlacement& p, std::size_t i, lxw_col_t col) {
    return where_cell(p, static_cast<lxw_row_t>(p.first_data_row + i), col,
                      "row " + std::to_string(i + 1) + ", column '" + p.table->columns[col].key + "'");
}

double row_height(std::size_t lines, double size) { return static_cast<double>(lines) * size * 1.3 + 3; }

std::size_t line_count(const std::string& s) { return 1 + static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

}  // namespace

TablePlacement plan_table(const doc::Table& table, std::string sheet, lxw_worksheet* ws) {
    TablePlacement p;
    p.table = &table;
    p.sheet = std::move(sheet);
    p.ws = ws;
    lxw_row_t r = 0;
    if (!table.title.empty()) p.title_row = r++;
    if (!table.unit_note.empty()) p.unit_row = r++;
    p.header_row = r;
    p.first_data_row = r + 1;
    p.rows = table.size();
    if (table.columns.size() > LXW_COL_MAX)
        throw ExportError("table '" + table.id + "': " + std::to_string(table.columns.size()) +
                          " columns; a sheet holds at most " + std::to_string(LXW_COL_MAX));
    p.columns = static_cast<lxw_col_t>(table.columns.size());
    const std::size_t last = static_cast<std::size_t>(p.first_data_row) + p.rows + (table.totals.empty() ? 0 : 1) +
                             (table.notes.empty() ? 0 : 1 + table.notes.size());
    if (last > LXW_ROW_MAX)
        throw ExportError("table '" + table.id + "': " + vi::integer(static_cast<std::int64_t>(p.rows)) +
                          " rows do not fit in a sheet; a sheet holds at most " +
                          vi::integer(LXW_ROW_MAX) + " rows with the title, header and totals");
    return p;
}

void write_table(Book& book, TablePlacement& p) {
    const doc::Table& t = *p.table;
    lxw_worksheet* ws = p.ws;
    Formats& fm = book.formats;
    const lxw_col_t ncols = p.columns;
    const lxw_col_t last_col = ncols > 0 ? static_cast<lxw_col_t>(ncols - 1) : 0;

    // Merged across the table's width; a one-column table has nothing to merge.
    auto banner = [&](lxw_row_t row, const std::string& text, const Style& style, const char* what) {
        const std::string s = cell_text(text, [&] { return where_cell(p, row, 0, what); });
        lxw_format* f = fm.get(style);
        if (ncols > 1)
            check(worksheet_merge_range(ws, row, 0, row, last_col, s.c_str(), f),
                  [&] { return where_cell(p, row, 0, what); });
        else
            check(worksheet_write_string(ws, row, 0, s.c_str(), f), [&] { return where_cell(p, row, 0, what); });
    };

    if (!t.title.empty()) {
        Style s;
        s.bold = true;
        s.size = 14;
        s.align = doc::Align::Center;
        banner(p.title_row, t.title, s, "title");
        check(worksheet_set_row(ws, p.title_row, row_height(1, 14), nullptr),
              [&] { return where_cell(p, p.title_row, 0, "title"); });
    }
    if (!t.unit_note.empty()) {
        Style s;
        s.italic = true;
        s.align = doc::Align::Right;
        banner(p.unit_row, t.unit_note, s, "unit note");
    }

    // Header.
    std::vector<ColumnWriter> cols(ncols);
    std::size_t header_lines = 1;
    Style header_style;
    header_style.bold = true;
    header_style.align = doc::Align::Center;
    header_style.wrap = true;
    header_style.border = true;
    header_style.fill = true;
    for (lxw_col_t c = 0; c < ncols; ++c) {
        const doc::Column& col = t.columns[c];
        ColumnWriter& cw = cols[c];
        cw.column = &col;
        if (!col.formula.empty()) cw.formula = RowFormula::compile(t.columns, c, t.id);
        const std::string title = cell_text(col.title, [&] { return where_cell(p, p.header_row, c, "header of column '" + col.key + "'"); });
        cell_text(col.unit, [&] { return where_cell(p, p.header_row, c, "unit of column '" + col.key + "'"); });
        check(worksheet_write_string(ws, p.header_row, c, title.c_str(), fm.get(header_style)),
              [&] { return where_cell(p, p.header_row, c, "header of column '" + col.key + "'"); });
        header_lines = std::max(header_lines, line_count(title));
        cw.widest = 0;
        cw.base.border = true;
        cw.base.align = col.align;
        for (int type = 0; type < 6; ++type) {
            for (int bold = 0; bold < 2; ++bold) {
                Style s = cw.base;
                const auto ct = static_cast<CellType>(type);
                s.bold = bold == 1;
                if (numeric(ct)) {
                    s.num_format = number_format(ct, col.decimals, col.unit);
                    if (s.align == doc::Align::Left || s.align == doc::Align::Justify) s.align = doc::Align::Right;
                } else {
                    s.wrap = true;
                }
                cw.formats[static_cast<std::size_t>(type)][static_cast<std::size_t>(bold)] = fm.get(s);
            }
        }
    }
    check(worksheet_set_row(ws, p.header_row, row_height(header_lines, 12), nullptr),
          [&] { return where_cell(p, p.header_row, 0, "header"); });

    // Before the data: in constant-memory mode libxlsxwriter refuses ranges starting above the
    // row being written.
    worksheet_freeze_panes(ws, static_cast<lxw_row_t>(p.header_row + 1), 0);
    p.keyed = ncols < LXW_COL_MAX - 1 && has_inputs(t);
    if (p.rows > 0 && ncols > 0)
        check(worksheet_autofilter(ws, p.header_row, 0, static_cast<lxw_row_t>(p.first_data_row + p.rows - 1),
                                   p.keyed ? ncols : last_col),
              [&] { return "sheet '" + p.sheet + "': autofilter"; });

    // Data rows, in order: in constant-memory mode a row once left cannot be written again.
    std::vector<doc::Cell> cells;
    std::size_t literal_formats = 0;
    for (std::size_t i = 0; i < p.rows; ++i) {
        cells.clear();
        t.rows->row(i, cells);
        if (cells.size() != ncols)
            throw ExportError("table '" + t.id + "', row " + std::to_string(i + 1) + ": " +
                              std::to_string(cells.size()) + " cells; expected one per column (" +
                              std::to_string(ncols) + ")");
        const auto row = static_cast<lxw_row_t>(p.first_data_row + i);
        const bool measure = i < width_sample_rows;
        for (lxw_col_t c = 0; c < ncols; ++c) {
            const doc::Cell& cell = cells[c];
            ColumnWriter& cw = cols[c];
            const doc::Column& col = *cw.column;
            lxw_format* f = cw.formats[static_cast<std::size_t>(cell.type)][cell.bold ? 1 : 0];
            auto where = [&] { return where_data(p, i, c); };
            lxw_error err = LXW_NO_ERROR;
            bool live = false;  // the cell holds the column's formula
            if (!cell.input.empty()) {
                err = write_input(book, p, row, c, cell, col, cw.base);
                if (measure) cw.widest = std::max(cw.widest, text_width(vi::cell(cell, col.decimals, col.unit), cell.bold));
            } else if (numeric(cell.type)) {
                const double v = sheet_value(cell);
                if (!cell.text.empty()) {
                    // A display override keeps the number for formulas, sums and charts: shown
                    // through a number format when it is the number written otherwise ("20.379"
                    // in a column of 3 decimals), else through a literal format code ("cơ bản
                    // không còn"), else (too many distinct texts, or a '"') as text. In a formula
                    // column it marks a row the formula does not cover: the value, no formula.
                    const std::string text = cell_text(cell.text, where);
                    Style s = cw.base;
                    s.bold = cell.bold;
                    if (auto code = display_format(text, cell.number, cell.type)) {
                        s.num_format = *code;
                    } else if (literal_formats < 1000) {
                        s.num_format = literal_format(text);
                        literal_formats += s.num_format.empty() ? 0 : 1;
                    }
                    if (!s.num_format.empty()) {
                        f = fm.get(s);
                        err = worksheet_write_number(ws, row, c, v, f);
                    } else {
                        err = worksheet_write_string(ws, row, c, text.c_str(), cw.formats[1][cell.bold ? 1 : 0]);
                    }
                } else if (cw.formula) {
                    live = true;
                    err = worksheet_write_formula_num(ws, row, c, cw.formula->at(row).c_str(), f, v);
                } else {
                    err = worksheet_write_number(ws, row, c, v, f);
                }
                if (measure) cw.widest = std::max(cw.widest, text_width(vi::cell(cell, col.decimals, col.unit), cell.bold));
            } else if (!cell.text.empty()) {
                const std::string text = cell_text(cell.text, where);
                // A text formula's value ("đạt") with its formula; text in an Empty cell, or in a
                // numeric column ("—"), is a value the formula does not cover (document.hpp).
                live = cw.formula && cell.type == CellType::Text && col.type == CellType::Text;
                if (live)
                    err = worksheet_write_formula_str(ws, row, c, cw.formula->at(row).c_str(),
                                                      cw.formats[1][cell.bold ? 1 : 0], text.c_str());
                else
                    err = worksheet_write_string(ws, row, c, text.c_str(), cw.formats[1][cell.bold ? 1 : 0]);
                if (measure) cw.widest = std::max(cw.widest, text_width(text, cell.bold));
            } else if (cw.formula && cell.type == CellType::Empty) {
                // Not computed yet: the guarded formula, showing blank, in the column's number
                // format, so that it fills in when a clerk types the missing input. (A Text
                // cell, "—", says the formula does not apply to the row: see above.)
                live = true;
                err = worksheet_write_formula_str(ws, row, c, cw.formula->at(row).c_str(),
                                                  cw.formats[static_cast<std::size_t>(col.type)][cell.bold ? 1 : 0], "");
            } else {
                // Unknown is not zero: a blank cell.
                err = worksheet_write_blank(ws, row, c, f);
            }
            check(err, where);
            if (live) cw.wrote_formula(row);
        }
        if (p.keyed) {
            const std::string key = row_key(cells);
            if (!key.empty())
                check(worksheet_write_string(ws, row, ncols, cell_text(key, [&] { return where_data(p, i, 0); }).c_str(), nullptr),
                      [&] { return where_data(p, i, 0) + " key"; });
        }
    }

    for (lxw_col_t c = 0; c < ncols; ++c)
        for (const auto& [first, last] : cols[c].formula_rows) book.formula_columns.push_back({p.sheet, first, last, c});

    // A text column's cells are text because the report says so ("2025" in "Năm gốc", "1.1" in
    // TT): Excel's "number stored as text" triangle would only invite a clerk to convert them.
    // The writer never retypes a cell by its look.
    if (p.rows > 0) {
        std::string ranges;
        for (lxw_col_t c = 0; c < ncols; ++c) {
            if (t.columns[c].type != CellType::Text) continue;
            ranges += (ranges.empty() ? "" : " ") + cell_name(p.first_data_row, c) + ":" +
                      cell_name(static_cast<lxw_row_t>(p.first_data_row + p.rows - 1), c);
        }
        if (!ranges.empty())
            check(worksheet_ignore_errors(ws, LXW_IGNORE_NUMBER_STORED_AS_TEXT, ranges.c_str()),
                  [&] { return "sheet '" + p.sheet + "': text columns"; });
    }

    // Totals.
    lxw_row_t next = static_cast<lxw_row_t>(p.first_data_row + p.rows);
    if (!t.totals.empty()) {
        if (t.totals.size() != ncols)
            throw ExportError("table '" + t.id + "', totals row: " + std::to_string(t.totals.size()) +
                              " cells; expected one per column (" + std::to_string(ncols) + ")");
        const lxw_row_t row = next++;
        for (lxw_col_t c = 0; c < ncols; ++c) {
            ColumnWriter& cw = cols[c];
            const doc::Column& col = *cw.column;
            const doc::Cell& total = t.totals[c];
            auto where = [&] { return where_cell(p, row, c, "totals, column '" + col.key + "'"); };
            const CellType type = numeric(col.type) ? col.type : CellType::Decimal;
            lxw_format* f = cw.formats[static_cast<std::size_t>(type)][1];
            lxw_error err = LXW_NO_ERROR;
            if (col.total == doc::Aggregate::Sum && p.rows > 0) {
                // A live SUM, cached with the engine's exact total; blank while the column holds
                // no number (a sum of nothing known is not 0), as the engine's total is then.
                const std::string range = cell_name(p.first_data_row, c) + ":" +
                                          cell_name(static_cast<lxw_row_t>(row - 1), c);
                const std::string formula = "=IF(COUNT(" + range + ")=0,\"\",SUM(" + range + "))";
                err = numeric(total.type)
                          ? worksheet_write_formula_num(ws, row, c, formula.c_str(), f, sheet_value(total))
                          : worksheet_write_formula_str(ws, row, c, formula.c_str(), f, "");
                cw.widest = std::max(cw.widest, text_width(vi::cell(total, col.decimals, col.unit), true));
            } else if (total.type == CellType::Text) {
                const std::string label = cell_text(total.text, where);
                err = worksheet_write_string(ws, row, c, label.c_str(), cw.formats[1][1]);
                cw.widest = std::max(cw.widest, text_width(label, true));
            } else {
                err = worksheet_write_blank(ws, row, c, cw.formats[1][1]);
            }
            check(err, where);
        }
    }

    // Column widths: what was measured, the header's longest line wrapping beyond 40.
    double total_width = 0;
    for (lxw_col_t c = 0; c < ncols; ++c) {
        const double w = fitted_width(text_width(t.columns[c].title, true), cols[c].widest);
        total_width += w;
        check(worksheet_set_column(ws, c, c, w, nullptr), [&] { return "sheet '" + p.sheet + "': column widths"; });
    }

    if (p.keyed) hide_key_column(p);

    // Notes under the table, merged across it and wrapped.
    if (!t.notes.empty()) {
        ++next;
        Style s;
        s.italic = true;
        s.wrap = true;
        s.top = true;
        s.size = 11;
        for (const std::string& note : t.notes) {
            const lxw_row_t row = next++;
            banner(row, note, s, "note");
            const double per_line = std::max(total_width * 1.1, 10.0);
            const auto lines = static_cast<std::size_t>(std::ceil(text_width(note) / per_line));
            if (lines > 1)
                check(worksheet_set_row(ws, row, std::min(409.0, row_height(lines, 11)), nullptr),
                      [&] { return where_cell(p, row, 0, "note"); });
        }
    }


    p.end_row = next;
    p.width = total_width;
    protect_sheet(ws);

    PageSetup page;
    page.landscape = t.landscape_hint || total_width > portrait_width_units(book.doc.layout);
    page.repeat_row = p.header_row;
    page.title = t.title.empty() ? book.doc.meta.title : t.title;
    setup_page(book, ws, p.sheet, page);
}

}  // namespace wardreport::xlsx
