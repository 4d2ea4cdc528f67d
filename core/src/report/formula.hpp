// Derived table columns: arithmetic over the same row's cells, as doc::Column::formula writes it:
// + - * / and parentheses over decimal numbers and {key} references. Parsed once when the
// definition loads; evaluated by the builder so that every writer has the value, while the
// formula itself goes to spreadsheets to stay live.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wardreport::report {

class Formula {
public:
    // nullopt with `error` (and the byte offset in `error_at`) on a syntax error.
    static std::optional<Formula> parse(const std::string& text, std::string& error, std::size_t& error_at);

    // The column keys the formula reads, in order of appearance.
    const std::vector<std::string>& references() const { return refs_; }

    // The value, or nullopt when a reference has no value or a division by zero occurs: an
    // unknown input gives an unknown result, never 0.
    std::optional<double> evaluate(const std::function<std::optional<double>(const std::string&)>& value) const;

    struct Node;

private:
    std::shared_ptr<const Node> root_;
    std::vector<std::string> refs_;
};

}  // namespace wardreport::report
