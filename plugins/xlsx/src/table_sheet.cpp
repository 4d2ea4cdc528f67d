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

namespace {

// The steps of writing one table's sheet, in the order libxlsxwriter's constant-memory mode
// needs (a row once left cannot be written again).
class TableWriter {
public:
    TableWriter(Book& book, TablePlacement& p)
        : book_(book), p_(p), t_(*p.table), ws_(p.ws), fm_(book.formats), ncols_(p.columns),
          last_col_(ncols_ > 0 ? static_cast<lxw_col_t>(ncols_ - 1) : 0), cols_(ncols_) {}

    void write() {
        write_title_block();
        write_header();
        start_filter();
        std::vector<doc::Cell> cells;
        for (std::size_t i = 0; i < p_.rows; ++i) write_row(i, cells);
        for (lxw_col_t c = 0; c < ncols_; ++c)
            for (const auto& [first, last] : cols_[c].formula_rows) book_.formula_columns.push_back({p_.sheet, first, last, c});
        ignore_text_columns();
        lxw_row_t next = static_cast<lxw_row_t>(p_.first_data_row + p_.rows);
        if (!t_.totals.empty()) write_totals(next++);
        const double total_width = set_widths();
        if (p_.keyed) hide_key_column(p_);
        write_notes(next, total_width);
        finish(next, total_width);
    }

private:
    Book& book_;
    TablePlacement& p_;
    const doc::Table& t_;
    lxw_worksheet* ws_;
    Formats& fm_;
    const lxw_col_t ncols_;
    const lxw_col_t last_col_;
    std::vector<ColumnWriter> cols_;
    std::size_t literal_formats_ = 0;

    // Merged across the table's width; a one-column table has nothing to merge.
    void banner(lxw_row_t row, const std::string& text, const Style& style, const char* what) {
        const std::string s = cell_text(text, [&] { return where_cell(p_, row, 0, what); });
        lxw_format* f = fm_.get(style);
        if (ncols_ > 1)
            check(worksheet_merge_range(ws_, row, 0, row, last_col_, s.c_str(), f),
                  [&] { return where_cell(p_, row, 0, what); });
        else
            check(worksheet_write_string(ws_, row, 0, s.c_str(), f), [&] { return where_cell(p_, row, 0, what); });
    }

    void write_title_block() {
        if (!t_.title.empty()) {
            Style s;
            s.bold = true;
            s.size = 14;
            s.align = doc::Align::Center;
            banner(p_.title_row, t_.title, s, "title");
            check(worksheet_set_row(ws_, p_.title_row, row_height(1, 14), nullptr),
                  [&] { return where_cell(p_, p_.title_row, 0, "title"); });
        }
        if (!t_.unit_note.empty()) {
            Style s;
            s.italic = true;
            s.align = doc::Align::Right;
            banner(p_.unit_row, t_.unit_note, s, "unit note");
        }
    }

    // The formats of a column's cells, by the cell's own type and boldness.
    void prepare_formats(ColumnWriter& cw, const doc::Column& col) {
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
                cw.formats[static_cast<std::size_t>(type)][static_cast<std::size_t>(bold)] = fm_.get(s);
            }
        }
    }

    void write_header() {
        std::size_t header_lines = 1;
        Style header_style;
        header_style.bold = true;
        header_style.align = doc::Align::Center;
        header_style.wrap = true;
        header_style.border = true;
        header_style.fill = true;
        for (lxw_col_t c = 0; c < ncols_; ++c) {
            const doc::Column& col = t_.columns[c];
            ColumnWriter& cw = cols_[c];
            cw.column = &col;
            if (!col.formula.empty()) cw.formula = RowFormula::compile(t_.columns, c, t_.id);
            auto where = [&] { return where_cell(p_, p_.header_row, c, "header of column '" + col.key + "'"); };
            const std::string title = cell_text(col.title, where);
            cell_text(col.unit, [&] { return where_cell(p_, p_.header_row, c, "unit of column '" + col.key + "'"); });
            check(worksheet_write_string(ws_, p_.header_row, c, title.c_str(), fm_.get(header_style)), where);
            header_lines = std::max(header_lines, line_count(title));
            prepare_formats(cw, col);
        }
        check(worksheet_set_row(ws_, p_.header_row, row_height(header_lines, 12), nullptr),
              [&] { return where_cell(p_, p_.header_row, 0, "header"); });
    }

    // Before the data: in constant-memory mode libxlsxwriter refuses ranges starting above the
    // row being written.
    void start_filter() {
        worksheet_freeze_panes(ws_, static_cast<lxw_row_t>(p_.header_row + 1), 0);
        p_.keyed = ncols_ < LXW_COL_MAX - 1 && has_inputs(t_);
        if (p_.rows > 0 && ncols_ > 0)
            check(worksheet_autofilter(ws_, p_.header_row, 0, static_cast<lxw_row_t>(p_.first_data_row + p_.rows - 1),
                                       p_.keyed ? ncols_ : last_col_),
                  [&] { return "sheet '" + p_.sheet + "': autofilter"; });
    }

    void write_row(std::size_t i, std::vector<doc::Cell>& cells) {
        cells.clear();
        t_.rows->row(i, cells);
        if (cells.size() != ncols_)
            throw ExportError("table '" + t_.id + "', row " + std::to_string(i + 1) + ": " +
                              std::to_string(cells.size()) + " cells; expected one per column (" +
                              std::to_string(ncols_) + ")");
        const auto row = static_cast<lxw_row_t>(p_.first_data_row + i);
        for (lxw_col_t c = 0; c < ncols_; ++c) write_cell(i, row, c, cells[c]);
        if (p_.keyed) {
            const std::string key = row_key(cells);
            if (!key.empty())
                check(worksheet_write_string(ws_, row, ncols_, cell_text(key, [&] { return where_data(p_, i, 0); }).c_str(), nullptr),
                      [&] { return where_data(p_, i, 0) + " key"; });
        }
    }

    void write_cell(std::size_t i, lxw_row_t row, lxw_col_t c, const doc::Cell& cell) {
        ColumnWriter& cw = cols_[c];
        const doc::Column& col = *cw.column;
        const bool measure = i < width_sample_rows;
        lxw_format* f = cw.formats[static_cast<std::size_t>(cell.type)][cell.bold ? 1 : 0];
        auto where = [&] { return where_data(p_, i, c); };
        lxw_error err = LXW_NO_ERROR;
        bool live = false;  // the cell holds the column's formula
        if (!cell.input.empty()) {
            err = write_input(book_, p_, row, c, cell, col, cw.base);
            if (measure) cw.widest = std::max(cw.widest, text_width(vi::cell(cell, col.decimals, col.unit), cell.bold));
        } else if (numeric(cell.type)) {
            err = write_number(cw, row, c, cell, f, live, where);
            if (measure) cw.widest = std::max(cw.widest, text_width(vi::cell(cell, col.decimals, col.unit), cell.bold));
        } else if (!cell.text.empty()) {
            const std::string text = cell_text(cell.text, where);
            // A text formula's value ("đạt") with its formula; text in an Empty cell, or in a
            // numeric column ("—"), is a value the formula does not cover (document.hpp).
            live = cw.formula && cell.type == CellType::Text && col.type == CellType::Text;
            if (live)
                err = worksheet_write_formula_str(ws_, row, c, cw.formula->at(row).c_str(),
                                                  cw.formats[1][cell.bold ? 1 : 0], text.c_str());
            else
                err = worksheet_write_string(ws_, row, c, text.c_str(), cw.formats[1][cell.bold ? 1 : 0]);
            if (measure) cw.widest = std::max(cw.widest, text_width(text, cell.bold));
        } else if (cw.formula && cell.type == CellType::Empty) {
            // Not computed yet: the guarded formula, showing blank, in the column's number
            // format, so that it fills in when a clerk types the missing input. (A Text
            // cell, "—", says the formula does not apply to the row: see above.)
            live = true;
            err = worksheet_write_formula_str(ws_, row, c, cw.formula->at(row).c_str(),
                                              cw.formats[static_cast<std::size_t>(col.type)][cell.bold ? 1 : 0], "");
        } else {
            // Unknown is not zero: a blank cell.
            err = worksheet_write_blank(ws_, row, c, f);
        }
        check(err, where);
        if (live) cw.wrote_formula(row);
    }

    template <typename Where>
    lxw_error write_number(ColumnWriter& cw, lxw_row_t row, lxw_col_t c, const doc::Cell& cell, lxw_format* f,
                           bool& live, const Where& where) {
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
            } else if (literal_formats_ < 1000) {
                s.num_format = literal_format(text);
                literal_formats_ += s.num_format.empty() ? 0 : 1;
            }
            if (!s.num_format.empty()) return worksheet_write_number(ws_, row, c, v, fm_.get(s));
            return worksheet_write_string(ws_, row, c, text.c_str(), cw.formats[1][cell.bold ? 1 : 0]);
        }
        if (cw.formula) {
            live = true;
            return worksheet_write_formula_num(ws_, row, c, cw.formula->at(row).c_str(), f, v);
        }
        return worksheet_write_number(ws_, row, c, v, f);
    }

    // A text column's cells are text because the report says so ("2025" in "Năm gốc", "1.1" in
    // TT): Excel's "number stored as text" triangle would only invite a clerk to convert them.
    // The writer never retypes a cell by its look.
    void ignore_text_columns() {
        if (p_.rows == 0) return;
        std::string ranges;
        for (lxw_col_t c = 0; c < ncols_; ++c) {
            if (t_.columns[c].type != CellType::Text) continue;
            ranges += (ranges.empty() ? "" : " ") + cell_name(p_.first_data_row, c) + ":" +
                      cell_name(static_cast<lxw_row_t>(p_.first_data_row + p_.rows - 1), c);
        }
        if (!ranges.empty())
            check(worksheet_ignore_errors(ws_, LXW_IGNORE_NUMBER_STORED_AS_TEXT, ranges.c_str()),
                  [&] { return "sheet '" + p_.sheet + "': text columns"; });
    }

    void write_totals(lxw_row_t row) {
        if (t_.totals.size() != ncols_)
            throw ExportError("table '" + t_.id + "', totals row: " + std::to_string(t_.totals.size()) +
                              " cells; expected one per column (" + std::to_string(ncols_) + ")");
        for (lxw_col_t c = 0; c < ncols_; ++c) {
            ColumnWriter& cw = cols_[c];
            const doc::Column& col = *cw.column;
            const doc::Cell& total = t_.totals[c];
            auto where = [&] { return where_cell(p_, row, c, "totals, column '" + col.key + "'"); };
            const CellType type = numeric(col.type) ? col.type : CellType::Decimal;
            lxw_format* f = cw.formats[static_cast<std::size_t>(type)][1];
            lxw_error err = LXW_NO_ERROR;
            if (col.total == doc::Aggregate::Sum && p_.rows > 0) {
                // A live SUM, cached with the engine's exact total; blank while the column holds
                // no number (a sum of nothing known is not 0), as the engine's total is then.
                const std::string range = cell_name(p_.first_data_row, c) + ":" +
                                          cell_name(static_cast<lxw_row_t>(row - 1), c);
                const std::string formula = "=IF(COUNT(" + range + ")=0,\"\",SUM(" + range + "))";
                err = numeric(total.type)
                          ? worksheet_write_formula_num(ws_, row, c, formula.c_str(), f, sheet_value(total))
                          : worksheet_write_formula_str(ws_, row, c, formula.c_str(), f, "");
                cw.widest = std::max(cw.widest, text_width(vi::cell(total, col.decimals, col.unit), true));
            } else if (total.type == CellType::Text) {
                const std::string label = cell_text(total.text, where);
                err = worksheet_write_string(ws_, row, c, label.c_str(), cw.formats[1][1]);
                cw.widest = std::max(cw.widest, text_width(label, true));
            } else {
                err = worksheet_write_blank(ws_, row, c, cw.formats[1][1]);
            }
            check(err, where);
        }
    }

    // Column widths: what was measured, the header's longest line wrapping beyond 40. Returns
    // the table's whole width.
    double set_widths() {
        double total_width = 0;
        for (lxw_col_t c = 0; c < ncols_; ++c) {
            const double w = fitted_width(text_width(t_.columns[c].title, true), cols_[c].widest);
            total_width += w;
            check(worksheet_set_column(ws_, c, c, w, nullptr), [&] { return "sheet '" + p_.sheet + "': column widths"; });
        }
        return total_width;
    }

    // Notes under the table, merged across it and wrapped.
    void write_notes(lxw_row_t& next, double total_width) {
        if (t_.notes.empty()) return;
        ++next;
        Style s;
        s.italic = true;
        s.wrap = true;
        s.top = true;
        s.size = 11;
        for (const std::string& note : t_.notes) {
            const lxw_row_t row = next++;
            banner(row, note, s, "note");
            const double per_line = std::max(total_width * 1.1, 10.0);
            const auto lines = static_cast<std::size_t>(std::ceil(text_width(note) / per_line));
            if (lines > 1)
                check(worksheet_set_row(ws_, row, std::min(409.0, row_height(lines, 11)), nullptr),
                      [&] { return where_cell(p_, row, 0, "note"); });
        }
    }

    void finish(lxw_row_t next, double total_width) {
        p_.end_row = next;
        p_.width = total_width;
        protect_sheet(ws_);
        PageSetup page;
        page.landscape = t_.landscape_hint || total_width > portrait_width_units(book_.doc.layout);
        page.repeat_row = p_.header_row;
        page.title = t_.title.empty() ? book_.doc.meta.title : t_.title;
        page.width = total_width;
        setup_page(book_, ws_, p_.sheet, page);
    }
};

}  // namespace

void write_table(Book& book, TablePlacement& p) { TableWriter(book, p).write(); }

}  // namespace wardreport::xlsx
