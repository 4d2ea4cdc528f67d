// Derived table columns: the engine's side of doc::Column::formula. The formula is parsed by the
// SDK's one parser (wardreport/formula.hpp, which spreadsheet writers use too) when the
// definition loads, and evaluated here so that every writer has the value.
#pragma once

#include <wardreport/formula.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace wardreport::report {

// What a formula's value, or a cell it reads, can be: unknown (monostate), a number, a text, or
// the truth of a comparison.
using Value = std::variant<std::monostate, double, std::string, bool>;

class Formula {
public:
    // nullopt with `error` (and the byte offset in `error_at`) on a syntax error.
    static std::optional<Formula> parse(const std::string& text, std::string& error, std::size_t& error_at);

    // The column keys the formula reads, in order of appearance.
    const std::vector<std::string>& references() const { return refs_; }

    // The value as the grammar defines it (wardreport/formula.hpp): unknown in, unknown out,
    // division by zero unknown, never 0. Arithmetic in double, as progress.hpp computes, so that
    // a formula that restates an engine rule gives the engine's value to the last bit.
    Value evaluate(const std::function<Value(const std::string&)>& cell) const;

    // The number the formula gives, or nullopt when it is unknown, not finite or not a number.
    std::optional<double> number(const std::function<Value(const std::string&)>& cell) const;

private:
    std::shared_ptr<const formula::Node> root_;
    std::vector<std::string> refs_;
};

}  // namespace wardreport::report
