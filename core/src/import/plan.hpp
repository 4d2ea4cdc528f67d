// What a filled workbook would change in the ward's data file: read through the workbook's own
// mapping (inputs.hpp of the xlsx plugin: defined names and the hidden sheet 'wardreport'),
// checked against the ward model, each change with the cells it came from.
#pragma once

#include "import/xlsx_reader.hpp"

#include <wardreport/decimal.hpp>
#include <wardreport/model.hpp>

#include "util/diagnostics.hpp"

#include <optional>
#include <string>
#include <vector>

namespace wardreport::import {

// The workbook format version this engine reads (the xlsx plugin's workbook_format_version).
constexpr int supported_workbook_version = 1;

// A target's result for a year: changed (old set) or new (a year the data file does not have).
// Or a statistics figure (figure set, figures.hpp): the figure's old and new value, value_cell
// where it was typed (target, year and year_cell unused).
struct Change {
    std::string figure;                 // "geography.population.value"; empty for a target's result
    std::string target;                 // target id
    std::string target_name;
    int year = 0;
    std::optional<Decimal> old_value;   // nullopt: a new year
    Decimal new_value;
    CellAddress year_cell, value_cell;
    std::optional<Decimal> total;       // a total over the term: the typed total new_value adds up to
    // A qualitative target's assessment (its `status`): old and new, nullopt for none ("chưa đánh
    // giá"); value_cell where it was picked. year, values and year_cell unused.
    bool assessment = false;
    std::optional<TargetStatus> old_status, new_status;
};

// The word of the data file's `status:` for an assessment ("achieved"); Unknown has none.
const char* status_key(TargetStatus s);

// The changes, or nullopt with the reasons in `diags` (file: the workbook). Warnings (a value
// left empty, a formula overwritten) do not stop the import.
std::optional<std::vector<Change>> plan_import(const XlsxWorkbook& wb, const Ward& ward, const std::string& workbook,
                                               Diagnostics& diags);

}  // namespace wardreport::import
