// The statistics figures a clerk updates in the statistics workbook (bao-cao-thong-ke's inputs):
// which model paths `wardreport import` reads back, and what the ward model holds there.
#pragma once

#include <wardreport/decimal.hpp>
#include <wardreport/model.hpp>

#include <optional>
#include <string>

namespace wardreport::import {

struct FigureSlot {
    enum class Kind { Count, Amount, Year };  // a whole figure, a figure with decimals, a year
    Kind kind = Kind::Count;
    bool owner = false;              // the data file has the figure (or the budget year) at all
    std::optional<Decimal> current;  // what it holds at the path, if anything
};

// nullopt when `path` is none of the importable figures: geography.population|households
// .value|.year, party.basic_organisations|members.value, economy.cooperatives|enterprises|
// household_businesses.value, economy.budget_revenue.<year>.value|.plan.
std::optional<FigureSlot> figure_at(const Ward& ward, const std::string& path);

// What the message says a path accepts, for an unknown input.
constexpr const char* importable_figures =
    "geography.population|households .value|.year, party.basic_organisations|members.value, "
    "economy.cooperatives|enterprises|household_businesses.value, economy.budget_revenue.<year>.value|.plan";

}  // namespace wardreport::import
