#include "chart_workbook.hpp"

#include <wardreport/exporter.hpp>

#include <xlsxwriter.h>

#include <cstdint>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace wardreport::docx {
namespace {

// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<std::int64_t>(y - era * 400);
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// The document's date at midnight UTC, or the zip epoch: never the clock (libxlsxwriter reads
// the clock when `created` is 0).
std::time_t created(const std::optional<Date>& date) {
    if (date && date->year >= 1980)
        return static_cast<std::time_t>(days_from_civil(date->year, static_cast<unsigned>(date->month),
                                                        static_cast<unsigned>(date->day)) * 86400);
    return static_cast<std::time_t>(days_from_civil(1980, 1, 1) * 86400);
}

void check(lxw_error e, const std::string& where, const char* what) {
    if (e != LXW_NO_ERROR) throw ExportError("docx: " + where + ": " + what + ": " + lxw_strerror(e));
}

}  // namespace

std::string chart_workbook(const ChartData& data, const std::string& scratch, const std::string& where) {
    const std::filesystem::path path(scratch);
    std::string tmpdir = path.parent_path().empty() ? std::string(".") : path.parent_path().string();
    lxw_workbook_options opts{};
    opts.tmpdir = tmpdir.data();
    lxw_workbook* wb = workbook_new_opt(scratch.c_str(), &opts);
    if (!wb) throw ExportError("docx: " + where + ": cannot start the chart's workbook");
    lxw_doc_properties props{};
    props.created = created(data.date);
    lxw_error err = workbook_set_properties(wb, &props);
    lxw_worksheet* ws = err == LXW_NO_ERROR ? workbook_add_worksheet(wb, kChartSheet) : nullptr;
    if (!ws) {
        workbook_close(wb);
        check(err == LXW_NO_ERROR ? LXW_ERROR_MEMORY_MALLOC_FAILED : err, where, "the chart's workbook");
    }
    err = worksheet_write_string(ws, 0, 0, data.category_title.c_str(), nullptr);
    for (std::size_t r = 0; r < data.categories.size() && err == LXW_NO_ERROR; ++r)
        err = worksheet_write_string(ws, static_cast<lxw_row_t>(r + 1), 0, data.categories[r].c_str(), nullptr);
    for (std::size_t k = 0; k < data.series.size() && err == LXW_NO_ERROR; ++k) {
        const ChartSeries& s = data.series[k];
        const auto col = static_cast<lxw_col_t>(k + 1);
        err = worksheet_write_string(ws, 0, col, s.name.c_str(), nullptr);
        for (std::size_t r = 0; r < s.values.size() && err == LXW_NO_ERROR; ++r)
            if (s.values[r])  // an unknown value stays a blank cell, never 0
                err = worksheet_write_number(ws, static_cast<lxw_row_t>(r + 1), col, *s.values[r], nullptr);
    }
    if (err == LXW_NO_ERROR) err = worksheet_set_column(ws, 0, 0, 40, nullptr);
    const lxw_error closed = workbook_close(wb);
    check(err, where, "the chart's workbook");
    check(closed, where, "writing the chart's workbook");
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) throw ExportError("docx: " + where + ": cannot read back the chart's workbook");
    if (bytes.empty()) throw ExportError("docx: " + where + ": the chart's workbook came out empty");
    return bytes;
}

}  // namespace wardreport::docx
