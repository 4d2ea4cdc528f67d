// The document one format writes: columns and input rows meant for other formats (`formats:` in
// a definition) left out, so pdf, docx and third-party plugins see a table as if the definition
// did not have them.
#pragma once

#include <wardreport/document.hpp>

#include <map>
#include <string>
#include <vector>

namespace wardreport::report {

// Per table id, per column key: the formats a column is written for (Definition::format_columns).
using FormatColumns = std::map<std::string, std::map<std::string, std::vector<std::string>>>;

// The columns (`formats:`) and the formulas (`formula_formats:`) written for some formats only;
// per table id, the formats a table's `input_row` is written for (every table that has one).
struct FormatLimits {
    FormatColumns columns, formulas;
    std::map<std::string, std::vector<std::string>> input_rows;
    bool empty() const { return columns.empty() && formulas.empty() && input_rows.empty(); }
};

// Whether `format` leaves out anything of `document`; for_format is needed only then.
bool leaves_out(const doc::Document& document, const FormatLimits& limits, const std::string& format);

// `document` without the columns not written for `format` (their headers, cells and totals),
// without the formulas not written for it (the cells keep the engine's values) and without the
// input rows not written for it (the last row of their table, where the builder puts it), a
// table left with none of its rows left out whole. The rows are a view over the original's (no
// copy of the cells is kept).
doc::Document for_format(const doc::Document& document, const FormatLimits& limits, const std::string& format);

}  // namespace wardreport::report
