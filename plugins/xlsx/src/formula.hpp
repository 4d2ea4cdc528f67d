// Column::formula ("{actual} / {target} * 100") as an Excel formula of the same row ("=E5/D5").
//
// Percent columns hold fractions in the workbook (68,3% is 0.683 shown with "0.0%", the way
// Excel itself stores percentages), while document formulas work in percent points. So a
// reference to a percent column reads as (X5*100), and the formula of a percent column is
// divided by 100: "{actual} / {target} * 100" loses its "* 100" ("=E5/D5"), any other form gets
// "/100". The formula therefore gives exactly the fraction of the value the builder computed.
#pragma once

#include <wardreport/document.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace wardreport::xlsx {

// "A" for 0, "AB" for 27.
std::string column_letters(std::size_t col);

class RowFormula {
public:
    // Compiles the formula of `columns[self]` of table `table_id`; columns sit at sheet columns
    // first_col + index. Throws ExportError naming table, column and what is wrong (syntax,
    // unknown or text column, a column referring to itself).
    RowFormula(const std::vector<doc::Column>& columns, std::size_t self, const std::string& table_id,
               std::size_t first_col = 0);

    // The formula for 0-based sheet row `row`, with its leading "=".
    std::string at(std::uint32_t row) const;

    // Indexes (into the table's columns) of the columns the formula reads.
    const std::vector<std::size_t>& inputs() const { return inputs_; }

private:
    struct Part {
        std::string text;        // literal formula text before the reference
        std::string col;         // column letters of a reference; empty for the tail
    };
    std::vector<Part> parts_;
    std::vector<std::size_t> inputs_;
};

}  // namespace wardreport::xlsx
