// The import layers directly: the document's input bindings (what the xlsx plugin maps), the
// reading of cell values as numbers, and the in-place edit of a data file's text.
#include "../reports/helpers.hpp"

#include "import/cell_number.hpp"
#include "import/figures.hpp"
#include "import/plan.hpp"
#include "import/yaml_edit.hpp"
#include "report/ward_identity.hpp"

#include <catch2/catch.hpp>

using namespace wardreport;
using namespace wrtest;

TEST_CASE("the tracking table binds each target's year and result to the model", "[import]") {
    const Ward w = load_sample("xa-minh-hoa-demo.yaml");
    const doc::Document d = build(builtin_catalog(), "theo-doi-chi-tieu", w);
    CHECK(d.meta.ward == "99999");
    const doc::Table& t = *blocks_of<doc::Table>(d).at(0);
    const auto r = row(t, 0);
    CHECK(r[column(t, "year")].input == "resolution.targets.thu-ngan-sach.year");
    CHECK(r[column(t, "actual")].input == "resolution.targets.thu-ngan-sach.actual");
    CHECK(r[column(t, "progress")].input.empty());
    CHECK(r[column(t, "name")].input.empty());
}

TEST_CASE("a ward without a code is named by kind, name and province", "[import]") {
    CHECK(ward_identity(load_sample("ky-son.yaml")) == "phường Kỳ Sơn, Phú Thọ");
}

namespace {

using K = import::CellValue::Kind;

std::optional<Decimal> num(K k, const std::string& s) {
    const auto read = import::cell_number(import::CellValue{k, s, false}, "a number");
    const Decimal* d = std::get_if<Decimal>(&read);
    return d ? std::optional<Decimal>(*d) : std::nullopt;
}

// Why the cell is refused; empty when it is read.
std::string refused(K k, const std::string& s) {
    const auto read = import::cell_number(import::CellValue{k, s, false}, "a number");
    const std::string* why = std::get_if<std::string>(&read);
    return why ? *why : std::string();
}

}  // namespace

TEST_CASE("cell values read as numbers the ways spreadsheets store them", "[import]") {
    CHECK(num(K::Number, "42.299999999999997") == Decimal::parse("42.3"));
    CHECK(num(K::Number, "2026") == Decimal::integer(2026));
    CHECK(num(K::Number, "4.2E-2") == Decimal::parse("0.042"));
    CHECK(num(K::Number, "1.3") == Decimal::parse("1.3"));  // a number cell is never ambiguous
    CHECK(num(K::Text, " 42,3 ") == Decimal::parse("42.3"));
    CHECK(num(K::Text, "1.234,5") == Decimal::parse("1234.5"));
    CHECK(num(K::Text, "42.3") == Decimal::parse("42.3"));
    CHECK(refused(K::Text, "năm mươi") == "'năm mươi' is not a number; expected a number");
    CHECK_FALSE(num(K::Boolean, "1"));
    CHECK_FALSE(num(K::Error, "#DIV/0!"));
}

TEST_CASE("numbers typed as text: a comma or dots read the Vietnamese way, one dot before three digits refused", "[import]") {
    CHECK(num(K::Text, "12.700,5") == Decimal::parse("12700.5"));
    CHECK(num(K::Text, "655,5") == Decimal::parse("655.5"));
    CHECK(num(K::Text, "-1.234,25") == Decimal::parse("-1234.25"));
    CHECK(num(K::Text, "1.234.567") == Decimal::integer(1234567));
    CHECK(num(K::Text, "1300") == Decimal::integer(1300));
    // One dot not before exactly three digits: the English decimal point openpyxl and an English
    // LibreOffice store.
    CHECK(num(K::Text, "1.5") == Decimal::parse("1.5"));
    CHECK(num(K::Text, "45.5") == Decimal::parse("45.5"));
    CHECK(num(K::Text, "1.2345") == Decimal::parse("1.2345"));
    // No Vietnamese grouping starts with 0 or has more than three digits before its first dot.
    CHECK(num(K::Text, "0.500") == Decimal::parse("0.5"));
    CHECK(num(K::Text, "12345.678") == Decimal::parse("12345.678"));
    CHECK(refused(K::Text, "1.300") ==
          "'1.300' is ambiguous: '.' groups thousands in Vietnamese but is the decimal point in English; type 1300 "
          "(no separator) for the whole number, or 1,3 (a decimal comma) for the decimal");
    CHECK(refused(K::Text, " 12.500 ").find("type 12500 (no separator) for the whole number, or 12,5 (a decimal comma)") !=
          std::string::npos);
    CHECK(refused(K::Text, "-2.000").find("type -2000 (no separator) for the whole number, or -2 (a decimal comma)") !=
          std::string::npos);
    // Separators out of their groups of three.
    CHECK(refused(K::Text, "1.30.0") == "'1.30.0' is not a number; expected a number");
    CHECK(refused(K::Text, "12.34,5") == "'12.34,5' is not a number; expected a number");
    CHECK(refused(K::Text, "1.2345.678") == "'1.2345.678' is not a number; expected a number");
    CHECK(refused(K::Text, "1,2,3") == "'1,2,3' is not a number; expected a number");
    CHECK(refused(K::Text, "1,") == "'1,' is not a number; expected a number");
}

namespace {

// The data file's text after the changes; the test stops, showing the diagnostics, if they are
// refused.
std::string edited(const std::string& text, const std::vector<import::Change>& changes) {
    Diagnostics d;
    const auto out = import::apply_changes(text, changes, "f.yaml", d);
    INFO(messages(d));
    REQUIRE(out);
    return *out;
}

// The diagnostics of changes that must be refused.
std::string refusal(const std::string& text, const std::vector<import::Change>& changes) {
    Diagnostics d;
    CHECK_FALSE(import::apply_changes(text, changes, "f.yaml", d));
    return messages(d);
}

import::Change change(const std::string& target, int year, const char* value, bool changed) {
    import::Change c;
    c.target = target;
    c.year = year;
    c.new_value = *Decimal::parse(value);
    if (changed) c.old_value = Decimal::integer(0);
    return c;
}

const char* const kText =
    "# a clerk's file\n"
    "resolution:\n"
    "  targets:\n"
    "    - id: a            # first\n"
    "      value: 60\n"
    "      actuals:\n"
    "        - {year: 2026, value: \"42.3\"}   # checked\n"
    "        - year: 2027\n"
    "          value: 47.8\n"
    "      # a note after the results\n"
    "    - id: b\n"
    "      statement: >\n"
    "        a folded\n"
    "        statement\n"
    "    - {id: c, value: 1}\n";

}  // namespace

TEST_CASE("results are edited where they are written, new ones added after the last", "[import]") {
    CHECK(edited(kText, {change("a", 2026, "43", true), change("a", 2028, "50.5", false), change("b", 2026, "7", false)}) ==
          "# a clerk's file\n"
          "resolution:\n"
          "  targets:\n"
          "    - id: a            # first\n"
          "      value: 60\n"
          "      actuals:\n"
          "        - {year: 2026, value: 43}   # checked\n"
          "        - year: 2027\n"
          "          value: 47.8\n"
          "        - {year: 2028, value: 50.5}\n"
          "      # a note after the results\n"
          "    - id: b\n"
          "      statement: >\n"
          "        a folded\n"
          "        statement\n"
          "      actuals:\n"
          "        - {year: 2026, value: 7}\n"
          "    - {id: c, value: 1}\n");
}

TEST_CASE("a target written on one line is refused, not rewritten", "[import]") {
    CHECK_THAT(refusal(kText, {change("c", 2026, "1", false)}),
               Catch::Contains("f.yaml:15: error: target 'c' is written on one line"));
}

TEST_CASE("a file with CRLF line ends gets CRLF in the lines added", "[import]") {
    const std::string text = "resolution:\r\n  targets:\r\n    - id: a\r\n      value: 60\r\n";
    CHECK(edited(text, {change("a", 2026, "7", false)}) == text + "      actuals:\r\n        - {year: 2026, value: 7}\r\n");
}

TEST_CASE("cell references: one cell, sheet quoted or not, no overflowing row", "[import]") {
    const auto a = import::parse_reference("'Theo dõi ''2026'''!$I$5");
    REQUIRE(a);
    CHECK(a->sheet == "Theo dõi '2026'");
    CHECK(a->cell == "I5");
    CHECK(import::describe(*a) == "'Theo dõi ''2026'''!I5");
    CHECK(import::parse_reference("Sheet1!B2"));
    CHECK_FALSE(import::parse_reference("Sheet1!B2:C3"));
    CHECK_FALSE(import::parse_reference("Sheet1!B99999999999999999999"));
    CHECK_FALSE(import::parse_reference("B2"));
}

TEST_CASE("the statistics tables bind the figures of the year to the model", "[import]") {
    const Ward w = load_sample("xa-minh-hoa-demo.yaml");
    const doc::Document d = build(builtin_catalog(), "bao-cao-thong-ke", w);
    const auto tables = blocks_of<doc::Table>(d);
    auto table = [&](const std::string& id) -> const doc::Table& {
        for (const doc::Table* t : tables)
            if (t->id == id) return *t;
        FAIL("no table " << id);
        throw;
    };
    const doc::Table& area = table("dien-tich-dan-so");
    CHECK(row(area, 0)[column(area, "value")].input.empty());  // the area: hectares in the file, km² in the model
    CHECK(row(area, 1)[column(area, "value")].input == "geography.population.value");
    CHECK(row(area, 1)[column(area, "year")].input == "geography.population.year");
    CHECK(row(area, 1)[column(area, "item")].input.empty());
    const doc::Table& party = table("to-chuc-dang");
    CHECK(row(party, 1)[column(party, "value")].input == "party.members.value");
    CHECK(row(party, 3)[column(party, "value")].input.empty());  // the committee the congress elected
    const doc::Table& firms = table("doanh-nghiep");
    CHECK(row(firms, 1)[column(firms, "value")].input == "economy.enterprises.value");
    const doc::Table& budget = table("thu-ngan-sach");
    CHECK(row(budget, 0)[column(budget, "plan")].input == "economy.budget_revenue.2020.plan");
    CHECK(row(budget, 1)[column(budget, "value")].input == "economy.budget_revenue.2025.value");
    CHECK(row(budget, 1)[column(budget, "of_plan")].input.empty());
    // The blank row for a new year: inputs only, nothing printed, its % of plan unknown.
    REQUIRE(budget.size() == 3);
    const auto blank = row(budget, 2);
    CHECK(doc::is_input_row(blank));
    CHECK(blank[column(budget, "year")].input == "economy.budget_revenue.new.year");
    CHECK(blank[column(budget, "plan")].input == "economy.budget_revenue.new.plan");
    CHECK(blank[column(budget, "value")].input == "economy.budget_revenue.new.value");
    CHECK(blank[column(budget, "of_plan")].type == doc::CellType::Empty);
    CHECK_FALSE(doc::is_input_row(row(budget, 1)));
}

TEST_CASE("the importable figures are read from the model, others are not", "[import]") {
    const Ward w = load_sample("xa-minh-hoa-demo.yaml");
    const auto pop = import::figure_at(w, "geography.population.value");
    REQUIRE(pop);
    CHECK(pop->owner);
    CHECK(pop->current == Decimal::integer(12480));
    const auto year = import::figure_at(w, "geography.households.year");
    REQUIRE(year);
    CHECK(year->kind == import::FigureSlot::Kind::Year);
    CHECK_FALSE(year->current);  // households: 3105, no year
    const auto plan = import::figure_at(w, "economy.budget_revenue.2020.plan");
    REQUIRE(plan);
    CHECK(plan->owner);
    CHECK_FALSE(plan->current);
    CHECK_FALSE(import::figure_at(w, "economy.budget_revenue.2019.plan")->owner);
    const auto new_year = import::figure_at(w, "economy.budget_revenue.new.year");
    REQUIRE(new_year);
    CHECK(new_year->kind == import::FigureSlot::Kind::Year);
    CHECK_FALSE(new_year->current);
    CHECK(import::figure_at(w, "economy.budget_revenue.new.plan")->kind == import::FigureSlot::Kind::Amount);
    CHECK_FALSE(import::figure_at(w, "economy.budget_revenue.new.note"));
    CHECK_FALSE(import::figure_at(w, "geography.area.value"));
    CHECK_FALSE(import::figure_at(w, "party.executive_committee_size.value"));
    CHECK_FALSE(import::figure_at(w, "identity.name.value"));
}

namespace {

import::Change figure(const std::string& path, const char* value) {
    import::Change c;
    c.figure = path;
    c.new_value = *Decimal::parse(value);
    return c;
}

}  // namespace

TEST_CASE("figures are edited where they are written, a missing key added to its mapping", "[import]") {
    const std::string text =
        "geography:\n"
        "  population:          # people\n"
        "    value: 12480\n"
        "    note: census\n"
        "  households: 3105     # plain\n"
        "party:\n"
        "  members: {value: 1245, year: 2025}\n"
        "economy:\n"
        "  enterprises: 58\n"
        "  budget_revenue:\n"
        "    - {year: 2020, value: 21.6}   # no plan\n"
        "    - year: 2025\n"
        "      value: 38.5\n";
    CHECK(edited(text, {figure("geography.population.value", "12600"), figure("geography.population.year", "2026"),
                        figure("geography.households.value", "3150"), figure("geography.households.year", "2026"),
                        figure("party.members.value", "1300"), figure("economy.enterprises.value", "61"),
                        figure("economy.budget_revenue.2020.plan", "20"), figure("economy.budget_revenue.2025.plan", "35.5")}) ==
          "geography:\n"
          "  population:          # people\n"
          "    value: 12600\n"
          "    note: census\n"
          "    year: 2026\n"
          "  households: {value: 3150, year: 2026}     # plain\n"
          "party:\n"
          "  members: {value: 1300, year: 2025}\n"
          "economy:\n"
          "  enterprises: 61\n"
          "  budget_revenue:\n"
          "    - {year: 2020, value: 21.6, plan: 20}   # no plan\n"
          "    - year: 2025\n"
          "      value: 38.5\n"
          "      plan: 35.5\n");
}

TEST_CASE("a figure the data file does not have is refused, not invented", "[import]") {
    CHECK_THAT(refusal("geography:\n  population: 5\n", {figure("party.members.value", "1")}),
               Catch::Contains("the data file has no party.members to write party.members.value into"));
}

TEST_CASE("the budget's blank row becomes the changes of its year, or a problem at its cell", "[import]") {
    const Ward w = load_sample("xa-minh-hoa-demo.yaml");  // budget years 2020, 2025
    auto at = [](const char* path, const char* value, const char* cell) {
        import::Change c = figure(path, value);
        c.value_cell = {"B", cell};
        return c;
    };
    std::vector<import::Change> changes = {at("economy.budget_revenue.new.year", "2026", "A5"),
                                           at("economy.budget_revenue.new.plan", "40", "B5"),
                                           at("economy.budget_revenue.new.value", "41.2", "C5")};
    std::vector<std::string> problems;
    import::place_new_budget_year(w, changes, problems);
    CHECK(problems.empty());
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].figure == "economy.budget_revenue.2026.plan");
    CHECK(changes[1].figure == "economy.budget_revenue.2026.value");
    CHECK(changes[1].value_cell.cell == "C5");

    auto problem = [&](std::vector<import::Change> c) {
        std::vector<std::string> p;
        import::place_new_budget_year(w, c, p);
        return p.size() == 1 ? p[0] : std::string("problems: ") + std::to_string(p.size());
    };
    CHECK(problem({at("economy.budget_revenue.new.year", "2025", "A5"), at("economy.budget_revenue.new.value", "1", "C5")}) ==
          "'B'!A5: the data file has the budget of 2025 already; expected its figures in its own row above, and in the new "
          "row a year the data file does not have");
    CHECK(problem({at("economy.budget_revenue.new.plan", "40", "B5")}).rfind("'B'!B5: the year of the new budget row is empty", 0) == 0);
    CHECK(problem({at("economy.budget_revenue.new.year", "2026", "A5")}).rfind("'B'!A5: the new budget row for 2026 has no result", 0) == 0);
    std::vector<import::Change> none;
    CHECK(problem(none) == "problems: 0");
    // The workbook imported again: 2025 is in the file with these figures, nothing to change.
    std::vector<import::Change> again = {at("economy.budget_revenue.new.year", "2025", "A5"),
                                         at("economy.budget_revenue.new.plan", "35", "B5"),
                                         at("economy.budget_revenue.new.value", "38.5", "C5")};
    CHECK(problem(again) == "problems: 0");
    import::place_new_budget_year(w, again, problems);
    CHECK(again.empty());
}

TEST_CASE("a new budget year is added to the list in year order, in the unit of the last year", "[import]") {
    const std::string text =
        "economy:\n"
        "  budget_revenue:   # thu NSNN\n"
        "    - {year: 2020, value: 21.6}   # no plan\n"
        "    - year: 2025\n"
        "      value: 38500\n"
        "      unit: triệu đồng\n"
        "congress: {ordinal: 1}\n";
    CHECK(edited(text, {figure("economy.budget_revenue.2026.plan", "40000"), figure("economy.budget_revenue.2026.value", "41200")}) ==
          "economy:\n"
          "  budget_revenue:   # thu NSNN\n"
          "    - {year: 2020, value: 21.6}   # no plan\n"
          "    - year: 2025\n"
          "      value: 38500\n"
          "      unit: triệu đồng\n"
          "    - {year: 2026, value: 41200, plan: 40000, unit: \"triệu đồng\"}\n"
          "congress: {ordinal: 1}\n");
    CHECK_THAT(edited(text, {figure("economy.budget_revenue.2022.value", "30000")}),
               Catch::Contains("    - {year: 2022, value: 30000, unit: \"triệu đồng\"}\n    - year: 2025\n"));
    // A list written as [...] is the clerk's layout: refused, not rewritten.
    CHECK_THAT(refusal("economy:\n  budget_revenue: [{year: 2020, value: 1}]\n", {figure("economy.budget_revenue.2026.value", "2")}),
               Catch::Contains("'budget_revenue' is written as [...]"));
}

TEST_CASE("a first budget year gets its list at the end of economy, or a new economy section after party", "[import]") {
    const std::string economy =
        "party:\n"
        "  members: 10\n"
        "\n"
        "economy:        # kinh tế\n"
        "  enterprises: 206   # doanh nghiệp\n"
        "  # the budget comes later\n"
        "\n"
        "congress: {ordinal: 1}\n";
    CHECK(edited(economy, {figure("economy.budget_revenue.2025.plan", "45"), figure("economy.budget_revenue.2025.value", "50")}) ==
          "party:\n"
          "  members: 10\n"
          "\n"
          "economy:        # kinh tế\n"
          "  enterprises: 206   # doanh nghiệp\n"
          "  budget_revenue:\n"
          "    - {year: 2025, value: 50, plan: 45}\n"
          "  # the budget comes later\n"
          "\n"
          "congress: {ordinal: 1}\n");
    // 'budget_revenue:' with nothing under it: the entry goes under it.
    CHECK(edited("economy:\n  budget_revenue:   # thu NSNN\n  enterprises: 3\n", {figure("economy.budget_revenue.2025.value", "1.5")}) ==
          "economy:\n  budget_revenue:   # thu NSNN\n    - {year: 2025, value: 1.5}\n  enterprises: 3\n");
    // No economy section: a new one after party, set apart by a blank line as the sections are.
    CHECK(edited("ward:\n    name: A\n\nparty:\n    members: 10   # đảng viên\n\ncongress:\n    ordinal: 1\n",
                 {figure("economy.budget_revenue.2025.value", "7")}) ==
          "ward:\n    name: A\n\nparty:\n    members: 10   # đảng viên\n\n"
          "economy:\n    budget_revenue:\n      - {year: 2025, value: 7}\n\ncongress:\n    ordinal: 1\n");
    // The clerk's one-line layouts are refused, not rewritten.
    CHECK_THAT(refusal("economy: {enterprises: 3}\n", {figure("economy.budget_revenue.2025.value", "7")}),
               Catch::Contains("f.yaml:1: error: 'economy' is written on one line"));
    CHECK_THAT(refusal("economy:\n  budget_revenue: []\n", {figure("economy.budget_revenue.2025.value", "7")}),
               Catch::Contains("'budget_revenue' is written as [...]"));
    CHECK_THAT(refusal("economy:\nward: {name: A}\n", {figure("economy.budget_revenue.2025.value", "7")}),
               Catch::Contains("f.yaml:1: error: 'economy' has nothing under it"));
}

TEST_CASE("a qualitative target's assessment is an input of the tracking table, its year and result are not", "[import]") {
    const Ward w = load_sample("xa-minh-hoa-demo.yaml");
    const doc::Document d = build(builtin_catalog(), "theo-doi-chi-tieu", w);
    const doc::Table& t = *blocks_of<doc::Table>(d).at(0);
    std::size_t assessed = 0, measured = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const auto r = row(t, i);
        const doc::Cell& status = r[column(t, "status")];
        if (status.input == "resolution.targets.nong-thon-moi.status") {
            CHECK(status.text == "đúng tiến độ");
            // A number typed there could only be refused: nothing to reach.
            CHECK(r[column(t, "year")].input.empty());
            CHECK(r[column(t, "actual")].input.empty());
            ++assessed;
        } else {
            CHECK(status.input.empty());
            CHECK_THAT(r[column(t, "actual")].input, Catch::EndsWith(".actual"));
            ++measured;
        }
    }
    CHECK(assessed == 1);
    CHECK(measured + 1 == t.size());
}

namespace {

import::Change assessment(const std::string& target, std::optional<TargetStatus> now) {
    import::Change c;
    c.target = target;
    c.assessment = true;
    c.new_status = now;
    return c;
}

}  // namespace

TEST_CASE("an assessment is written as the target's status: replaced, added, or its line removed", "[import]") {
    const std::string text =
        "resolution:\n"
        "  targets:\n"
        "    - id: a\n"
        "      kind: qualitative\n"
        "      status: on_track   # the committee's view\n"
        "    - id: b\n"
        "      kind: qualitative\n"
        "      # not assessed yet\n"
        "    - id: c\n"
        "      kind: qualitative\n"
        "      status: behind\n"
        "      note: x\n";
    CHECK(edited(text, {assessment("a", TargetStatus::Achieved), assessment("b", TargetStatus::Behind),
                        assessment("c", std::nullopt)}) ==
          "resolution:\n"
          "  targets:\n"
          "    - id: a\n"
          "      kind: qualitative\n"
          "      status: achieved   # the committee's view\n"
          "    - id: b\n"
          "      kind: qualitative\n"
          "      status: behind\n"
          "      # not assessed yet\n"
          "    - id: c\n"
          "      kind: qualitative\n"
          "      note: x\n");
    CHECK(import::status_key(TargetStatus::OnTrack) == std::string("on_track"));
}

TEST_CASE("a status that shares its line is left to the clerk, not rewritten", "[import]") {
    CHECK_THAT(refusal("resolution:\n  targets:\n    - id: a\n      status: behind # why\n", {assessment("a", std::nullopt)}),
               Catch::Contains("f.yaml:4: error: target 'a': its status is not written on a line of its own"));
}
