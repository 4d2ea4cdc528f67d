// Column::formula ("{actual} / {target} * 100") as an Excel formula of the same row ("=E5/D5").
//
// Percent columns hold fractions in the workbook (68,3% is 0.683 shown with "0.0%", the way
// Excel itself stores percentages), while document formulas work in percent points. So a
// reference to a percent column reads as (X5*100), and the formula of a percent column is
// divided by 100: "{actual} / {target} * 100" loses its "* 100" ("=E5/D5"), any other form gets
// "/100". The formula therefore gives exactly the fraction of the value the builder computed.
//
// Unknown is not zero: every formula is guarded so that it shows blank ("") while one of its
// inputs is not a number, and, when it divides by a cell, while that divisor is 0 — which is
// when the builder leaves the cell Empty. So a derived cell the builder could not compute still
// holds the formula and fills in when a clerk types the missing input.
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

    // The guarded formula for 0-based sheet row `row`, with its leading "=":
    // =IF(COUNT(D5,C5)<2,"",IFERROR(D5/C5,"")).
    std::string at(std::uint32_t row) const;

    // Just the arithmetic of row `row`, without "=" and guard: "D5/C5".
    std::string expression(std::uint32_t row) const;

    // Indexes (into the table's columns) of the columns the formula reads.
    const std::vector<std::size_t>& inputs() const { return inputs_; }

private:
    struct Part {
        std::string text;        // literal formula text before the reference
        std::string col;         // column letters of a reference; empty for the tail
    };
    std::vector<Part> parts_;
    std::vector<std::size_t> inputs_;
    std::vector<std::string> guard_cols_;  // letters of the distinct inputs, in order of use
    bool divides_by_cell_ = false;         // a '/' whose divisor is not a constant
};

}  // namespace wardreport::xlsx
