// The data tree keeps figures, dates and terms typed (report/data_tree_node.hpp): a figure reaches
// the document as the Decimal the ward file wrote, never through text and back; a date stays a
// Date; a template asks a leaf for its written forms; definitions' checks ask a node its kind.
#include "helpers.hpp"

#include "report/data_tree.hpp"

using namespace wardreport;
using namespace wrtest;

namespace {

Decimal dec(const char* s) {
    const auto d = Decimal::parse(s);
    REQUIRE(d);
    return *d;
}

// Whether `a` and `b` are the same digits at the same scale: 0.30 is not 0.3 here.
bool same(const Decimal& a, const Decimal& b) { return a.mantissa() == b.mantissa() && a.scale() == b.scale(); }

// A ward whose figures are the awkward ones: a sum binary floating point gets wrong (0.1 + 0.2),
// the sample's area, a negative change, and 18 significant digits (more than a double holds).
Ward awkward_ward() {
    Ward w;
    w.identity.name = "Thử";
    w.geography.area = Quantity{dec("115.689"), "km²", 2024, true, "ước"};
    w.geography.population = Quantity{dec("0.3"), "người", std::nullopt, false, ""};
    w.geography.households = Quantity{dec("123456789012345.678"), "hộ", std::nullopt, false, ""};
    w.economy.production = {SectorValue{"NN", "Nông nghiệp", Quantity{dec("-12.5"), "tỷ đồng", 2025, false, ""},
                                        dec("-0.1"), 2020}};
    Congress c;
    c.ordinal = 1;
    c.term = {2025, 2030};
    c.start = Date{2025, 10, 1};
    c.end = Date{2025, 10, 3};
    w.congress = c;
    return w;
}

// Builds report "thu" made of `blocks` (after `more`, lines 3 on) for `w`; the messages.
std::optional<doc::Document> build_own(const std::string& blocks, const Ward& w, std::string& errors,
                                       const std::string& more = "") {
    TempDir dir;
    dir.write("thu.yaml", "description: x\nprofile: hd36\n" + more + "blocks:\n" + blocks);
    report::Catalog c;
    Diagnostics d;
    const bool loaded = c.add_directory(builtin_reports(), d) && c.add_directory(dir.path(), d);
    errors = messages(d);
    if (!loaded) return std::nullopt;
    auto doc = c.build("thu", w, "t", d);
    errors = messages(d);
    return doc;
}

std::string load_errors(const std::string& blocks, const std::string& more = "") {
    std::string errors;
    CHECK_FALSE(build_own(blocks, awkward_ward(), errors, more));
    return errors;
}

}  // namespace

TEST_CASE("data tree: a figure is a typed leaf holding the Decimal as written", "[data_tree]") {
    const report::DataNode tree = report::ward_tree(awkward_ward(), report::DocumentOptions{});
    const report::DataNode area = tree["geography"]["area"];
    REQUIRE(area.is_figure());
    CHECK(same(area.figure().value, dec("115.689")));
    CHECK(area.figure().unit == "km²");
    CHECK(area.figure().year == 2024);
    CHECK(area.figure().estimated);
    // Its written forms, made when a template asks for them.
    CHECK(area["number"] == "115,689");
    CHECK(area["text"] == "115,689 km²");
    CHECK(area["raw"] == "115.689");
    CHECK(area["year"] == "2024");
    CHECK(area["estimated"] == true);
    CHECK(area["note"] == "ước");
    CHECK_FALSE(area.get("nubmer"));
    const report::DataNode change = tree["economy"]["production"][0]["change"];
    REQUIRE(change.is_figure());
    CHECK(same(change.figure().value, dec("-0.1")));
    CHECK(tree["economy"]["production"][0]["change_abs"]["text"] == "0,1 tỷ đồng");
    const report::DataNode huge = tree["geography"]["households"];
    REQUIRE(huge.is_figure());
    CHECK(same(huge.figure().value, dec("123456789012345.678")));
    CHECK(huge["number"] == "123.456.789.012.345,678");
    // Absent is null, not a figure of 0.
    CHECK(tree["party"]["members"].is_null());
    CHECK_FALSE(report::present(tree["party"]["members"]));
}

TEST_CASE("data tree: a date and a term stay typed, their fields are their written forms", "[data_tree]") {
    const report::DataNode tree = report::ward_tree(awkward_ward(), report::DocumentOptions{});
    const report::DataNode end = tree["congress"]["end"];
    REQUIRE(end.is_date());
    CHECK(end.date() == Date{2025, 10, 3});
    CHECK(end["text"] == "ngày 03 tháng 10 năm 2025");
    CHECK(end["short"] == "03/10/2025");
    CHECK(end["raw"] == "2025-10-03");
    CHECK(end["year"] == "2025");
    const report::DataNode term = tree["congress"]["term"];
    REQUIRE(term.is_term());
    CHECK(term.term().from == 2025);
    CHECK(term.term().to == 2030);
    CHECK(term["text"] == "2025 - 2030");
    // A path through a leaf reaches its field, as `when:` and `requires:` read it.
    const auto found = report::find_path(tree, "congress.end.short");
    REQUIRE(found);
    CHECK(*found == "03/10/2025");
    CHECK_FALSE(report::find_path(tree, "congress.end.short.more"));
    CHECK_FALSE(report::find_path(tree, "congress.ned"));
}

TEST_CASE("data tree: figures reach table cells and key figures as their exact Decimal", "[data_tree]") {
    std::string errors;
    const auto d = build_own(
        "  - table:\n"
        "      id: t\n"
        "      rows: [{v: geography.area}, {v: geography.population}, {v: geography.households}]\n"
        "      columns: [{key: v, type: decimal}]\n"
        "  - table:\n"
        "      id: s\n"
        "      rows: economy.production\n"
        "      columns: [{key: name, field: name}, {key: value, type: decimal, field: value}, "
        "{key: change, type: decimal, field: change}]\n"
        "  - key_figures: [{label: x, field: geography.households}]\n",
        awkward_ward(), errors);
    INFO(errors);
    REQUIRE(d);
    const doc::Table* t = d->find_table("t");
    REQUIRE(t);
    REQUIRE(t->size() == 3);
    CHECK(same(row(*t, 0)[0].number, dec("115.689")));
    CHECK(same(row(*t, 1)[0].number, dec("0.3")));
    CHECK(same(row(*t, 2)[0].number, dec("123456789012345.678")));
    const doc::Table* s = d->find_table("s");
    REQUIRE(s);
    CHECK(same(row(*s, 0)[1].number, dec("-12.5")));
    CHECK(same(row(*s, 0)[2].number, dec("-0.1")));
    const auto keys = blocks_of<doc::KeyFigures>(*d);
    REQUIRE(keys.size() == 1);
    REQUIRE(keys[0]->items.size() == 1);
    CHECK(same(keys[0]->items[0].value.number, dec("123456789012345.678")));
    CHECK(keys[0]->items[0].unit == "hộ");
    // The sum of 0.1 and 0.2 as spreadsheets and the PDF total it: exact, never 0.30000000000000004.
    CHECK(same(dec("0.1") + dec("0.2"), dec("0.3")));
}

TEST_CASE("data tree: the document's date is the typed date of the data", "[data_tree]") {
    const std::string blocks = "  - paragraph: \"{{document.place_date}}\"\n";
    const std::string date_from = "document: {date_from: congress.end}\n";
    Ward w = awkward_ward();
    OfficialDocument reg;
    reg.date = Date{2025, 10, 4};
    w.documents["thu"] = reg;
    std::string errors;
    const auto d = build_own(blocks, w, errors, date_from);
    INFO(errors);
    REQUIRE(d);
    REQUIRE(d->meta.date);
    CHECK(*d->meta.date == Date{2025, 10, 4});
    // With no registration the definition's date_from (congress.end) gives it.
    const auto fallback = build_own(blocks, awkward_ward(), errors, date_from);
    REQUIRE(fallback);
    REQUIRE(fallback->meta.date);
    CHECK(*fallback->meta.date == Date{2025, 10, 3});
    const auto paragraphs = blocks_of<doc::Paragraph>(*fallback);
    REQUIRE(paragraphs.size() == 1);
    CHECK(paragraphs[0]->runs.at(0).text == "Thử, ngày 03 tháng 10 năm 2025");
    // Neither: no date, and the blank a clerk fills in by hand.
    const auto undated = build_own(blocks, awkward_ward(), errors);
    REQUIRE(undated);
    CHECK_FALSE(undated->meta.date);
}

TEST_CASE("data tree: a misspelt field of a figure or date is an error at its place", "[data_tree]") {
    CHECK_THAT(load_errors("  - paragraph: \"Diện tích {{geography.area.nubmer}}\"\n"),
               Catch::Contains("thu.yaml:4:27: error: unknown field 'geography.area.nubmer'; "
                               "did you mean 'geography.area.number'?"));
    CHECK_THAT(load_errors("  - paragraph: \"Ngày {{congress.end.shrot}}\"\n"),
               Catch::Contains("thu.yaml:4:22: error: unknown field 'congress.end.shrot'; did you mean 'congress.end.short'?"));
    CHECK_THAT(load_errors("  - paragraph: \"{{identity.name.text}}\"\n"),
               Catch::Contains("thu.yaml:4:17: error: unknown field 'identity.name.text'; 'identity.name' has no fields"));
    CHECK_THAT(load_errors("  - paragraph: \"{{congress.end}}\"\n"),
               Catch::Contains("thu.yaml:4:17: error: bad template: 'congress.end' is a group of fields, not a value; "
                               "expected one of its fields (e.g. congress.end.text)"));
}

TEST_CASE("data tree: a figure-only field given text, a date or a group is refused at load with its place", "[data_tree]") {
    // A numeric column of listed rows.
    CHECK_THAT(load_errors("  - table: {id: t, rows: economy.production, columns: [{key: a, type: decimal, field: name}]}\n"),
               Catch::Contains("thu.yaml:4:87: error: 'name' is not a figure"));
    // A date is not a number, though it has a "raw".
    CHECK_THAT(load_errors("  - table: {id: t, rows: resolution.targets, columns: [{key: a, type: decimal, field: congress.end}]}\n"),
               Catch::Contains("thu.yaml:4:87: error: 'congress.end' is not a figure"));
    // A key figure, a cell of a written-out row.
    CHECK_THAT(load_errors("  - key_figures: [{label: x, field: identity.name}]\n"),
               Catch::Contains("thu.yaml:4:37: error: 'identity.name' is not a figure"));
    CHECK_THAT(load_errors("  - table: {id: t, rows: [{a: congress.term}], columns: [{key: a, type: decimal}]}\n"),
               Catch::Contains("thu.yaml:4:31: error: 'congress.term' is not a figure"));
    // A chart's series is a numeric column: a text column cannot be one.
    CHECK_THAT(load_errors("  - table: {id: t, rows: economy.production, columns: [{key: n, field: name}, "
                           "{key: v, type: decimal, field: value}]}\n"
                           "  - chart: {id: c, table: t, category: n, series: [n]}\n"),
               Catch::Contains("column 'n' is text; a series expects a numeric column"));
    // The document's date comes from a date: a figure is not one.
    CHECK_THAT(load_errors("  - paragraph: x\n", "document: {date_from: geography.area}\n"),
               Catch::Contains("thu.yaml:3:23: error: 'geography.area' is not a date"));
}

TEST_CASE("data tree: the schema lists each typed leaf by its kind", "[data_tree]") {
    const auto fields = report::data_fields();
    auto has = [&](const std::string& f) { return std::find(fields.begin(), fields.end(), f) != fields.end(); };
    CHECK(has("geography.area  figure"));
    CHECK(has("congress.end  date"));
    CHECK(has("congress.term  term"));
    CHECK(has("resolution.targets  list"));
    CHECK(has("resolution.targets[].value  figure"));
    CHECK(has("congress.ordinal.roman  text"));
    CHECK_FALSE(has("resolution.targets[].index  text"));
    CHECK_FALSE(has("geography.area.number  text"));
}
