// The scalar values of the data format, parsed from the text as written (never through a
// double): numbers, whole numbers, booleans, dates, terms. Each parser returns the value or a
// message "what is wrong; what was expected" for the caller to place at the scalar's position.
#pragma once

#include <wardreport/decimal.hpp>
#include <wardreport/model.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace wardreport::load {

// The years a data file may hold (a date's, a term's, a figure's), and so the years `wardreport
// import` may write into it.
constexpr int first_year = 1900, last_year = 2100;

template <typename T>
using Parsed = std::variant<T, std::string>;  // the value, or what is wrong with it

// A number in machine notation ("115.689", "-2.1", "20379"). `quoted` tells that the scalar was
// written in quotes, which makes it text; Vietnamese notation ("115,689", "1.789" for a count,
// "68,3%") gets a message telling how to write it.
Parsed<Decimal> parse_number(std::string_view text, bool quoted);

// A whole number; "1.789" is explained as a thousands separator.
Parsed<std::int64_t> parse_integer(std::string_view text, bool quoted);

Parsed<bool> parse_boolean(std::string_view text);

// "2025-07-23" (ISO) or "23/7/2025" (Vietnamese day/month/year); the day must exist.
Parsed<Date> parse_date(std::string_view text);

// "2025-2030" (a hyphen or an en dash, spaces allowed); the end after the start.
Parsed<Term> parse_term(std::string_view text);

}  // namespace wardreport::load
