// Broken definitions and profiles give FILE:LINE:COLUMN: error: messages, when they are loaded.
#include "helpers.hpp"

using namespace wardreport;
using namespace wrtest;

namespace {

// Loads `text` as definition `name` next to the built-in catalog; returns every message.
std::string load_broken(const std::string& name, const std::string& text, bool profile = false) {
    TempDir dir;
    const fs::path file = dir.write((profile ? "profiles/" : "") + name, text);
    report::Catalog c = builtin_catalog();
    Diagnostics d;
    const bool ok = c.add_directory(dir.path(), d);
    CHECK_FALSE(ok);
    CHECK(d.has_errors());
    std::string out = messages(d);
    // Name the file as the test expects, independently of the temporary folder.
    for (std::size_t at = out.find(file.string()); at != std::string::npos; at = out.find(file.string()))
        out.replace(at, file.string().size(), name);
    return out;
}

const char* head = "description: x\nprofile: hd36\nblocks:\n";

}  // namespace

TEST_CASE("a misspelt field is reported at its place with a suggestion", "[errors]") {
    const std::string m = load_broken("sai.yaml", std::string(head) +
        "  - paragraph: \"Diện tích {{geography.aera.text}}\"\n");
    CHECK_THAT(m, Catch::Contains("sai.yaml:4:27: error: unknown field 'geography.aera.text'; did you mean 'geography.area'?"));
}

TEST_CASE("a misspelt field inside a block scalar points at its line", "[errors]") {
    const std::string m = load_broken("sai.yaml", std::string(head) +
        "  - paragraph: |\n      Dòng một {{identity.name}}\n      Dòng hai {{party.membrs.text}}\n");
    CHECK_THAT(m, Catch::Contains("sai.yaml:6:16: error: unknown field 'party.membrs.text'; did you mean 'party.members'?"));
}

TEST_CASE("a field of a list item is checked against the item", "[errors]") {
    const std::string m = load_broken("sai.yaml", std::string(head) +
        "  - list: {items: resolution.targets, text: \"{{nam}}\"}\n");
    CHECK_THAT(m, Catch::Contains("sai.yaml:4:46: error: unknown field 'nam'; did you mean 'name'?"));
}

TEST_CASE("bad mustache is reported", "[errors]") {
    CHECK_THAT(load_broken("sai.yaml", std::string(head) + "  - paragraph: \"{{#congress}}không đóng\"\n"),
               Catch::Contains("sai.yaml:4:17: error: bad template: section 'congress' is not closed; expected {{/congress}}"));
    CHECK_THAT(load_broken("sai.yaml", std::string(head) + "  - paragraph: \"mở {{identity.name\"\n"),
               Catch::Contains("sai.yaml:4:20: error: bad template: unclosed tag"));
    CHECK_THAT(load_broken("sai.yaml", std::string(head) + "  - paragraph: \"{{#congress}}x{{/party}}\"\n"),
               Catch::Contains("sai.yaml:4:31: error: bad template: {{/party}} closes no open section; expected {{/congress}}"));
    CHECK_THAT(load_broken("sai.yaml", std::string(head) + "  - paragraph: \"{{> phan}}\"\n"),
               Catch::Contains("sai.yaml:4:17: error: bad template: partials are not supported"));
    CHECK_THAT(load_broken("sai.yaml", std::string(head) + "  - paragraph: \"{{geography.area}}\"\n"),
               Catch::Contains("'geography.area' is a group of fields, not a value; expected one of its fields (e.g. geography.area.text)"));
}

TEST_CASE("an unknown profile, block type or key is reported", "[errors]") {
    CHECK_THAT(load_broken("sai.yaml", "description: x\nprofile: hd63\nblocks: []\n"),
               Catch::Contains("sai.yaml:2:10: error: unknown layout profile 'hd63'; expected one of: hd36, nd30"));
    CHECK_THAT(load_broken("sai.yaml", std::string(head) + "  - paragrap: x\n"),
               Catch::Contains("sai.yaml:4:5: error: unknown block type 'paragrap'; did you mean 'paragraph'?"));
    CHECK_THAT(load_broken("sai.yaml", std::string(head) + "  - heading: {text: x, levle: 2}\n"),
               Catch::Contains("sai.yaml:4:24: error: unknown key 'levle' in heading; did you mean 'level'?"));
    CHECK_THAT(load_broken("sai.yaml", "description: x\nprofile: hd36\nblock: []\n"),
               Catch::Contains("sai.yaml:3:1: error: unknown key 'block' in a report definition; did you mean 'blocks'?"));
    CHECK_THAT(load_broken("sai.yaml", std::string(head) + "  - paragraph: x\n    when: congres\n"),
               Catch::Contains("sai.yaml:5:11: error: unknown field 'congres'; did you mean 'congress'?"));
}

TEST_CASE("YAML syntax errors and invalid UTF-8 are reported with their position", "[errors]") {
    CHECK_THAT(load_broken("sai.yaml", std::string(head) + "  - paragraph: [x\n"),
               Catch::Contains("sai.yaml:5:1: error: YAML syntax: end of sequence flow not found"));
    CHECK_THAT(load_broken("sai.yaml", std::string(head) + "  - paragraph: \"a\xff\"\n"),
               Catch::Contains("sai.yaml:4:18: error: invalid UTF-8"));
}

TEST_CASE("tables and charts are checked: columns, formulas, figures", "[errors]") {
    const std::string table = std::string(head) +
        "  - table:\n"
        "      id: t\n"
        "      rows: resolution.targets\n"
        "      columns:\n"
        "        - {key: name, field: name}\n"
        "        - {key: pct, type: percent, formula: \"{actual}/{target}*100\"}\n";
    CHECK_THAT(load_broken("sai.yaml", table),
               Catch::Contains("sai.yaml:9:47: error: formula refers to {actual}, which is not a column before this one"));
    CHECK_THAT(load_broken("sai.yaml", std::string(head) +
        "  - table: {id: t, rows: resolution.targets, columns: [{key: a, type: decimal, field: name}]}\n"),
               Catch::Contains("'name' is not a figure"));
    CHECK_THAT(load_broken("sai.yaml", std::string(head) +
        "  - table: {id: t, rows: identity.name, columns: [{key: a, field: name}]}\n"),
               Catch::Contains("'identity.name' is not a list"));
    CHECK_THAT(load_broken("sai.yaml", std::string(head) +
        "  - table: {id: t, rows: resolution.targets, columns: [{key: a, type: percent, formula: \"{a\"}]}\n"),
               Catch::Contains("bad formula '{a'"));
    CHECK_THAT(load_broken("sai.yaml", std::string(head) +
        "  - chart: {id: c, table: khong, category: name, series: [x]}\n"),
               Catch::Contains("no table 'khong' before this chart"));
}

TEST_CASE("report errors: a key figure's input is a model path", "[errors]") {
    CHECK_THAT(load_broken("sai.yaml", std::string(head) +
        "  - key_figures: [{label: Dân số, field: geography.population, input: dân số}]\n"),
               Catch::Contains("sai.yaml:4:71: error: input 'dân số' is not a model path; expected e.g. geography.population.value"));
}

TEST_CASE("report errors: a table's input_row names columns a clerk fills, of list rows, with no chart", "[errors]") {
    const std::string table = std::string(head) +
        "  - table:\n"
        "      id: t\n"
        "      rows: economy.budget_revenue\n"
        "      columns:\n"
        "        - {key: year, field: year}\n"
        "        - {key: value, type: decimal, field: value}\n"
        "        - {key: pct, type: percent, formula: \"{value}/2\"}\n";
    CHECK_THAT(load_broken("sai.yaml", table + "      input_row: {pct: economy.budget_revenue.new.value}\n"),
               Catch::Contains("sai.yaml:11:19: error: 'pct' is not a column a clerk can fill"));
    CHECK_THAT(load_broken("sai.yaml", table + "      input_row: {value: new value}\n"),
               Catch::Contains("input 'new value' is not a model path"));
    CHECK_THAT(load_broken("sai.yaml", table + "      input_row: {value: economy.budget_revenue.new.value}\n" +
                                           "  - chart: {id: c, table: t, category: year, series: [value]}\n"),
               Catch::Contains("sai.yaml:12:27: error: table 't' has an 'input_row', which a chart would draw as a category"));
    CHECK_THAT(load_broken("sai.yaml", std::string(head) +
        "  - table: {id: t, columns: [{key: a}], rows: [{a: x}], input_row: {a: economy.budget_revenue.new.year}}\n"),
               Catch::Contains("'input_row' adds a row after the rows of a list"));
}

TEST_CASE("report errors: a column's when is checked against the row item", "[errors]") {
    const std::string table = std::string(head) +
        "  - table:\n"
        "      id: t\n"
        "      rows: resolution.targets\n"
        "      columns:\n"
        "        - {key: actual, type: decimal, field: actual}\n"
        "        - {key: target, type: decimal, field: target}\n"
        "        - {key: pct, type: percent, formula: \"{actual}/{target}*100\", when: rasing}\n";
    CHECK_THAT(load_broken("sai.yaml", table),
               Catch::Contains("sai.yaml:10:77: error: unknown field 'rasing'; did you mean 'raising'?"));
    // Rows written out in the definition have no item: their own when decides.
    CHECK_THAT(load_broken("sai.yaml", std::string(head) +
        "  - table: {id: t, rows: [{a: geography.area}], columns: [{key: a, type: decimal, when: geography.area}]}\n"),
               Catch::Contains("sai.yaml:4:89: error: a column's 'when' reads the row's item; this table lists its rows, "
                               "expected 'when' on each row instead"));
}

TEST_CASE("a broken profile and a report defined twice are reported", "[errors][profile]") {
    CHECK_THAT(load_broken("xau.yaml", "styles:\n  body: {size: 14}\n  tieu_de: {size: 3}\n", true),
               Catch::Contains("xau.yaml:3:3: error: unknown key 'tieu_de' in styles"));
    CHECK_THAT(load_broken("xau.yaml", "issuer_mark: sao\nstyles:\n  body: {size: 14}\n", true),
               Catch::Contains("xau.yaml:1:14: error: unknown issuer_mark 'sao'; expected star, rule or none"));
    CHECK_THAT(load_broken("xau.yaml", "description: x\n", true),
               Catch::Contains("the profile has no style for 'body'"));
    CHECK_THAT(load_broken("nghi-quyet.yaml", "description: x\nprofile: hd36\nblocks: []\n"),
               Catch::Contains("report 'nghi-quyet' is already defined in"));
}

// The builder reads a figure's Decimal and unit: a value that is not a figure (the ordinal of the
// congress, a date) must be refused when the definition loads, not read past at build time.
TEST_CASE("a key figure or a fixed-row cell bound to a value that is not a figure is refused at load", "[errors]") {
    CHECK_THAT(load_broken("sai.yaml", std::string(head) +
        "  - key_figures: [{label: x, field: congress.ordinal}]\n"),
               Catch::Contains("sai.yaml:4:37: error: 'congress.ordinal' is not a figure"));
    CHECK_THAT(load_broken("sai.yaml", std::string(head) +
        "  - table: {id: t, rows: [{a: congress.ordinal}], columns: [{key: a, type: money, unit: đồng}]}\n"),
               Catch::Contains("sai.yaml:4:31: error: 'congress.ordinal' is not a figure"));
    CHECK_THAT(load_broken("sai.yaml", std::string(head) +
        "  - key_figures: [{label: x, field: congress.start}]\n"),
               Catch::Contains("'congress.start' is not a figure"));
}

// One parser (wardreport/formula.hpp) for the engine and the XLSX exporter: what it refuses does
// not load, and the error points at the character that is wrong.
TEST_CASE("a formula the XLSX exporter would refuse is a FILE:LINE:COLUMN error at load", "[errors]") {
    auto formula = [](const std::string& f) {
        return std::string(head) +
            "  - table:\n"
            "      id: t\n"
            "      rows: resolution.targets\n"
            "      columns:\n"
            "        - {key: a, type: decimal, field: actual}\n"
            "        - {key: b, type: decimal, formula: \"" + f + "\"}\n";
    };
    CHECK_THAT(load_broken("sai.yaml", formula("{a} * 100.")),
               Catch::Contains("sai.yaml:9:51: error: bad formula '{a} * 100.': bad number '100.'"));
    CHECK_THAT(load_broken("sai.yaml", formula("{a}\\n* 2")),
               Catch::Contains("sai.yaml:9:44: error: bad formula '{a}\n* 2': unexpected a line break; a formula is one line"));
    CHECK_THAT(load_broken("sai.yaml", formula("{a} * 1e3")),
               Catch::Contains("sai.yaml:9:52: error: bad formula '{a} * 1e3': unexpected 'e'"));
    CHECK_THAT(load_broken("sai.yaml", formula("{a} * 1234567890123456789")),
               Catch::Contains("bad number '1234567890123456789'"));
    CHECK_THAT(load_broken("sai.yaml", formula("{a} * 1.2.3")),
               Catch::Contains("bad number '1.2.3'"));
}

TEST_CASE("a formula in the XLSX grammar loads: unary + and -, tabs, decimals", "[errors]") {
    TempDir dir;
    dir.write("dung.yaml", std::string(head) +
        "  - table:\n"
        "      id: t\n"
        "      rows: resolution.targets\n"
        "      columns:\n"
        "        - {key: a, type: decimal, field: actual}\n"
        "        - {key: b, type: decimal, formula: \"+{a}\\t* -0.5 + .25\"}\n");
    report::Catalog c = builtin_catalog();
    Diagnostics d;
    INFO(messages(d));
    CHECK(c.add_directory(dir.path(), d));
    CHECK_FALSE(d.has_errors());
}

TEST_CASE("a definition's columns count characters, not bytes", "[errors]") {
    // "Dòng một" is 8 characters and 11 bytes: the key after it is at column 29, not 32.
    CHECK_THAT(load_broken("sai.yaml", std::string(head) + "  - {paragraph: \"Dòng một\", sai: 1}\n"),
               Catch::Contains("sai.yaml:4:29: error: unknown block type 'sai'"));
    CHECK_THAT(load_broken("sai.yaml", std::string(head) + "  - paragraph: \"Dòng một\" x: [\n"),
               Catch::Contains("sai.yaml:4:27: error: YAML syntax: end of map not found"));
}
