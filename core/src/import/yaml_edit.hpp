// Writing imported results into the ward's data file as a clerk would: the text is edited at
// the lines the values live on (yaml-cpp's marks say where), so comments, key order, quoting and
// blank lines stay as the clerk left them. Nothing is re-dumped.
#pragma once

#include "import/plan.hpp"

#include "util/diagnostics.hpp"

#include <optional>
#include <string>
#include <vector>

namespace wardreport::import {

// `text` with each change applied: a changed result's value replaced where it is written, a new
// year's result added as "- {year: 2026, value: 42.3}" after the target's last result (or under a
// new 'actuals:' at the end of the target); a statistics figure's value replaced, or its key
// added to the figure's mapping (a plain number given a year becomes {value: …, year: …}); a
// file's first budget year gets its 'budget_revenue:' list (and 'economy:' section) written
// where the data format puts them. nullopt, with the reason in `diags` (file: `name`),
// when a change cannot be placed without rewriting the clerk's layout (a flow-style target).
std::optional<std::string> apply_changes(const std::string& text, const std::vector<Change>& changes,
                                         const std::string& name, Diagnostics& diags);

}  // namespace wardreport::import
