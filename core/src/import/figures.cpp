#include "import/figures.hpp"

#include "import/plan.hpp"
#include "util/i18n.hpp"

#include <algorithm>
#include <map>

namespace wardreport::import {

namespace {

FigureSlot quantity(const std::optional<Quantity>& q, const std::string& field) {
    FigureSlot s;
    s.owner = q.has_value();
    if (field == "year") {
        s.kind = FigureSlot::Kind::Year;
        if (q && q->year) s.current = Decimal::integer(*q->year);
    } else if (q) {
        s.current = q->value;
    }
    return s;
}

const std::string budget_prefix = "economy.budget_revenue.";
const std::string new_year = "new";

std::optional<FigureSlot> budget(const Ward& ward, const std::string& rest) {
    const auto dot = rest.find('.');
    if (dot == std::string::npos) return std::nullopt;
    const std::string year = rest.substr(0, dot), field = rest.substr(dot + 1);
    FigureSlot s;
    if (year == new_year) {
        // The blank row: nothing there yet; place_new_budget_year checks the year against the file.
        if (field != "value" && field != "plan" && field != "year") return std::nullopt;
        s.kind = field == "year" ? FigureSlot::Kind::Year : FigureSlot::Kind::Amount;
        s.owner = true;
        return s;
    }
    if (field != "value" && field != "plan") return std::nullopt;
    s.kind = FigureSlot::Kind::Amount;
    for (const BudgetRevenue& b : ward.economy.budget_revenue)
        if (std::to_string(b.year) == year) {
            s.owner = true;
            s.current = field == "plan" ? b.plan : std::optional<Decimal>(b.value);
        }
    return s;
}

}  // namespace

std::optional<FigureSlot> figure_at(const Ward& ward, const std::string& path) {
    if (path.compare(0, budget_prefix.size(), budget_prefix) == 0) return budget(ward, path.substr(budget_prefix.size()));
    const std::map<std::string, const std::optional<Quantity>*> yearly = {
        {"geography.population", &ward.geography.population}, {"geography.households", &ward.geography.households}};
    const std::map<std::string, const std::optional<Quantity>*> counts = {
        {"party.basic_organisations", &ward.party.basic_organisations},
        {"party.members", &ward.party.members},
        {"economy.cooperatives", &ward.economy.cooperatives},
        {"economy.enterprises", &ward.economy.enterprises},
        {"economy.household_businesses", &ward.economy.household_businesses}};
    const auto dot = path.rfind('.');
    if (dot == std::string::npos) return std::nullopt;
    const std::string owner = path.substr(0, dot), field = path.substr(dot + 1);
    if (auto y = yearly.find(owner); y != yearly.end() && (field == "value" || field == "year")) return quantity(*y->second, field);
    if (auto c = counts.find(owner); c != counts.end() && field == "value") return quantity(*c->second, field);
    return std::nullopt;
}

void place_new_budget_year(const Ward& ward, std::vector<Change>& changes, std::vector<std::string>& problems) {
    const std::string prefix = budget_prefix + new_year + ".";
    const Change *year = nullptr, *value = nullptr, *plan = nullptr;
    for (const Change& c : changes) {
        if (c.figure == prefix + "year") year = &c;
        else if (c.figure == prefix + "value") value = &c;
        else if (c.figure == prefix + "plan") plan = &c;
    }
    if (!year && !value && !plan) return;  // the row left blank
    if (!year) {
        problems.push_back(describe((value ? value : plan)->value_cell) + ": " +
                           tr("the year of the new budget row is empty; expected the year its plan and result are "
                              "of, e.g. 2026").text);
        return;
    }
    const auto y = static_cast<int>(year->new_value.to_double());
    for (const BudgetRevenue& b : ward.economy.budget_revenue) {
        if (b.year != y) continue;
        // The same workbook imported again: the year is in the file with these very figures.
        const bool same = (!value || value->new_value == b.value) && (!plan || (b.plan && plan->new_value == *b.plan));
        if (same) {
            changes.erase(std::remove_if(changes.begin(), changes.end(),
                                         [&](const Change& c) { return c.figure.compare(0, prefix.size(), prefix) == 0; }),
                          changes.end());
        } else {
            problems.push_back(describe(year->value_cell) + ": " +
                               tr("the data file has the budget of {1} already; expected its figures in its own row "
                                  "above, and in the new row a year the data file does not have", y).text);
        }
        return;
    }
    if (!value) {
        problems.push_back(describe(year->value_cell) + ": " +
                           tr("the new budget row for {1} has no result (Thực hiện); expected the year's revenue, "
                              "e.g. 41,2", y).text);
        return;
    }
    std::vector<Change> placed;
    for (Change c : changes) {
        if (c.figure == prefix + "year") continue;
        if (c.figure.compare(0, prefix.size(), prefix) == 0)
            c.figure = budget_prefix + std::to_string(y) + "." + c.figure.substr(prefix.size());
        placed.push_back(std::move(c));
    }
    changes = std::move(placed);
}

}  // namespace wardreport::import
