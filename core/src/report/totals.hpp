// The totals row of a table, computed once by the engine so that every format shows the same
// figures: exact Decimal sums, and unknown (never 0) where no row gives a number or the sum
// would overflow. Writers only draw doc::Table::totals.
#pragma once

#include <wardreport/document.hpp>

#include <string>
#include <vector>

namespace wardreport::report {

// One cell per column of `table` (its rows read once): a Sum column's exact total, or Empty;
// `label` in the first Label column; Empty elsewhere.
std::vector<doc::Cell> compute_totals(const doc::Table& table, const std::string& label);

}  // namespace wardreport::report
