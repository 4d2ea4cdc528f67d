// The statistics figures a clerk updates in the statistics workbook (bao-cao-thong-ke's inputs):
// which model paths `wardreport import` reads back, and what the ward model holds there.
#pragma once

#include <wardreport/decimal.hpp>
#include <wardreport/model.hpp>

#include <optional>
#include <string>
#include <vector>

namespace wardreport::import {

struct Change;

struct FigureSlot {
    enum class Kind { Count, Amount, Year };  // a whole figure, a figure with decimals, a year
    Kind kind = Kind::Count;
    bool owner = false;              // the data file has the figure (or the budget year) at all
    std::optional<Decimal> current;  // what it holds at the path, if anything
};

// nullopt when `path` is none of the importable figures: geography.population|households
// .value|.year, party.basic_organisations|members.value, economy.cooperatives|enterprises|
// household_businesses.value, economy.budget_revenue.<year>.value|.plan, and the budget's blank
// row for a year the file does not have yet, economy.budget_revenue.new.year|.value|.plan.
std::optional<FigureSlot> figure_at(const Ward& ward, const std::string& path);

// The budget's blank row, once its cells are read (changes of economy.budget_revenue.new.*):
// its plan and result become changes of the year typed there (economy.budget_revenue.2026.value,
// a year the data file gets), the year's own change goes. A year the file has with the same
// figures (the workbook imported again) changes nothing. A row without a year, a year the file
// has with other figures or a row without a result is a problem, with its cell, in `problems`.
void place_new_budget_year(const Ward& ward, std::vector<Change>& changes, std::vector<std::string>& problems);

// What the message says a path accepts, for an unknown input.
constexpr const char* importable_figures =
    "geography.population|households .value|.year, party.basic_organisations|members.value, "
    "economy.cooperatives|enterprises|household_businesses.value, economy.budget_revenue.<year>.value|.plan, "
    "economy.budget_revenue.new.year|.value|.plan";

}  // namespace wardreport::import
