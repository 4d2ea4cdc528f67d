// The document one format writes: columns meant for other formats (`formats:` in a definition)
// left out, so pdf, docx and third-party plugins see a table as if the column did not exist.
#pragma once

#include <wardreport/document.hpp>

#include <map>
#include <string>
#include <vector>

namespace wardreport::report {

// Per table id, per column key: the formats a column is written for (Definition::format_columns).
using FormatColumns = std::map<std::string, std::map<std::string, std::vector<std::string>>>;

// The columns (`formats:`) and the formulas (`formula_formats:`) written for some formats only.
struct FormatLimits {
    FormatColumns columns, formulas;
    bool empty() const { return columns.empty() && formulas.empty(); }
};

// Whether `format` leaves out any column or formula of `document`; for_format is needed only then.
bool drops_columns(const doc::Document& document, const FormatLimits& limits, const std::string& format);

// `document` without the columns not written for `format` (their headers, cells and totals) and
// without the formulas not written for it (the cells keep the engine's values). The rows are a
// view over the original's (no copy of the cells is kept).
doc::Document for_format(const doc::Document& document, const FormatLimits& limits, const std::string& format);

}  // namespace wardreport::report
