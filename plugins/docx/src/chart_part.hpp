// word/charts/chartN.xml: a native DrawingML chart (a pie, or columns with an optional reference
// line) whose series point into the embedded workbook's cells and cache their values, so Word
// draws it at once and "Edit Data" opens the figures.
#pragma once

#include "chart_data.hpp"

#include <wardreport/document.hpp>

#include <string>

namespace wardreport::docx {

// The relationship id, in the chart's own relationships, of its embedded workbook.
inline constexpr const char* kChartWorkbookRelId = "rIdWorkbook";

std::string chart_part(const ChartData& data, const doc::Layout& layout, const std::string& font);

}  // namespace wardreport::docx
