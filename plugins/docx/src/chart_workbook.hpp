// The workbook embedded in a chart part, so that Word's "Edit Data" opens the chart's figures:
// written with libxlsxwriter to `scratch` (a file the plugin may write: its own output, later
// overwritten by the document), read back, its properties dated from the document.
#pragma once

#include "chart_data.hpp"

#include <string>

namespace wardreport::docx {

std::string chart_workbook(const ChartData& data, const std::string& scratch, const std::string& where);

}  // namespace wardreport::docx
