// A chart's data as both its part and its embedded workbook lay it out: categories down column
// A from row 2, one column per series from B, the series' names in row 1.
#pragma once

#include <wardreport/document.hpp>

#include <optional>
#include <string>
#include <vector>

namespace wardreport::docx {

struct ChartSeries {
    std::string name;
    std::vector<std::optional<double>> values;
    std::string format;  // number format of its values: "0.0", "#,##0"
    bool reference = false;  // the reference line (a line across the bars)
};

struct ChartData {
    doc::ChartKind kind = doc::ChartKind::Pie;
    std::string category_title;
    std::vector<std::string> categories;
    std::vector<ChartSeries> series;
    std::optional<Date> date;  // the document's, for the workbook's properties
};

inline constexpr const char* kChartSheet = "Sheet1";

// "B" for series 0, "C" for series 1, ...
inline std::string series_column(std::size_t k) { return std::string(1, static_cast<char>('B' + k)); }

}  // namespace wardreport::docx
