#include "report/totals.hpp"

#include <optional>

namespace wardreport::report {
namespace {

bool numeric(doc::CellType t) {
    return t == doc::CellType::Integer || t == doc::CellType::Decimal || t == doc::CellType::Percent ||
           t == doc::CellType::Money;
}

}  // namespace

std::vector<doc::Cell> compute_totals(const doc::Table& table, const std::string& label) {
    const std::size_t ncols = table.columns.size();
    std::vector<std::optional<Decimal>> sums(ncols);
    std::vector<bool> overflowed(ncols, false);
    std::vector<doc::Cell> row;
    for (std::size_t i = 0; i < table.size(); ++i) {
        row.clear();
        table.rows->row(i, row);
        for (std::size_t c = 0; c < ncols && c < row.size(); ++c) {
            if (table.columns[c].total != doc::Aggregate::Sum || !numeric(row[c].type) || overflowed[c]) continue;
            // A total past 64 bits is unknown rather than wrapped into a wrong figure.
            const auto sum = sums[c] ? Decimal::checked_add(*sums[c], row[c].number) : row[c].number;
            if (sum) sums[c] = *sum;
            else overflowed[c] = true;
        }
    }
    std::vector<doc::Cell> totals(ncols);
    bool labelled = false;
    for (std::size_t c = 0; c < ncols; ++c) {
        const doc::Column& col = table.columns[c];
        if (col.total == doc::Aggregate::Label && !labelled) {
            labelled = true;
            totals[c].type = doc::CellType::Text;
            totals[c].text = label;
        } else if (col.total == doc::Aggregate::Sum && sums[c] && !overflowed[c]) {
            totals[c].type = numeric(col.type) ? col.type : doc::CellType::Decimal;
            totals[c].number = *sums[c];
        }
        totals[c].bold = true;
    }
    return totals;
}

}  // namespace wardreport::report
