#include "import/figures.hpp"

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

std::optional<FigureSlot> budget(const Ward& ward, const std::string& rest) {
    const auto dot = rest.find('.');
    if (dot == std::string::npos) return std::nullopt;
    const std::string year = rest.substr(0, dot), field = rest.substr(dot + 1);
    if (field != "value" && field != "plan") return std::nullopt;
    FigureSlot s;
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
    static const std::string budget_prefix = "economy.budget_revenue.";
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

}  // namespace wardreport::import
