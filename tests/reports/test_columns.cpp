// Column options of the report tables: `signed` changes ("+557", "−12") shown with their sign
// while the cell keeps the number; `optional` columns left out when the data gives none of them.
#include "helpers.hpp"

using namespace wardreport;
using namespace wrtest;

namespace {

Quantity amount(const char* value) { return Quantity{*Decimal::parse(value), "tỷ đồng", 2025, false, ""}; }

// A ward with production rising in one sector, falling in one, unchanged in one, unknown in one.
Ward production_ward() {
    Ward w;
    w.identity.name = "Thử Nghiệm";
    w.identity.kind = WardKind::Xa;
    Economy e;
    e.production = {SectorValue{"CN", "Công nghiệp", amount("921"), Decimal::integer(557), 2020},
                    SectorValue{"NLN", "Nông nghiệp", amount("310"), *Decimal::parse("-12.5"), 2020},
                    SectorValue{"DV", "Dịch vụ", amount("100"), Decimal::integer(0), 2020},
                    SectorValue{"XD", "Xây dựng", amount("50"), std::nullopt, std::nullopt}};
    w.economy = e;
    return w;
}

}  // namespace

TEST_CASE("report columns: a signed column shows +557 and −12,5 and keeps the numbers", "[columns]") {
    const doc::Document d = build(builtin_catalog(), "bao-cao-thong-ke", production_ward());
    const doc::Table* t = d.find_table("gia-tri-san-xuat");
    REQUIRE(t);
    REQUIRE(t->size() == 4);
    const std::size_t change = column(*t, "change");
    // A short header: the long "Tăng (+) / giảm (−) so với năm gốc" wrapped onto five lines.
    CHECK(t->columns[change].title == "Tăng, giảm so với năm gốc");
    auto up = row(*t, 0), down = row(*t, 1), same = row(*t, 2), unknown = row(*t, 3);
    CHECK(up[change].type == doc::CellType::Decimal);
    CHECK(up[change].number == Decimal::integer(557));
    CHECK(up[change].text == "+557");
    CHECK(down[change].type == doc::CellType::Decimal);
    CHECK(down[change].number == *Decimal::parse("-12.5"));
    CHECK(down[change].text == "\u221212,5");  // the minus sign, not a hyphen
    CHECK(vi::cell(same[change], t->columns[change].decimals) == "0");
    CHECK(unknown[change].type == doc::CellType::Empty);
    CHECK(unknown[change].text.empty());
    // The other numeric columns are untouched.
    CHECK(up[column(*t, "value")].text.empty());
    const std::string text = report::document_text(d);
    CHECK_THAT(text, Catch::Contains("| 921 | tỷ đồng | +557 | 2020 |"));
    CHECK_THAT(text, Catch::Contains("| 310 | tỷ đồng | \u221212,5 | 2020 |"));
}

TEST_CASE("report columns: signed is for numeric columns", "[columns]") {
    TempDir dir;
    dir.write("sai.yaml", "description: x\nprofile: nd30\nblocks:\n"
                          "  - table:\n      id: t\n      rows: economy.production\n      columns:\n"
                          "        - {key: a, field: name, signed: true}\n");
    report::Catalog c = builtin_catalog();
    Diagnostics diags;
    CHECK_FALSE(c.add_directory(dir.path(), diags));
    CHECK_THAT(messages(diags), Catch::Contains("sai.yaml:8:41: error: 'signed' shows the sign of a number; "
                                                "expected it on a numeric column"));
}

TEST_CASE("report columns: an optional column is left out only when every cell is unknown", "[columns]") {
    // The demo gives head counts for every group: the column stays.
    const doc::Document demo = build(builtin_catalog(), "bao-cao-thong-ke", load_sample("xa-minh-hoa-demo.yaml"));
    const doc::Table* t = demo.find_table("dan-toc");
    REQUIRE(t);
    CHECK(row(*t, 0)[column(*t, "people")].number == Decimal::integer(8112));

    // One known count among unknown ones: the column stays, the unknown cells empty (not 0).
    Ward w;
    w.identity.name = "Thử Nghiệm";
    w.identity.kind = WardKind::Xa;
    w.geography.ethnic_groups = {EthnicGroup{"Kinh", Decimal(600, 1), std::nullopt},
                                  EthnicGroup{"Tày", Decimal(400, 1), 400}};
    doc::Document d = build(builtin_catalog(), "bao-cao-thong-ke", w);
    t = d.find_table("dan-toc");
    REQUIRE(t);
    REQUIRE(t->columns.size() == 4);
    const std::size_t people = column(*t, "people");
    CHECK(row(*t, 0)[people].type == doc::CellType::Empty);
    CHECK(row(*t, 1)[people].number == Decimal::integer(400));

    // No count at all: left out, every row one cell shorter, the pie on the shares unchanged.
    w.geography.ethnic_groups[1].count.reset();
    d = build(builtin_catalog(), "bao-cao-thong-ke", w);
    t = d.find_table("dan-toc");
    REQUIRE(t);
    CHECK(t->columns.size() == 3);
    CHECK(t->columns.back().key == "share");
    CHECK(row(*t, 1).size() == 3);
    CHECK(row(*t, 1)[2].number == Decimal(400, 1));
    const auto charts = blocks_of<doc::Chart>(d);
    REQUIRE(charts.size() == 1);
    CHECK(charts[0]->series.at(0).column == "share");
}

TEST_CASE("report columns: a chart on an optional column left out is left out, and a formula cannot use one", "[columns]") {
    TempDir dir;
    dir.write("nguoi.yaml", "description: x\nprofile: nd30\nblocks:\n"
                            "  - table:\n      id: t\n      rows: geography.ethnic_groups\n      columns:\n"
                            "        - {key: name, field: name}\n"
                            "        - {key: people, type: integer, field: count, optional: true}\n"
                            "  - chart: {kind: bar, id: c, table: t, category: name, series: [people], empty_text: Không có số người.}\n");
    report::Catalog c = builtin_catalog();
    Diagnostics diags;
    INFO(messages(diags));
    REQUIRE(c.add_directory(dir.path(), diags));
    const doc::Document d = build(c, "nguoi", load_sample("ky-son.yaml"));
    const doc::Table* t = d.find_table("t");
    REQUIRE(t);
    CHECK(t->columns.size() == 1);
    CHECK(blocks_of<doc::Chart>(d).empty());
    CHECK_THAT(report::document_text(d), Catch::Contains("Không có số người."));

    TempDir bad;
    bad.write("sai.yaml", "description: x\nprofile: nd30\nblocks:\n"
                          "  - table:\n      id: t\n      rows: geography.ethnic_groups\n      columns:\n"
                          "        - {key: people, type: integer, field: count, optional: true}\n"
                          "        - {key: twice, type: integer, formula: \"{people}*2\"}\n");
    report::Catalog c2 = builtin_catalog();
    Diagnostics d2;
    CHECK_FALSE(c2.add_directory(bad.path(), d2));
    CHECK_THAT(messages(d2), Catch::Contains("sai.yaml:9:48: error: formula refers to {people}, an optional column that "
                                             "may be left out; expected a column that is always there"));
}

TEST_CASE("report columns: a formats column is in the document of its formats only, the rows a view without it", "[columns]") {
    TempDir dir;
    dir.write("nguoi.yaml", "description: x\nprofile: nd30\nblocks:\n"
                            "  - table:\n      id: t\n      rows: geography.ethnic_groups\n      totals: true\n      columns:\n"
                            "        - {key: name, field: name, total: label}\n"
                            "        - {key: share, type: percent, decimals: 1, field: share, total: sum}\n"
                            "        - {key: twice, type: percent, decimals: 1, formula: \"{share}*2\", formats: [xlsx, ods]}\n"
                            "        - {key: four, type: percent, decimals: 1, formula: \"{twice}*2\", formats: [xlsx]}\n"
                            "        - {key: half, type: percent, decimals: 1, formula: \"{share}/2\"}\n"
                            "        - {key: live, type: percent, decimals: 1, field: share, formula: \"{four}/4\", "
                            "formula_formats: [xlsx]}\n");
    report::Catalog c = builtin_catalog();
    Diagnostics diags;
    INFO(messages(diags));
    REQUIRE(c.add_directory(dir.path(), diags));
    const doc::Document d = build(c, "nguoi", load_sample("ky-son.yaml"));
    const doc::Table* full = d.find_table("t");
    REQUIRE(full);
    REQUIRE(full->columns.size() == 6);
    CHECK(full->columns[5].formula == "{four}/4");
    CHECK_FALSE(c.for_format(d, "xlsx"));  // every column: the document itself, no copy

    const std::optional<doc::Document> ods = c.for_format(d, "ods");
    REQUIRE(ods);
    const doc::Table* t = ods->find_table("t");
    REQUIRE(t);
    std::vector<std::string> keys;
    for (const doc::Column& col : t->columns) keys.push_back(col.key);
    CHECK(keys == std::vector<std::string>{"name", "share", "twice", "half", "live"});
    // Printed everywhere, its formula kept for xlsx only: ods has the column and its values.
    CHECK(t->columns[4].formula.empty());
    CHECK(row(*t, 0)[4].number == row(*full, 0)[5].number);

    const std::optional<doc::Document> pdf = c.for_format(d, "pdf");
    REQUIRE(pdf);
    t = pdf->find_table("t");
    REQUIRE(t);
    REQUIRE(t->columns.size() == 4);
    CHECK(t->columns[2].key == "half");
    CHECK(t->columns[2].formula == "{share}/2");
    REQUIRE(t->size() == full->size());
    REQUIRE(t->totals.size() == 4);
    CHECK(t->totals[1].number == full->totals[1].number);
    for (std::size_t i = 0; i < t->size(); ++i) {
        const auto kept = row(*t, i), all = row(*full, i);
        REQUIRE(kept.size() == 4);
        CHECK(kept[0].text == all[0].text);
        CHECK(kept[1].number == all[1].number);
        CHECK(kept[2].number == all[4].number);
    }
    // The printed text has no trace of the spreadsheet's columns.
    CHECK_THAT(report::document_text(*pdf), !Catch::Contains("twice") && !Catch::Contains("four"));
    CHECK_THAT(report::document_text(d), Catch::Contains("four"));
    // A report without such columns (nor input rows) is written whole by every format.
    const doc::Document plain = build(builtin_catalog(), "nghi-quyet", load_sample("ky-son.yaml"));
    CHECK_FALSE(builtin_catalog().for_format(plain, "pdf"));
}

TEST_CASE("report columns: a column printed everywhere cannot read a formats column, nor can a chart", "[columns]") {
    TempDir bad;
    bad.write("sai.yaml", "description: x\nprofile: nd30\nblocks:\n"
                          "  - table:\n      id: t\n      rows: geography.ethnic_groups\n      columns:\n"
                          "        - {key: name, field: name}\n"
                          "        - {key: rule, type: percent, decimals: 1, field: share, formats: [xlsx]}\n"
                          "        - {key: twice, type: percent, decimals: 1, formula: \"{rule}*2\"}\n"
                          "        - {key: ods, type: percent, decimals: 1, formula: \"{rule}*3\", formats: [xlsx, ods]}\n"
                          "        - {key: bad, field: name, formats: xlsx}\n"
                          "        - {key: worse, field: name, formats: [\"PDF!\"]}\n"
                          "  - chart: {kind: bar, id: c, table: t, category: name, series: [rule]}\n");
    report::Catalog c = builtin_catalog();
    Diagnostics d;
    CHECK_FALSE(c.add_directory(bad.path(), d));
    const std::string m = messages(d);
    CHECK_THAT(m, Catch::Contains("sai.yaml:10:62: error: formula refers to {rule}, a column written only for xlsx, "
                                  "while the formula is written for every format; expected 'formula_formats: [xlsx]' "
                                  "(the formula kept for those formats only) or 'formats: [xlsx]' on this column, or a "
                                  "formula over columns every format has"));
    CHECK_THAT(m, Catch::Contains("sai.yaml:11:60: error: formula refers to {rule}, a column written only for xlsx, "
                                  "while the formula is written for xlsx, ods"));
    CHECK_THAT(m, Catch::Contains("sai.yaml:12:44: error: 'formats' lists the formats the column is written for; "
                                  "expected e.g. 'formats: [xlsx]'"));
    CHECK_THAT(m, Catch::Contains("sai.yaml:13:47: error: 'PDF!' is not a format id; expected one like xlsx"));
    CHECK_THAT(m, Catch::Contains("sai.yaml:14:66: error: column 'rule' is written only for some formats; a chart is "
                                  "drawn in every format, expected a column without 'formats'"));
}

namespace {

// The rows of a table with their cells as the text dump shows them, inputs included.
std::vector<std::string> rows_text(const doc::Table& t) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        std::string line;
        for (const doc::Cell& cell : row(t, i)) line += vi::cell(cell, 3) + "<" + cell.input + ">|";
        out.push_back(line);
    }
    return out;
}

std::size_t tables(const doc::Document& d) {
    return static_cast<std::size_t>(std::count_if(d.blocks.begin(), d.blocks.end(), [](const doc::Block& b) {
        return std::holds_alternative<doc::Table>(b);
    }));
}

}  // namespace

TEST_CASE("report input rows: the budget's blank row is in the xlsx document only", "[columns][input_row]") {
    const report::Catalog c = builtin_catalog();
    const doc::Document d = build(c, "bao-cao-thong-ke", load_sample("xa-minh-hoa-demo.yaml"));
    const doc::Table* full = d.find_table("thu-ngan-sach");
    REQUIRE(full);
    REQUIRE(full->size() == 3);  // 2020, 2025, the blank row
    CHECK(doc::is_input_row(row(*full, 2)));
    // The spreadsheet's document is the document itself: no view, no copy.
    CHECK_FALSE(c.for_format(d, "xlsx"));
    for (const char* format : {"pdf", "docx", "md"}) {
        INFO(format);
        const std::optional<doc::Document> printed = c.for_format(d, format);
        REQUIRE(printed);
        const doc::Table* t = printed->find_table("thu-ngan-sach");
        REQUIRE(t);
        REQUIRE(t->size() == 2);
        std::vector<std::string> years = rows_text(*full);
        years.pop_back();
        CHECK(rows_text(*t) == years);
        CHECK(t->columns.size() == full->columns.size());
        // Every other block as it was.
        CHECK(printed->blocks.size() == d.blocks.size());
        CHECK(report::document_text(*printed) != report::document_text(d));
        for (std::size_t i = 0; i < t->size(); ++i) CHECK_FALSE(doc::is_input_row(row(*t, i)));
    }
}

TEST_CASE("report input rows: a table of the blank row alone is left out of the printed documents", "[columns][input_row]") {
    const report::Catalog c = builtin_catalog();
    const doc::Document d = build(c, "bao-cao-thong-ke", load_sample("ky-son.yaml"));  // no budget year
    REQUIRE(d.find_table("thu-ngan-sach"));
    CHECK_THAT(report::document_text(d), Catch::Contains("Thu ngân sách nhà nước"));
    CHECK_FALSE(c.for_format(d, "xlsx"));
    const std::optional<doc::Document> pdf = c.for_format(d, "pdf");
    REQUIRE(pdf);
    CHECK_FALSE(pdf->find_table("thu-ngan-sach"));
    CHECK(tables(*pdf) + 1 == tables(d));
    CHECK(pdf->blocks.size() + 1 == d.blocks.size());
    // Title and all: no trace of the table in the printed text.
    CHECK_THAT(report::document_text(*pdf), !Catch::Contains("Thu ngân sách nhà nước"));
}

TEST_CASE("report input rows: 'formats' names the formats with the blank row, with formats columns too", "[columns][input_row]") {
    TempDir dir;
    const std::string table = "description: x\nprofile: nd30\nblocks:\n"
                              "  - table:\n      id: t\n      title: Thu\n      rows: economy.budget_revenue\n      columns:\n"
                              "        - {key: year, field: year}\n"
                              "        - {key: formats, type: decimal, field: value}\n"
                              "        - {key: plan, type: decimal, field: plan, formats: [xlsx, ods]}\n";
    dir.write("thu.yaml", table + "      input_row: {formats: [xlsx, ods], year: economy.budget_revenue.new.year}\n");
    // A column keyed "formats" keeps its input: only a list names formats.
    dir.write("cot.yaml", table + "      input_row: {formats: economy.budget_revenue.new.value}\n");
    report::Catalog c = builtin_catalog();
    Diagnostics diags;
    INFO(messages(diags));
    REQUIRE(c.add_directory(dir.path(), diags));
    const Ward demo = load_sample("xa-minh-hoa-demo.yaml");
    const doc::Document d = build(c, "thu", demo);
    const doc::Table* full = d.find_table("t");
    REQUIRE(full);
    REQUIRE(full->size() == 3);
    CHECK(row(*full, 2)[column(*full, "year")].input == "economy.budget_revenue.new.year");
    CHECK_FALSE(c.for_format(d, "xlsx"));
    CHECK_FALSE(c.for_format(d, "ods"));  // the blank row and the plan column both written for ods
    const std::optional<doc::Document> pdf = c.for_format(d, "pdf");
    REQUIRE(pdf);
    const doc::Table* t = pdf->find_table("t");
    REQUIRE(t);
    REQUIRE(t->size() == 2);
    REQUIRE(t->columns.size() == 2);  // the plan column left out too
    REQUIRE(row(*t, 1).size() == 2);
    CHECK(row(*t, 1)[1].number == row(*full, 1)[1].number);
    CHECK(row(*t, 0)[0].text == "2020");

    const doc::Document col = build(c, "cot", demo);
    REQUIRE(col.find_table("t"));
    REQUIRE(col.find_table("t")->size() == 3);
    CHECK(row(*col.find_table("t"), 2)[1].input == "economy.budget_revenue.new.value");
    CHECK_FALSE(c.for_format(col, "xlsx"));  // the default: xlsx alone
    const std::optional<doc::Document> ods = c.for_format(col, "ods");
    REQUIRE(ods);
    CHECK(ods->find_table("t")->size() == 2);
}

TEST_CASE("report input rows: a wrong 'formats' of an input_row says how to write it", "[columns][input_row][errors]") {
    TempDir bad;
    bad.write("sai.yaml", "description: x\nprofile: nd30\nblocks:\n"
                          "  - table:\n      id: t\n      rows: economy.budget_revenue\n      columns:\n"
                          "        - {key: year, field: year}\n"
                          "      input_row: {formats: xlsx, year: economy.budget_revenue.new.year}\n");
    report::Catalog c = builtin_catalog();
    Diagnostics diags;
    CHECK_FALSE(c.add_directory(bad.path(), diags));
    CHECK_THAT(messages(diags), Catch::Contains("sai.yaml:9:28: error: 'formats' lists the formats the blank row is written for") &&
                                    Catch::Contains("expected e.g. 'formats: [xlsx]'"));
}
