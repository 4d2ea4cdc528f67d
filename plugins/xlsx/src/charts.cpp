#include "charts.hpp"

#include "formula.hpp"
#include "print_setup.hpp"
#include "sheet_names.hpp"
#include "text_width.hpp"

#include <algorithm>
#include <cmath>

namespace wardreport::xlsx {

namespace {

constexpr lxw_row_t chart_rows = 20;      // rows a default-height chart covers (288 px)
constexpr double chart_width_px = 480;     // libxlsxwriter's default chart width
constexpr double px_per_width_unit = 7.0;  // one column-width unit in pixels (Calibri 11 '0')

std::string where_chart(const doc::Chart& c) { return "chart '" + c.id + "'"; }

// A literal title that starts with '=' would be read as a cell reference by libxlsxwriter.
std::string chart_text(const std::string& s, const doc::Chart& chart, const char* what) {
    std::string out = cell_text(s, [&] { return where_chart(chart) + ", " + what; });
    for (char& ch : out)
        if (ch == '\n') ch = ' ';
    if (!out.empty() && out[0] == '=') out.insert(0, " ");
    return out;
}

lxw_chart* new_chart(Book& book, const doc::Chart& chart) {
    lxw_chart* c = workbook_add_chart(book.wb, chart.kind == doc::ChartKind::Pie ? LXW_CHART_PIE : LXW_CHART_COLUMN);
    if (!c) throw ExportError("xlsx: " + where_chart(chart) + ": cannot create the chart");
    if (!chart.title.empty()) {
        chart_title_set_name(c, chart_text(chart.title, chart, "title").c_str());
    } else {
        chart_title_off(c);
    }
    if (chart.kind == doc::ChartKind::Pie) {
        chart_legend_set_position(c, LXW_CHART_LEGEND_RIGHT);
    } else {
        chart_legend_set_position(c, chart.series.size() > 1 ? LXW_CHART_LEGEND_BOTTOM : LXW_CHART_LEGEND_NONE);
    }
    return c;
}

void label_series(lxw_chart_series* s, const doc::Chart& chart, const std::string& num_format) {
    chart_series_set_labels(s);
    if (!num_format.empty()) chart_series_set_labels_num_format(s, num_format.c_str());
    if (chart.kind == doc::ChartKind::Pie) chart_series_set_labels_position(s, LXW_CHART_LABEL_POSITION_BEST_FIT);
    else chart_series_set_labels_position(s, LXW_CHART_LABEL_POSITION_OUTSIDE_END);
}

void value_axis_format(lxw_chart* c, const doc::Chart& chart, const std::string& num_format) {
    if (chart.kind == doc::ChartKind::Pie || num_format.empty()) return;
    chart_axis_set_num_format(c->y_axis, num_format.c_str());
}

lxw_chart_series* add_series(lxw_chart* c, const doc::Chart& chart) {
    lxw_chart_series* s = chart_add_series(c, nullptr, nullptr);
    if (!s) throw ExportError("xlsx: " + where_chart(chart) + ": cannot add a series");
    return s;
}

std::size_t column_index(const doc::Table& t, const std::string& key, const doc::Chart& chart, const char* what) {
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        if (t.columns[i].key == key) return i;
    std::string keys;
    for (const auto& c : t.columns) keys += (keys.empty() ? "" : ", ") + c.key;
    throw ExportError(where_chart(chart) + ": " + what + " '" + key + "' is not a column of table '" + t.id +
                      "'; expected one of: " + keys);
}

}  // namespace

void add_table_chart(Book& book, const doc::Chart& chart, TablePlacement& place) {
    const doc::Table& t = *place.table;
    if (place.rows == 0) return;  // nothing to draw; the table sheet says so already
    const std::size_t cat = column_index(t, chart.category_column, chart, "category column");
    lxw_chart* c = new_chart(book, chart);
    const auto first = place.first_data_row;
    const auto last = static_cast<lxw_row_t>(place.first_data_row + place.rows - 1);
    std::string num_format, axis_format;
    for (const doc::Series& series : chart.series) {
        const std::size_t col = column_index(t, series.column, chart, "series column");
        lxw_chart_series* s = add_series(c, chart);
        chart_series_set_categories(s, place.sheet.c_str(), first, static_cast<lxw_col_t>(cat), last,
                                    static_cast<lxw_col_t>(cat));
        chart_series_set_values(s, place.sheet.c_str(), first, static_cast<lxw_col_t>(col), last,
                                static_cast<lxw_col_t>(col));
        // The header cell names the series, so renaming the column renames the legend.
        chart_series_set_name_range(s, place.sheet.c_str(), place.header_row, static_cast<lxw_col_t>(col));
        const doc::Column& column = t.columns[col];
        num_format = number_format(column.type, column.decimals, column.unit);
        label_series(s, chart, num_format);
        // Whole numbers on the axis: "20%" steps, not "20.0%".
        axis_format = number_format(column.type, 0, column.unit);
    }
    value_axis_format(c, chart, axis_format);
    // Under the table (and under each other), about as wide as the table: beside it, a chart
    // would widen the printed area and shrink the table when fitted to the page width.
    const auto row = static_cast<lxw_row_t>(place.end_row + 1 + static_cast<lxw_row_t>(place.charts) * (chart_rows + 1));
    ++place.charts;
    lxw_chart_options opt{};
    opt.x_scale = std::clamp(place.width * px_per_width_unit, 400.0, 720.0) / chart_width_px;
    opt.y_scale = 1;
    opt.object_position = LXW_OBJECT_MOVE_DONT_SIZE;
    // Alt text for screen readers; libxlsxwriter copies it.
    std::string alt = chart.title.empty() ? std::string() : chart_text(chart.title, chart, "title");
    opt.description = alt.empty() ? nullptr : alt.data();
    check(worksheet_insert_chart_opt(place.ws, row, 0, c, &opt),
          [&] { return "sheet '" + place.sheet + "': " + where_chart(chart); });
}

void add_data_chart(Book& book, const doc::Chart& chart, lxw_worksheet* ws, const std::string& sheet) {
    Formats& fm = book.formats;
    const bool percent = chart.unit == "%";
    auto where = [&](lxw_row_t r, lxw_col_t c) { return "sheet '" + sheet + "', cell " + cell_name(r, c) + " (" + where_chart(chart) + ")"; };

    // Title, then a header row "category | series..." and one row per category.
    Style title;
    title.bold = true;
    title.size = 14;
    const std::string title_text = chart_text(chart.title, chart, "title");
    check(worksheet_write_string(ws, 0, 0, title_text.c_str(), fm.get(title)), [&] { return where(0, 0); });
    Style head;
    head.bold = true;
    head.border = true;
    head.fill = true;
    head.wrap = true;
    head.align = doc::Align::Center;
    const lxw_row_t header = 1;
    check(worksheet_write_string(ws, header, 0, "", fm.get(head)), [&] { return where(header, 0); });
    double cat_width = 10;
    for (std::size_t k = 0; k < chart.series.size(); ++k) {
        const auto col = static_cast<lxw_col_t>(k + 1);
        const std::string name = chart_text(chart.series[k].name, chart, "series name");
        check(worksheet_write_string(ws, header, col, name.c_str(), fm.get(head)), [&] { return where(header, col); });
        check(worksheet_set_column(ws, col, col, fitted_width(text_width(name, true), 10), nullptr),
              [&] { return where(header, col); });
    }
    // The decimals the values need, up to 3: the data are what the document's chart drew.
    int decimals = 0;
    for (const auto& s : chart.series)
        for (const auto& v : s.values)
            if (v)
                for (int d = decimals; d < 3 && std::fabs(*v * std::pow(10.0, d) - std::round(*v * std::pow(10.0, d))) > 1e-9; ++d)
                    decimals = d + 1;
    Style cat;
    cat.border = true;
    Style val;
    val.border = true;
    val.align = doc::Align::Right;
    val.num_format = number_format(percent ? doc::CellType::Percent : doc::CellType::Decimal, decimals, chart.unit, true);
    for (std::size_t i = 0; i < chart.categories.size(); ++i) {
        const auto row = static_cast<lxw_row_t>(header + 1 + i);
        const std::string name = chart_text(chart.categories[i], chart, "category");
        cat_width = std::max(cat_width, text_width(name));
        check(worksheet_write_string(ws, row, 0, name.c_str(), fm.get(cat)), [&] { return where(row, 0); });
        for (std::size_t k = 0; k < chart.series.size(); ++k) {
            const auto col = static_cast<lxw_col_t>(k + 1);
            const auto& values = chart.series[k].values;
            lxw_error err = LXW_NO_ERROR;
            if (i < values.size() && values[i])
                err = worksheet_write_number(ws, row, col, percent ? *values[i] / 100.0 : *values[i], fm.get(val));
            else
                err = worksheet_write_blank(ws, row, col, fm.get(val));
            check(err, [&] { return where(row, col); });
        }
    }
    check(worksheet_set_column(ws, 0, 0, fitted_width(0, cat_width), nullptr), [&] { return where(0, 0); });

    PageSetup page;
    page.title = chart.title;
    setup_page(book, ws, sheet, page);
    if (chart.categories.empty() || chart.series.empty()) return;

    lxw_chart* c = new_chart(book, chart);
    const auto first = static_cast<lxw_row_t>(header + 1);
    const auto last = static_cast<lxw_row_t>(header + chart.categories.size());
    for (std::size_t k = 0; k < chart.series.size(); ++k) {
        const auto col = static_cast<lxw_col_t>(k + 1);
        lxw_chart_series* s = add_series(c, chart);
        chart_series_set_categories(s, sheet.c_str(), first, 0, last, 0);
        chart_series_set_values(s, sheet.c_str(), first, col, last, col);
        chart_series_set_name_range(s, sheet.c_str(), header, col);
        label_series(s, chart, val.num_format);
    }
    value_axis_format(c, chart, number_format(percent ? doc::CellType::Percent : doc::CellType::Decimal, 0, chart.unit, true));
    const auto col = static_cast<lxw_col_t>(chart.series.size() + 2);
    check(worksheet_insert_chart(ws, header, col, c), [&] { return "sheet '" + sheet + "': " + where_chart(chart); });
}

}  // namespace wardreport::xlsx
