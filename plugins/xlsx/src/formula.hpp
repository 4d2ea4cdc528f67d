// Column::formula (parsed by the SDK's one parser, wardreport/formula.hpp) as an Excel formula of
// the same row: "{actual} / {target} * 100" becomes "=IF(COUNT(I5,G5)<2,"",IFERROR(I5/G5,""))".
//
// Percent columns hold fractions in the workbook (68,3% is 0.683 shown with "0.0%", the way
// Excel itself stores percentages), while document formulas work in percent points. So a
// reference to a percent column reads as (X5*100), and each value a percent column's formula
// can end with is divided by 100: a trailing "* 100" goes ("=E5/D5"), a number is divided
// ("100" is 1), anything else gets "/100". A text column's cell reads as VALUE(X5) in arithmetic
// ("2025" in a column of years); compared with a "text" it is read as it is, as is any cell.
//
// Unknown is not zero: the grammar's unknown (a blank input, a division by 0) becomes "". Each
// value the formula can end with (the whole, and each branch of an IF) is guarded so that it
// shows "" while one of the numeric cells it reads is not a number; IFERROR turns the errors of
// a division by a cell, of VALUE on a blank, or of a "" inside arithmetic into "" too. So a
// derived cell the engine could not compute still holds the formula and fills in when a clerk
// types the missing input, and the spreadsheet's value is the engine's.
#pragma once

#include <wardreport/document.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wardreport::xlsx {

// "A" for 0, "AB" for 27.
std::string column_letters(std::size_t col);

class RowFormula {
public:
    // Compiles the formula of `columns[self]` of table `table_id`; columns sit at sheet columns
    // first_col + index. nullopt when this writer's parser does not read the formula (a grammar
    // newer than the SDK it was built with): the writer then writes the cached values. Throws
    // ExportError naming table, column and what is wrong when the formula reads a column the
    // table does not have, or its own column.
    static std::optional<RowFormula> compile(const std::vector<doc::Column>& columns, std::size_t self,
                                             const std::string& table_id, std::size_t first_col = 0);

    // The guarded formula for 0-based sheet row `row`, with its leading "=".
    std::string at(std::uint32_t row) const;

    // Indexes (into the table's columns) of the columns the formula reads, in order of use.
    const std::vector<std::size_t>& inputs() const { return inputs_; }

private:
    RowFormula() = default;
    std::vector<std::string> pieces_;  // the formula split where the row number goes
    std::vector<std::size_t> inputs_;
};

}  // namespace wardreport::xlsx
