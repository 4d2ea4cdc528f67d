// Column widths of a table, as the pdf plugin sets them: the columns' relative widths shared out
// over the text width, then each column raised to its longest word, the width taken back from
// the text columns first, then from the others.
#pragma once

#include <vector>

namespace wardreport::docx {

struct ColumnNeed {
    double share = 1;  // doc::Column::width
    double word = 0;   // the longest word, padding included, in points
    bool text = true;  // a text column (gives width before number columns do)
};

// Widths in points summing to `total`. When the longest words cannot all fit, the shares stand
// (Word wraps inside words then).
std::vector<double> fit_columns(const std::vector<ColumnNeed>& needs, double total);

}  // namespace wardreport::docx
