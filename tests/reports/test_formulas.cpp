// The formula language (wardreport/formula.hpp) and its evaluation by the engine, directly; and
// the promise spreadsheets rely on: in every derived cell of every sample, the engine's value is
// what the column's formula gives for the row, so a workbook recalculated shows the engine's
// figures, and progress.hpp and the tracking formulas cannot drift apart unnoticed.
#include "helpers.hpp"

#include "report/formula.hpp"

#include <wardreport/formula.hpp>

#include <map>
#include <set>

using namespace wardreport;
using namespace wrtest;

namespace {

using report::Value;

Value eval(const std::string& text, const std::map<std::string, Value>& cells = {}) {
    std::string error;
    std::size_t at = 0;
    const auto f = report::Formula::parse(text, error, at);
    INFO(text << ": " << error);
    REQUIRE(f);
    return f->evaluate([&](const std::string& key) {
        const auto it = cells.find(key);
        return it == cells.end() ? Value() : it->second;
    });
}

bool unknown(const Value& v) { return std::holds_alternative<std::monostate>(v); }
double num(const Value& v) {
    REQUIRE(std::holds_alternative<double>(v));
    return std::get<double>(v);
}
std::string text(const Value& v) {
    REQUIRE(std::holds_alternative<std::string>(v));
    return std::get<std::string>(v);
}

std::string parse_error(const std::string& f, std::size_t* at = nullptr) {
    const formula::Parsed p = formula::parse(f);
    if (p.root) return "no error";
    if (at) *at = p.error_at;
    return p.error;
}

// A cell of a formula column the formula does not cover (document.hpp): it holds a value only.
bool fixed(const doc::Cell& c, const doc::Column& col) {
    if (col.type == doc::CellType::Text) return c.type == doc::CellType::Empty && !c.text.empty();
    return c.type == doc::CellType::Text || !c.text.empty();
}

Value cell_value(const doc::Cell& c) {
    if (c.type == doc::CellType::Empty) return {};
    if (c.type == doc::CellType::Text) return c.text;
    return c.number.to_double();
}

// Every formula cell of every table of `d` checked against its formula; returns how many.
std::size_t check_formula_cells(const doc::Document& d, const std::string& what) {
    std::size_t checked = 0;
    for (const doc::Table* t : blocks_of<doc::Table>(d)) {
        for (std::size_t k = 0; k < t->columns.size(); ++k) {
            const doc::Column& col = t->columns[k];
            if (col.formula.empty()) continue;
            std::string error;
            std::size_t at = 0;
            const auto f = report::Formula::parse(col.formula, error, at);
            REQUIRE(f);
            for (std::size_t i = 0; i < t->size(); ++i) {
                const auto r = row(*t, i);
                // A cell a clerk fills (an assessment) holds no formula in spreadsheets.
                if (fixed(r[k], col) || !r[k].input.empty() ||
                    (r[k].type == doc::CellType::Text && col.type != doc::CellType::Text))
                    continue;
                const Value v = f->evaluate([&](const std::string& key) { return cell_value(r[column(*t, key)]); });
                INFO(what << ", table " << t->id << ", row " << i + 1 << ", column " << col.key);
                if (col.type == doc::CellType::Text) {
                    const std::string* s = std::get_if<std::string>(&v);
                    // "" is a blank cell, in spreadsheets as in the engine's.
                    CHECK((s && !s->empty() ? *s : std::string("(unknown)")) ==
                          (r[k].type == doc::CellType::Empty ? "(unknown)" : r[k].text));
                } else {
                    const double* n = std::get_if<double>(&v);
                    const auto dec = n ? Decimal::try_from_double(*n, col.decimals) : std::nullopt;
                    CHECK((dec ? dec->to_string() : "(unknown)") ==
                          (r[k].type == doc::CellType::Empty ? "(unknown)" : r[k].number.rescaled(col.decimals).to_string()));
                }
                ++checked;
            }
        }
    }
    return checked;
}

}  // namespace

TEST_CASE("formula grammar: precedence, text, functions, comparisons", "[formula]") {
    CHECK(num(eval("1 + 2 * 3")) == 7);
    CHECK(num(eval("(1 + 2) * 3")) == 9);
    CHECK(num(eval("-2 * -3")) == 6);
    CHECK(num(eval("+{a}\t* -0.5 + .25", {{"a", 2.0}})) == -0.75);
    CHECK(num(eval("10 - 4 - 3")) == 3);
    CHECK(num(eval("12 / 2 / 3")) == 2);
    CHECK(text(eval("\"đạt\"")) == "đạt");
    CHECK(text(eval("\"say \"\"hi\"\"\"")) == "say \"hi\"");
    CHECK(std::get<bool>(eval("1 + 1 = 2")));
    CHECK(std::get<bool>(eval("2 <> 3")));
    CHECK(std::get<bool>(eval("2 <= 2")));
    CHECK_FALSE(std::get<bool>(eval("2 < 2")));
    CHECK(std::get<bool>(eval("3 >= 2")));
    CHECK(text(eval("IF({a} > 1, \"lớn\", \"nhỏ\")", {{"a", 2.0}})) == "lớn");
    CHECK(text(eval("IF({a} > 1, \"lớn\", \"nhỏ\")", {{"a", 1.0}})) == "nhỏ");
    CHECK(num(eval("MIN(3, {a}, 5)", {{"a", 1.5}})) == 1.5);
    CHECK(num(eval("MAX(3, {a}, 5)", {{"a", 1.5}})) == 5);
    CHECK(num(eval("ABS(-4)")) == 4);
    // LEFT counts characters as spreadsheets do (UTF-16 units): "dưới " is 5, not 9 bytes.
    CHECK(text(eval("LEFT({g}, 5)", {{"g", std::string("dưới 10%")}})) == "dưới ");
    CHECK(std::get<bool>(eval("LEFT({g}, 5) = \"trên \"", {{"g", std::string("trên 85%")}})));
    CHECK_FALSE(std::get<bool>(eval("LEFT({g}, 5) = \"trên \"", {{"g", std::string("khoảng 85%")}})));
    CHECK(text(eval("LEFT({g}, 2.9)", {{"g", std::string("𝔸bc")}})) == "𝔸");
    CHECK(text(eval("LEFT({g}, 1)", {{"g", std::string("𝔸bc")}})) == "");
    CHECK(text(eval("LEFT({g}, 9)", {{"g", std::string("ab")}})) == "ab");
    CHECK(text(eval("LEFT({g}, 2)")) == "");
    CHECK(text(eval("LEFT(2025, 2)")) == "20");
    CHECK(unknown(eval("LEFT(\"ab\", -1)")));
    // RIGHT: the same count from the end ("trong nhiệm kỳ" is 14 characters, 19 bytes).
    CHECK(text(eval("RIGHT({g}, 14)", {{"g", std::string("600 đảng viên trong nhiệm kỳ")}})) == "trong nhiệm kỳ");
    CHECK(text(eval("RIGHT({g}, 2.9)", {{"g", std::string("ab𝔸")}})) == "𝔸");
    CHECK(text(eval("RIGHT({g}, 1)", {{"g", std::string("ab𝔸")}})) == "");
    CHECK(text(eval("RIGHT({g}, 9)", {{"g", std::string("ab")}})) == "ab");
    CHECK(text(eval("RIGHT({g}, 0)", {{"g", std::string("ab")}})) == "");
    CHECK(text(eval("RIGHT(2025, 2)")) == "25");
    CHECK(unknown(eval("RIGHT(\"ab\", -1)")));
    // POWER: a growth's yearly rate; no real value (a negative to a fraction, 0 to 0 or below) is unknown.
    CHECK(num(eval("POWER(2, 10)")) == 1024);
    CHECK(num(eval("(POWER({a}/{b}, 1/5) - 1)*100", {{"a", 805.255}, {"b", 500.0}})) == Approx(10).epsilon(1e-12));
    CHECK(num(eval("POWER(-8, 3)")) == -512);
    CHECK(unknown(eval("POWER(-8, 0.5)")));
    CHECK(unknown(eval("POWER(0, -1)")));
    CHECK(unknown(eval("POWER(0, 0)")));
    CHECK(num(eval("POWER(0, 2)")) == 0);
    CHECK(unknown(eval("POWER({a}, 2)")));
    const auto p = formula::parse("IF({a}=\"—\", 1, {b}*100)");
    REQUIRE(p.root);
    CHECK(formula::references(*p.root) == std::vector<std::string>{"a", "b"});
}

TEST_CASE("formula values: unknown propagates, never 0, and division by zero is unknown", "[formula]") {
    CHECK(unknown(eval("{a} + 1")));
    CHECK(unknown(eval("{a} * 0")));
    CHECK(unknown(eval("-{a}")));
    CHECK(unknown(eval("1 / 0")));
    CHECK(unknown(eval("{a} / {b}", {{"a", 1.0}, {"b", 0.0}})));
    CHECK(unknown(eval("MIN({a}, 1)")));
    CHECK(unknown(eval("{a} > 1")));
    CHECK(unknown(eval("IF({a} > 1, 1, 2)")));
    // Only ISNUMBER and the branch IF leaves stop it.
    CHECK_FALSE(std::get<bool>(eval("ISNUMBER({a})")));
    CHECK(std::get<bool>(eval("ISNUMBER({a})", {{"a", 0.0}})));
    CHECK_FALSE(std::get<bool>(eval("ISNUMBER({a})", {{"a", std::string("2025")}})));
    CHECK(num(eval("IF(ISNUMBER({a}), {a}, 7)")) == 7);
    CHECK(num(eval("IF(1 = 1, 2, {a})")) == 2);
    // A blank equals "" beside a text; a text of digits reads as its number.
    CHECK(std::get<bool>(eval("{a} = \"\"")));
    CHECK_FALSE(std::get<bool>(eval("{a} = \"—\"")));
    CHECK(std::get<bool>(eval("{a} = \"—\"", {{"a", std::string("—")}})));
    CHECK_FALSE(std::get<bool>(eval("{a} = \"—\"", {{"a", 1.0}})));
    CHECK(std::get<bool>(eval("{a} <> \"—\"", {{"a", 1.0}})));
    CHECK(num(eval("{y} - 2025", {{"y", std::string("2027")}})) == 2);
    CHECK(unknown(eval("{y} - 2025", {{"y", std::string("—")}})));
    CHECK(unknown(eval("\"a\" + 1")));
}

TEST_CASE("formula syntax errors say where and what to write", "[formula]") {
    std::size_t at = 0;
    CHECK(parse_error("{a} +", &at) == "unexpected end; expected a number, \"text\", {column}, a function or '('");
    CHECK(at == 5);
    CHECK(parse_error("{a} 2", &at).find("unexpected '2'; expected an operator") == 0);
    CHECK(at == 4);
    CHECK(parse_error("({a}").find("expected ')'") != std::string::npos);
    CHECK(parse_error("{a").find("'{' without '}'") != std::string::npos);
    CHECK(parse_error("{}").find("empty column reference") != std::string::npos);
    CHECK(parse_error("1.2.3").find("bad number '1.2.3'") != std::string::npos);
    CHECK(parse_error("\"open").find("without its closing") != std::string::npos);
    CHECK(parse_error("SUM({a})", &at) == "unknown function 'SUM'; expected one of IF, ISNUMBER, MIN, MAX, ABS, LEFT, RIGHT, POWER");
    CHECK(at == 0);
    CHECK(parse_error("IF(1, 2)") == "IF takes 3 arguments, not 2");
    CHECK(parse_error("ABS()") == "ABS takes 1 argument, not 0");
    CHECK(parse_error("1 < 2 < 3").find("a second comparison") != std::string::npos);
    CHECK(parse_error("if(1,2,3)").find("unexpected 'i'") == 0);
    CHECK(parse_error(std::string(300, '-') + "1").find("more than 200 nested levels") != std::string::npos);
    CHECK(parse_error(std::string(300, '(') + "1" + std::string(300, ')')).find("more than 200 nested levels") !=
          std::string::npos);
}

TEST_CASE("a bad formula in a definition is an error at its FILE:LINE:COLUMN", "[formula]") {
    TempDir dir;
    const std::string head =
        "description: x\nprofile: nd30\nblocks:\n"
        "  - table:\n"
        "      id: t\n"
        "      rows: resolution.targets\n"
        "      columns:\n"
        "        - {key: a, type: decimal, field: actual}\n";
    auto load = [&](const std::string& column) {
        const fs::path file = dir.write("sai.yaml", head + column);
        report::Catalog c = builtin_catalog();
        Diagnostics d;
        CHECK_FALSE(c.add_directory(dir.path(), d));
        std::string out = messages(d);
        for (std::size_t at = out.find(file.string()); at != std::string::npos; at = out.find(file.string()))
            out.replace(at, file.string().size(), "sai.yaml");
        return out;
    };
    // Column 45 is the formula's first character: the error points at the word that is wrong.
    CHECK_THAT(load("        - {key: b, type: decimal, formula: \"IF({a} > 1, {a}, SUMM({a}))\"}\n"),
               Catch::Contains("sai.yaml:9:62: error: bad formula 'IF({a} > 1, {a}, SUMM({a}))': unknown function 'SUMM'"));
    CHECK_THAT(load("        - {key: b, type: decimal, formula: \"{a} * {c}\"}\n"),
               Catch::Contains("sai.yaml:9:51: error: formula refers to {c}, which is not a column before this one"));
    CHECK_THAT(load("        - key: b\n          type: text\n          formula: >-\n            IF({a} > 1,\n            \"x\", \"y\"\n"),
               Catch::Contains("bad formula 'IF({a} > 1, \"x\", \"y\"': unexpected end"));
}

TEST_CASE("every derived cell of every sample is what its formula gives", "[formula][samples]") {
    const report::Catalog c = builtin_catalog();
    std::vector<std::string> files = {"ky-son.yaml", "xa-minh-hoa-demo.yaml"};
    for (const auto& e : fs::directory_iterator(sample("real")))
        if (e.path().extension() == ".yaml") files.push_back("real/" + e.path().filename().string());
    REQUIRE(files.size() >= 10);
    std::size_t checked = 0, status_checked = 0;
    for (const std::string& f : files) {
        const Ward w = load_sample(f);
        for (const std::string id : {"theo-doi-chi-tieu", "bao-cao-thong-ke", "nghi-quyet"}) {
            Diagnostics d;
            const auto doc = c.build(id, w, "test", d);
            if (!doc) continue;  // a report the ward has no data for
            checked += check_formula_cells(*doc, f + " " + id);
            if (id == std::string("theo-doi-chi-tieu"))
                if (const doc::Table* t = doc->find_table("chi-tieu"))
                    for (std::size_t i = 0; i < t->size(); ++i)
                        status_checked += fixed(row(*t, i)[column(*t, "status")], t->columns[column(*t, "status")]) ? 0 : 1;
        }
    }
    // Not vacuous: the samples' level targets (9 rows) go through the progress and status formulas.
    CHECK(checked >= 30);
    CHECK(status_checked >= 8);
}

namespace {

// The tracking report of a commune of Lào Cai (term 2025-2030) whose resolution lists `targets`
// (YAML list items, each indented four spaces).
doc::Document tracking_document(const std::string& targets) {
    Diagnostics d;
    const auto w = load::load_text(
        "wardreport: 1\nward: {name: Thử, kind: xã, province: Lào Cai}\n"
        "congress: {ordinal: 1, term: 2025-2030, start: 2025-07-23}\nresolution:\n  targets:\n" + targets,
        "test.yaml", d);
    INFO(messages(d));
    REQUIRE(w);
    return build(builtin_catalog(), "theo-doi-chi-tieu", *w);
}

// The statuses of the tracking table of `doc`, which has `rows` rows, each checked to be live (a
// formula's, not a fixed value).
std::set<std::string> live_statuses(const doc::Document& doc, int rows) {
    const doc::Table* t = doc.find_table("chi-tieu");
    REQUIRE(t);
    REQUIRE(t->size() == static_cast<std::size_t>(rows));
    const std::size_t status = column(*t, "status");
    std::set<std::string> statuses;
    for (std::size_t i = 0; i < t->size(); ++i) {
        const auto r = row(*t, i);
        INFO("row " << i + 1);
        REQUIRE_FALSE(fixed(r[status], t->columns[status]));
        statuses.insert(r[status].text);
    }
    return statuses;
}

}  // namespace

// Level targets in every shape progress.hpp reads them: up and down, strict or not (above, below),
// about and nearly, with and without a baseline, met, behind, on track, not yet judged, past the
// target year, no data; exactly at the level (not "above" it); exactly, met only at the level
// (70 against 60 is not), from below, from above (a reduction) and with no baseline.
TEST_CASE("the tracking formulas give progress.hpp's progress and status for every level target", "[formula][tracking]") {
    std::string targets;
    int n = 0;
    for (const char* due : {"2030", "2028"})
    for (const char* cmp : {"at_least", "at_most", "minimum", "maximum", "above", "below", "about", "nearly", "exactly"})
        for (const char* base : {"", "baseline: 40, baseline_year: 2025, ", "baseline: 90, baseline_year: 2025, ",
                                 "baseline: 60, baseline_year: 2022, "})
            for (const char* actual : {"", "{year: 2026, value: 45}", "{year: 2027, value: 70}", "{year: 2028, value: 60}",
                                       "{year: 2030, value: 55}", "{year: 2030, value: 60}", "{year: 2029, value: 0}"}) {
                ++n;
                targets += "    - {id: t" + std::to_string(n) + ", name: Chỉ tiêu " + std::to_string(n) +
                           ", kind: level, comparison: " + cmp + ", value: 60, " + base + "target_year: " + due +
                           (*actual ? std::string(", actuals: [") + actual + "]" : std::string()) + "}\n";
            }
    const doc::Document doc = tracking_document(targets);
    CHECK(live_statuses(doc, n) == std::set<std::string>{"đạt", "đúng tiến độ", "chậm tiến độ", "chưa đánh giá", "chưa có số liệu"});
    CHECK(check_formula_cells(doc, "level targets") >= static_cast<std::size_t>(2 * n));
}

// Exactly a level, 0 too: the formulas read the rule from So sánh ("đúng"), not from the goal's
// wording, in which "0 vụ" (exactly nothing) and "0 vụ (không còn)" (at most nothing) looked alike.
TEST_CASE("tracking formulas: exactly 0 is live as exactly, at most 0 as at most", "[formula][tracking]") {
    const doc::Document doc = tracking_document(
        "    - {id: a, name: Số vụ cháy, kind: level, comparison: exactly, value: 0, unit: vụ, baseline: 3, "
        "baseline_year: 2025, actuals: [{year: 2026, value: 1}]}\n"
        "    - {id: b, name: Số hộ tái nghèo, kind: level, comparison: at_most, value: 0, unit: vụ, baseline: 3, "
        "baseline_year: 2025, actuals: [{year: 2026, value: 1}]}\n"
        "    - {id: c, name: Thu ngân sách, kind: level, comparison: exactly, value: 60, unit: tỷ đồng, "
        "actuals: [{year: 2030, value: 61}]}\n"
        "    - {id: d, name: Số vụ, kind: level, comparison: exactly, value: 0, unit: vụ, baseline: 3, "
        "baseline_year: 2025, actuals: [{year: 2027, value: 0}]}\n");
    const doc::Table* t = doc.find_table("chi-tieu");
    REQUIRE(t);
    REQUIRE(t->size() == 4);
    const std::size_t status = column(*t, "status"), goal = column(*t, "goal"), cmp = column(*t, "comparison");
    CHECK(row(*t, 0)[goal].text == "0 vụ");
    CHECK(row(*t, 0)[cmp].text == "đúng");
    CHECK(row(*t, 1)[goal].text == "0 vụ (không còn)");
    CHECK(row(*t, 1)[cmp].text == "không quá");
    for (std::size_t i = 0; i < t->size(); ++i) CHECK_FALSE(fixed(row(*t, i)[status], t->columns[status]));
    // Above the level is not exactly at it: behind in the target year, not achieved.
    CHECK(row(*t, 2)[goal].text == "60 tỷ đồng");
    CHECK(row(*t, 2)[status].text == "chậm tiến độ");
    CHECK(row(*t, 3)[status].text == "đạt");
    // Each row's Kết quả so với mức, progress and status; c's % of the target; every Tốc độ đạt được.
    CHECK(check_formula_cells(doc, "exactly") == 4 * 4 + 1);
}

// Totals over the term: the row's Thực hiện is the sum of the years, Năm gốc the term's first
// year; met at the total (exactly reached too: 20,1 + 19,9 + 20 is 60, not a hair less), on track
// at the share of the years gone (at least one year's), behind below it, no data without results.
// A total for an earlier year or with a baseline keeps the engine's value.
TEST_CASE("the tracking formulas give progress.hpp's status for every total over the term", "[formula][tracking]") {
    std::string targets;
    int n = 0;
    for (const char* total : {"60", "0.5", "250"})
        for (const char* actuals : {"", "{year: 2025, value: 5}", "{year: 2026, value: 12}", "{year: 2026, value: 11.9}",
                                    "{year: 2027, value: 20.1}, {year: 2028, value: 19.9}, {year: 2029, value: 20}",
                                    "{year: 2026, value: 10.25}, {year: 2028, value: 12}", "{year: 2030, value: 59}",
                                    "{year: 2029, value: 200}"}) {
            ++n;
            targets += "    - {id: t" + std::to_string(n) + ", name: Chỉ tiêu " + std::to_string(n) +
                       ", kind: total, value: " + total + ", unit: đảng viên" +
                       (*actuals ? std::string(", actuals: [") + actuals + "]" : std::string()) + "}\n";
        }
    targets += "    - {id: early, name: Sớm, kind: total, value: 60, unit: hộ, target_year: 2028, actuals: [{year: 2026, value: 12}]}\n"
               "    - {id: based, name: Gốc, kind: total, value: 60, unit: hộ, baseline: 5, baseline_year: 2024, "
               "actuals: [{year: 2026, value: 12}]}\n";
    const doc::Document doc = tracking_document(targets);
    const doc::Table* t = doc.find_table("chi-tieu");
    REQUIRE(t);
    REQUIRE(t->size() == static_cast<std::size_t>(n + 2));
    const std::size_t status = column(*t, "status");
    std::set<std::string> statuses;
    for (std::size_t i = 0; i < static_cast<std::size_t>(n); ++i) {
        const auto r = row(*t, i);
        REQUIRE_FALSE(fixed(r[status], t->columns[status]));
        CHECK(r[column(*t, "baseline_year")].text == "2025");
        statuses.insert(r[status].text);
    }
    CHECK(statuses == std::set<std::string>{"đạt", "đúng tiến độ", "chậm tiến độ", "chưa có số liệu"});
    // The exact sum: 20,1 + 19,9 + 20 meets 60, and 10,25 + 12 keeps its decimals.
    CHECK(row(*t, 4)[status].text == "đạt");
    CHECK(row(*t, 5)[column(*t, "actual")].number == *Decimal::parse("22.25"));
    // Due before the term's end, or with a baseline: progress.hpp still counts the term's years
    // (Năm đầu, Năm cuối nhiệm kỳ), whatever the row's Năm gốc and Năm cần đạt say.
    CHECK_FALSE(fixed(row(*t, n)[status], t->columns[status]));
    CHECK_FALSE(fixed(row(*t, n + 1)[status], t->columns[status]));
    CHECK(row(*t, n + 1)[column(*t, "baseline_year")].text == "2024");
    CHECK(row(*t, n + 1)[column(*t, "term_first")].text == "2025");
    CHECK(check_formula_cells(doc, "totals") >= static_cast<std::size_t>(2 * (n + 2)));
}

// Changes against the baseline: up and down, in percent and in points, a rate of 0, a level with
// more decimals than the baseline (38,5 + 31,6% is 50,666, held exactly, not 50,7), met, on
// track, behind, no data; one without a baseline (never judged). One whose level has more than 9
// decimals keeps the engine's value.
TEST_CASE("the tracking formulas give progress.hpp's progress and status for every change", "[formula][tracking]") {
    std::string targets;
    int n = 0;
    for (const char* shape : {"rate: 25, baseline: 310", "rate: -20, baseline: 15", "rate: 31.6, baseline: 38.5",
                              "rate: -1.5, rate_unit: points, baseline: 6", "rate: 2, rate_unit: points, baseline: 80.25",
                              "rate: 0, baseline: 50"})
        for (const char* due : {"", ", target_year: 2028"})
            for (const char* actuals : {"", "{year: 2026, value: 12}", "{year: 2027, value: 50.666}",
                                        "{year: 2028, value: 4.5}", "{year: 2030, value: 387.5}", "{year: 2026, value: 82.25}",
                                        "{year: 2029, value: 50}"}) {
                ++n;
                targets += "    - {id: t" + std::to_string(n) + ", name: Chỉ tiêu " + std::to_string(n) +
                           ", kind: change, " + shape + ", baseline_year: 2025, unit: tỷ đồng" + due +
                           (*actuals ? std::string(", actuals: [") + actuals + "]" : std::string()) + "}\n";
            }
    targets += "    - {id: long, name: Quá nhiều chữ số, kind: change, rate: 31.7, baseline: 0.123456789, "
               "baseline_year: 2025, unit: ha, actuals: [{year: 2026, value: 0.15}]}\n"
               "    - {id: nobase, name: Không có số gốc, kind: change, rate: -30, baseline_year: 2025, unit: ha, "
               "actuals: [{year: 2030, value: 10}]}\n";
    const doc::Document doc = tracking_document(targets);
    const doc::Table* t = doc.find_table("chi-tieu");
    REQUIRE(t);
    REQUIRE(t->size() == static_cast<std::size_t>(n + 2));
    const std::size_t status = column(*t, "status"), target = column(*t, "target");
    std::set<std::string> statuses;
    for (std::size_t i = 0; i < static_cast<std::size_t>(n); ++i) {
        const auto r = row(*t, i);
        REQUIRE_FALSE(fixed(r[status], t->columns[status]));
        statuses.insert(r[status].text);
    }
    CHECK(statuses == std::set<std::string>{"đạt", "đúng tiến độ", "chậm tiến độ", "chưa đánh giá", "chưa có số liệu"});
    CHECK(row(*t, 0)[target].number.to_string() == "387.5");
    CHECK(row(*t, 28)[target].number.to_string() == "50.666");  // the third shape's first row
    CHECK(fixed(row(*t, n)[status], t->columns[status]));
    // No baseline, no level: never judged, in the workbook too.
    CHECK_FALSE(fixed(row(*t, n + 1)[status], t->columns[status]));
    CHECK(row(*t, n + 1)[status].text == "chưa đánh giá");
    CHECK(check_formula_cells(doc, "changes") >= static_cast<std::size_t>(2 * (n + 1)));
}

// Growths: a rate in percent (compound) and in points (linear), raising and lowering, above a
// rate ("trên"), a range of rates (its bound nearer zero), due in 2030 and in 2028 (results in,
// before and after the due year), no data, a result in the baseline's year, a
// compound result of 0 (no rate: not judged), and a result exactly at the level (met; not above
// it). The formulas read the asked rate from Tốc độ đề ra and compare Tốc độ đạt được with it as
// So sánh says: so a level of more than 9 decimals, a rate of 0, a rate "không quá" or "dưới" and
// a growth with no baseline (never judged: progress.hpp has no rate to compare) are live too.
TEST_CASE("the tracking formulas give progress.hpp's progress and status for every growth", "[formula][tracking]") {
    struct Shape {
        const char* spec;
        std::vector<const char*> actuals;
    };
    const std::vector<Shape> shapes = {
        {"rate: 10, baseline: 520", {"{year: 2026, value: 580}", "{year: 2027, value: 600}", "{year: 2030, value: 837.4652}",
                                     "{year: 2030, value: 800}", "{year: 2029, value: 0}", "{year: 2025, value: 600}"}},
        {"rate: -20, baseline: 15", {"{year: 2026, value: 11}", "{year: 2027, value: 13}", "{year: 2030, value: 4.9152}",
                                     "{year: 2030, value: 6}", "{year: 2025, value: 16}"}},
        {"rate: 12, comparison: above, baseline: 250",
         {"{year: 2026, value: 285}", "{year: 2026, value: 280}", "{year: 2030, value: 500}"}},
        {"rate: -0.5, rate_unit: points, baseline: 4.2",
         {"{year: 2026, value: 3.5}", "{year: 2027, value: 4}", "{year: 2030, value: 1.7}", "{year: 2029, value: 0}"}},
        {"rate: 1.5, rate_unit: points, baseline: 80.25",
         {"{year: 2027, value: 83.25}", "{year: 2026, value: 81}", "{year: 2030, value: 88}"}},
        {"min: 8, max: 10, baseline: 200", {"{year: 2026, value: 220}", "{year: 2030, value: 280}", "{year: 2030, value: 300}"}},
        {"rate: -2, comparison: above, rate_unit: points, baseline: 30",
         {"{year: 2026, value: 27}", "{year: 2027, value: 26}", "{year: 2028, value: 21}"}},
    };
    std::string targets;
    int n = 0;
    for (const Shape& shape : shapes)
        for (const char* due : {"", ", target_year: 2028"}) {
            std::vector<const char*> actuals = shape.actuals;
            actuals.push_back("");
            for (const char* actual : actuals) {
                ++n;
                targets += "    - {id: t" + std::to_string(n) + ", name: Chỉ tiêu " + std::to_string(n) + ", kind: growth, " +
                           shape.spec + ", baseline_year: 2025, unit: tỷ đồng" + due +
                           (*actual ? std::string(", actuals: [") + actual + "]" : std::string()) + "}\n";
            }
        }
    targets += "    - {id: long, name: Quá nhiều chữ số, kind: growth, rate: 8.5, baseline: 100, baseline_year: 2025, "
               "unit: ha, actuals: [{year: 2026, value: 110}]}\n"
               "    - {id: zero, name: Không tăng, kind: growth, rate: 0, baseline: 100, baseline_year: 2025, "
               "unit: ha, actuals: [{year: 2026, value: 110}]}\n"
               "    - {id: most, name: Không quá, kind: growth, rate: 10, comparison: at_most, baseline: 100, "
               "baseline_year: 2025, unit: ha, actuals: [{year: 2026, value: 110}]}\n"
               "    - {id: below, name: Dưới, kind: growth, rate: -3, comparison: below, rate_unit: points, baseline: 20, "
               "baseline_year: 2025, unit: '%', actuals: [{year: 2027, value: 15}]}\n"
               "    - {id: most2, name: Không quá giảm, kind: growth, rate: -3, comparison: at_most, baseline: 20, "
               "baseline_year: 2025, unit: ha, actuals: [{year: 2027, value: 15}]}\n"
               "    - {id: nobase, name: Không gốc, kind: growth, rate: 5, unit: ha, actuals: [{year: 2027, value: 15}]}\n";
    const doc::Document doc = tracking_document(targets);
    const doc::Table* t = doc.find_table("chi-tieu");
    REQUIRE(t);
    REQUIRE(t->size() == static_cast<std::size_t>(n + 6));
    const std::size_t status = column(*t, "status"), target = column(*t, "target"), goal = column(*t, "goal");
    std::set<std::string> statuses;
    for (std::size_t i = 0; i < static_cast<std::size_t>(n); ++i) {
        const auto r = row(*t, i);
        INFO("row " << i + 1 << ": " << r[goal].text);
        REQUIRE_FALSE(fixed(r[status], t->columns[status]));
        statuses.insert(r[status].text);
    }
    CHECK(statuses == std::set<std::string>{"đạt", "đúng tiến độ", "chậm tiến độ", "chưa đánh giá", "chưa có số liệu"});
    // The exact level, not one more decimal than the baseline (837,5).
    CHECK(row(*t, 0)[target].number.to_string() == "837.4652");
    CHECK(row(*t, 0)[goal].text == "tăng bình quân 10%/năm");
    // 520 reaching 837,4652 in 2030 grew exactly 10% a year: met.
    CHECK(row(*t, 2)[status].text == "đạt");
    // More than 9 decimals in the level, a rate of 0, a rate at most: the formulas read the asked
    // rate from Tốc độ đề ra, not from the level, and the comparison from So sánh.
    for (std::size_t i = n; i < static_cast<std::size_t>(n + 6); ++i) CHECK_FALSE(fixed(row(*t, i)[status], t->columns[status]));
    CHECK(row(*t, n + 2)[column(*t, "comparison")].text == "không quá");
    CHECK(row(*t, n + 2)[status].text == "đúng tiến độ");  // 10% a year is not more than 10%
    CHECK(row(*t, n + 3)[status].text == "đúng tiến độ");  // falling 2,5 points a year is less than 3
    CHECK(row(*t, n + 4)[status].text == "chậm tiến độ");  // falling 13% a year is more than 3%
    CHECK(row(*t, n + 5)[status].text == "chưa đánh giá");
    CHECK(check_formula_cells(doc, "growths") >= static_cast<std::size_t>(3 * (n + 6)));
}

// Ranges of levels (met between the bounds, Cận trên the upper one; not judged without a
// baseline below the range), each year and maintain a level (every year must meet the level:
// behind from the first year that missed, Năm đầu tiên không đạt), in every comparison, up and
// down, met, on track, behind, no data.
TEST_CASE("the tracking formulas give progress.hpp's progress and status for ranges, each year and maintain", "[formula][tracking]") {
    std::string targets;
    int n = 0;
    auto add = [&](const std::string& spec, const char* actuals) {
        ++n;
        targets += "    - {id: t" + std::to_string(n) + ", name: Chỉ tiêu " + std::to_string(n) + ", " + spec +
                   ", unit: '%'" + (*actuals ? std::string(", actuals: [") + actuals + "]" : std::string()) + "}\n";
    };
    const std::vector<const char*> results = {"", "{year: 2026, value: 45}", "{year: 2027, value: 70}",
                                              "{year: 2028, value: 85}", "{year: 2030, value: 60}", "{year: 2030, value: 90}",
                                              "{year: 2026, value: 80}, {year: 2027, value: 55}",
                                              "{year: 2026, value: 55}, {year: 2027, value: 80}"};
    for (const char* base : {"", ", baseline: 40, baseline_year: 2025", ", baseline: 75, baseline_year: 2024"})
        for (const char* due : {"", ", target_year: 2028"})
            for (const char* a : results) add(std::string("kind: range, min: 60, max: 80") + base + due, a);
    for (const char* kind : {"each_year", "maintain"})
        for (const char* cmp : {"at_least", "at_most", "above", "below", "exactly", "about", "minimum", "maximum"})
            for (const char* base : {"", ", baseline: 90, baseline_year: 2025"})
                for (const char* a : results)
                    add(std::string("kind: ") + kind + ", comparison: " + cmp + ", value: 60" + base, a);
    add("kind: each_year, value: 0, comparison: at_least", "{year: 2026, value: 0}");
    add("kind: each_year, value: 0.25, comparison: at_most", "{year: 2026, value: 0.25}");
    const doc::Document doc = tracking_document(targets);
    CHECK(live_statuses(doc, n) == std::set<std::string>{"đạt", "đúng tiến độ", "chậm tiến độ", "chưa đánh giá", "chưa có số liệu"});
    const doc::Table* t = doc.find_table("chi-tieu");
    const std::size_t status = column(*t, "status");
    // 90 is beyond the range 60-80: not met, behind in its year.
    CHECK(row(*t, 5)[status].text == "chậm tiến độ");
    CHECK(row(*t, 0)[column(*t, "upper")].number == Decimal::integer(80));
    // Each year at least 60: 80 then 55 is behind, 55 then 80 too (2026 missed).
    const std::size_t each = 48;
    CHECK(row(*t, each + 6)[status].text == "chậm tiến độ");
    CHECK(row(*t, each + 7)[status].text == "chậm tiến độ");
    CHECK(row(*t, each + 7)[column(*t, "missed")].text == "2026");
    CHECK(row(*t, each + 3)[status].text == "đúng tiến độ");
    // The level as written: 0,25, not rounded to one decimal.
    CHECK(row(*t, n - 1)[column(*t, "target")].number.to_string() == "0.25");
    CHECK(row(*t, n - 1)[status].text == "đúng tiến độ");
    CHECK(check_formula_cells(doc, "ranges, each year, maintain") >= static_cast<std::size_t>(3 * n));
}
