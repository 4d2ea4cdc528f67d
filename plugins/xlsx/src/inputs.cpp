#include "inputs.hpp"

#include "formula.hpp"
#include "print_setup.hpp"
#include "table_sheet.hpp"

#include <wardreport/decimal.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace wardreport::xlsx {

namespace {

bool numeric(doc::CellType t) { return t != doc::CellType::Empty && t != doc::CellType::Text; }

// A year (or any whole number) a text column holds: "2025".
std::optional<double> whole_number(const std::string& s) {
    if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stod(s);
}

std::string quoted_sheet(const std::string& sheet) {
    std::string q = "'";
    for (char c : sheet) q += c == '\'' ? std::string("''") : std::string(1, c);
    return q + "'";
}

// Data validation: a whole year in a text column of years, a number in a numeric one. The input
// title is the column's header when it fits Excel's 32 characters.
void validate(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const doc::Column& column, bool year, bool target,
              const std::function<std::string()>& where) {
    lxw_data_validation v{};
    std::string title = column.title;
    for (char& c : title) if (c == '\n') c = ' ';
    std::string input, error;
    if (year) {
        v.validate = LXW_VALIDATION_TYPE_INTEGER;
        // The years a data file may hold (the engine's load::first_year, last_year): a year the
        // workbook lets through, import must not refuse.
        v.minimum_number = 1900;
        v.maximum_number = 2100;
        input = target ? "Nhập năm của số liệu thực hiện, ví dụ 2026. Cột Thực hiện bên cạnh là số liệu của năm này."
                       : "Nhập năm của số liệu trên cùng dòng, ví dụ 2026.";
        error = "Năm phải là số nguyên từ 1900 đến 2100, ví dụ 2026.";
    } else {
        v.validate = LXW_VALIDATION_TYPE_DECIMAL;
        v.minimum_number = -1e15;
        v.maximum_number = 1e15;
        input = "Nhập số liệu" + (column.unit.empty() ? std::string() : " (" + column.unit + ")") +
                " bằng chữ số, ví dụ 42,3; để trống nếu chưa có số liệu.";
        error = "Ô này chỉ nhận số, ví dụ 42,3. Chữ (như \"năm mươi\") không được nhận.";
    }
    v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    v.ignore_blank = LXW_VALIDATION_ON;
    v.show_input = LXW_VALIDATION_ON;
    v.show_error = LXW_VALIDATION_ON;
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    std::string error_title = "Giá trị không hợp lệ";
    if (title.size() <= 32) v.input_title = title.data();  // bytes bound the characters from above
    v.input_message = input.data();
    v.error_title = error_title.data();
    v.error_message = error.data();
    check(worksheet_data_validation_cell(ws, row, col, &v), where);
}

// A qualitative target's assessment: one of the words of the list, picked from a drop-down.
void validate_assessment(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const std::function<std::string()>& where) {
    std::vector<std::string> words(assessment_words().begin(), assessment_words().end());
    std::vector<char*> list;
    std::string joined;
    for (std::string& w : words) {
        list.push_back(w.data());
        joined += (joined.empty() ? "" : ", ") + w;
    }
    list.push_back(nullptr);
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_LIST;
    v.value_list = list.data();
    v.ignore_blank = LXW_VALIDATION_ON;
    v.show_input = LXW_VALIDATION_ON;
    v.show_error = LXW_VALIDATION_ON;
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    std::string title = "Đánh giá";
    std::string input = "Chọn đánh giá của chỉ tiêu trong danh sách: " + joined + ".";
    std::string error_title = "Giá trị không hợp lệ";
    std::string error = "Chỉ nhận một trong các đánh giá: " + joined + ".";
    v.input_title = title.data();
    v.input_message = input.data();
    v.error_title = error_title.data();
    v.error_message = error.data();
    check(worksheet_data_validation_cell(ws, row, col, &v), where);
}

bool is_assessment(const std::string& path) {
    static const std::string field = ".status";
    return path.size() > field.size() && path.compare(path.size() - field.size(), field.size(), field) == 0;
}

}  // namespace

const std::vector<std::string>& assessment_words() {
    // progress.hpp's target_status_name, in the order a clerk reads them (tests hold them equal).
    static const std::vector<std::string> words{"đạt", "đúng tiến độ", "chậm tiến độ", "chưa đánh giá"};
    return words;
}

lxw_error write_input(Book& book, const TablePlacement& p, lxw_row_t row, lxw_col_t col, const doc::Cell& cell,
                      const doc::Column& column, Style base) {
    base.input = true;
    base.bold = cell.bold;
    auto where = [&] { return "sheet '" + p.sheet + "', cell " + cell_name(row, col) + " (input '" + cell.input + "')"; };
    const std::optional<double> year =
        cell.type == doc::CellType::Text && !is_assessment(cell.input) ? whole_number(cell.text) : std::nullopt;
    const bool year_column = column.type == doc::CellType::Text;
    lxw_error err = LXW_NO_ERROR;
    if (numeric(cell.type)) {
        // A figure written with fewer decimals than its column ("20.379" among "115,689") keeps
        // its own, as the other cells of the column do.
        const auto own = cell.text.empty() ? std::nullopt : display_format(cell.text, cell.number, cell.type);
        base.num_format = own ? *own : number_format(cell.type, column.decimals, column.unit);
        err = worksheet_write_number(p.ws, row, col, sheet_value(cell), book.formats.get(base));
    } else if (year) {
        base.num_format = "0";
        err = worksheet_write_number(p.ws, row, col, *year, book.formats.get(base));
    } else if (cell.type == doc::CellType::Text) {
        const std::string text = cell_text(cell.text, where);
        base.wrap = true;
        err = worksheet_write_string(p.ws, row, col, text.c_str(), book.formats.get(base));
    } else {
        if (year_column) base.num_format = "0";
        else if (numeric(column.type)) base.num_format = number_format(column.type, column.decimals, column.unit);
        err = worksheet_write_blank(p.ws, row, col, book.formats.get(base));
    }
    if (err != LXW_NO_ERROR) return err;
    if (is_assessment(cell.input)) validate_assessment(p.ws, row, col, where);
    else validate(p.ws, row, col, column, year_column, cell.input.rfind("resolution.targets.", 0) == 0, where);
    book.inputs.push_back({p.sheet, row, col, cell.input, p.columns});
    return LXW_NO_ERROR;
}

std::string input_formula(const Book& book, const std::string& path) {
    const auto dot = path.rfind('.');
    if (dot == std::string::npos || dot == 0 || path.find('"') != std::string::npos) return {};
    for (const InputBinding& in : book.inputs) {
        if (in.path != path) continue;
        const std::string sheet = quoted_sheet(in.sheet), value = column_letters(in.col), key = column_letters(in.key_col);
        return "=INDEX(" + sheet + "!$" + value + ":$" + value + ",MATCH(\"" + path.substr(0, dot) + "\"," + sheet +
               "!$" + key + ":$" + key + ",0))";
    }
    return {};
}

// Any row: a written-out table may leave its first rows to the engine (the area, converted from
// hectares on load, is not a clerk's input) and give inputs further down.
bool has_inputs(const doc::Table& table) {
    std::vector<doc::Cell> cells;
    for (std::size_t i = 0; i < table.size(); ++i) {
        table.rows->row(i, cells);
        if (!row_key(cells).empty()) return true;
    }
    return false;
}

std::string row_key(const std::vector<doc::Cell>& cells) {
    for (const doc::Cell& c : cells) {
        const auto dot = c.input.rfind('.');
        if (dot != std::string::npos && dot > 0) return c.input.substr(0, dot);
    }
    return {};
}

void hide_key_column(const TablePlacement& p) {
    lxw_row_col_options hidden{};
    hidden.hidden = LXW_TRUE;
    check(worksheet_set_column_opt(p.ws, p.columns, p.columns, 20, nullptr, &hidden),
          [&] { return "sheet '" + p.sheet + "': the hidden key column"; });
}

void protect_sheet(lxw_worksheet* ws) {
    lxw_protection options{};
    // In libxlsxwriter a set flag allows the action on the protected sheet.
    options.sort = LXW_TRUE;
    options.autofilter = LXW_TRUE;
    options.format_columns = LXW_TRUE;
    options.format_rows = LXW_TRUE;
    worksheet_protect(ws, nullptr, &options);
}

void write_bindings(Book& book) {
    if (book.inputs.empty()) return;
    lxw_worksheet* ws = workbook_add_worksheet(book.wb, binding_sheet_name);
    if (!ws) throw ExportError(std::string("xlsx: cannot add the hidden sheet '") + binding_sheet_name + "'");
    auto where = [] { return std::string("hidden sheet '") + binding_sheet_name + "'"; };
    const std::string ward = cell_text(book.doc.meta.ward, [] { return std::string("document's ward"); });
    const std::string report = cell_text(book.doc.report, [] { return std::string("document's report id"); });
    check(worksheet_write_string(ws, 0, 0, "wardreport workbook format", nullptr), where);
    check(worksheet_write_number(ws, 0, 1, workbook_format_version, nullptr), where);
    check(worksheet_write_string(ws, 1, 0, "ward", nullptr), where);
    check(worksheet_write_string(ws, 1, 1, ward.c_str(), nullptr), where);
    check(worksheet_write_string(ws, 2, 0, "report", nullptr), where);
    check(worksheet_write_string(ws, 2, 1, report.c_str(), nullptr), where);
    check(worksheet_write_string(ws, 4, 0, "name", nullptr), where);
    check(worksheet_write_string(ws, 4, 1, "model path", nullptr), where);
    check(worksheet_write_string(ws, 4, 2, "key column", nullptr), where);
    for (std::size_t i = 0; i < book.inputs.size(); ++i) {
        const InputBinding& in = book.inputs[i];
        const std::string name = "wardreport_input_" + std::to_string(i + 1);
        const std::string ref = "=" + quoted_sheet(in.sheet) + "!$" + column_letters(in.col) + "$" +
                                std::to_string(static_cast<std::uint64_t>(in.row) + 1);
        check(workbook_define_name(book.wb, name.c_str(), ref.c_str()), [&] { return "defined name " + name + " " + ref; });
        const std::string path = cell_text(in.path, where);
        const auto r = static_cast<lxw_row_t>(5 + i);
        check(worksheet_write_string(ws, r, 0, name.c_str(), nullptr), where);
        check(worksheet_write_string(ws, r, 1, path.c_str(), nullptr), where);
        check(worksheet_write_string(ws, r, 2, column_letters(in.key_col).c_str(), nullptr), where);
    }
    for (std::size_t i = 0; i < book.formula_columns.size(); ++i) {
        const Book::FormulaColumn& f = book.formula_columns[i];
        const std::string name = "wardreport_formulas_" + std::to_string(i + 1);
        const std::string letters = column_letters(f.col);
        const std::string ref = "=" + quoted_sheet(f.sheet) + "!$" + letters + "$" + std::to_string(static_cast<std::uint64_t>(f.first) + 1) +
                                ":$" + letters + "$" + std::to_string(static_cast<std::uint64_t>(f.last) + 1);
        check(workbook_define_name(book.wb, name.c_str(), ref.c_str()), [&] { return "defined name " + name + " " + ref; });
    }
    // Printed like every other sheet, should a clerk unhide and print it.
    PageSetup page;
    page.title = book.doc.meta.title;
    setup_page(book, ws, binding_sheet_name, page);
    worksheet_hide(ws);
    protect_sheet(ws);
}

}  // namespace wardreport::xlsx
