// Every validation rule, each on a small file: the problem is found, at the right line, and
// the message says what was expected.
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace wardreport;
using test::kHeader;
using test::parse;

namespace {
std::string with(const std::string& body) { return std::string(kHeader) + body; }
}  // namespace

TEST_CASE("the smallest file is valid", "[rules]") {
    const test::Loaded l = parse(kHeader);
    INFO(l.listing());
    REQUIRE(l.ward);
    CHECK(l.diags.all().empty());
    CHECK_FALSE(l.ward->congress);
    CHECK_FALSE(l.ward->resolution);
}

TEST_CASE("text is normalised to NFC", "[rules]") {
    const test::Loaded l = parse("wardreport: 1\nward: {name: \"Ky\xCC\x80 So\xCC\x9Bn\", kind: phường, province: Phú Thọ}\n");
    REQUIRE(l.ward);
    CHECK(l.ward->identity.name == "Kỳ Sơn");
}

TEST_CASE("JSON is accepted", "[rules]") {
    const test::Loaded l = parse(R"({"wardreport": 1, "ward": {"name": "Kỳ Sơn", "kind": "phường", "province": "Phú Thọ"},
        "geography": {"area": 115.689, "population": 20379}})", "ward.json");
    INFO(l.listing());
    REQUIRE(l.ward);
    CHECK(l.ward->geography.area->value.to_string() == "115.689");
}

TEST_CASE("file-level problems", "[rules]") {
    CHECK(parse("").error(1, "the file is empty"));
    CHECK(parse("  \n\n").error(1, "the file is empty"));
    CHECK(parse("# only a comment\n").error(1, "no data"));
    CHECK(parse(std::string("wardreport: 1\nward: x") + '\0' + "y").error(2, "binary file"));
    const test::Loaded bad = parse("wardreport: 1\nward: {name: \"K\xC3\"}\n");
    CHECK(bad.error(2, "invalid UTF-8"));
    CHECK(bad.diags.all().at(0).column == 16);
    CHECK(parse("wardreport: 1\nward: {name: \"K\x01\"}\n").error(2, "control character U+0001"));
    CHECK(parse("- a\n- b\n").error(1, "expected a map of sections"));
    CHECK(parse(with("---\nward: x\n")).error(4, "a second YAML document"));
    CHECK(parse("\xEF\xBB\xBF" + std::string(kHeader)).ward);  // a byte order mark is fine
}

// yaml-cpp 0.7.0's LoadAll never returned on these (jbeder/yaml-cpp#1040): the process grew
// by about 200 MB a second until the OOM killer stopped it.
TEST_CASE("a token the YAML parser cannot read is an error at its place, not a hang", "[rules]") {
    CHECK(parse(",").error(1, "YAML syntax error: ',' where a value"));
    CHECK(parse("# c\n,\n").error(2, "YAML syntax error: ',' where a value"));
    CHECK(parse("---\n,\n").error(2, "YAML syntax error: ','"));
    const test::Loaded after = parse(with("---\n,\n"));
    CHECK(after.error(4, "YAML syntax error: ','"));
    CHECK(after.diags.all().at(0).column == 1);
    CHECK_FALSE(after.ward);
    CHECK(parse(with("---\n")).ward);  // an empty second document is no document
    CHECK(parse(with("...\n")).ward);
}

TEST_CASE("YAML syntax errors give the place", "[rules]") {
    const test::Loaded l = parse(with("geography:\n  area: [1, 2\n  population: 5\n"));
    CHECK_FALSE(l.ward);
    CHECK(l.error(4, "'[' opened here is not closed on this line; expected ']'"));
    CHECK(l.diags.all().at(0).column == 9);
    // No bracket, quote or tab behind it: yaml-cpp's own words, where it stopped.
    const test::Loaded other = parse(with("geography:\n  area: 1\n   population: 5\n"));
    CHECK_FALSE(other.ward);
    CHECK(other.error(5, "YAML syntax error: illegal map value"));
}

TEST_CASE("format version", "[rules]") {
    CHECK(parse("ward: {name: A, kind: xã, province: P}\n").error(1, "missing format version 'wardreport: 1'"));
    CHECK(parse("wardreport: 2\nward: {name: A, kind: xã, province: P}\n").error(1, "unsupported format version 2"));
}

TEST_CASE("unknown fields get a suggestion", "[rules]") {
    const test::Loaded l = parse("wardreport: 1\nward: {nmae: A, kind: xã, province: P}\ngeograpy: {}\nfoo: 1\n");
    CHECK(l.error(2, "unknown field 'nmae' in 'ward'; did you mean 'name'?"));
    CHECK_FALSE(l.error(0, "missing required field 'name'"));  // the typo says it already
    CHECK(l.error(3, "did you mean 'geography'?"));
    CHECK(l.error(4, "unknown field 'foo'; expected one of: wardreport, ward,"));
    CHECK(parse(with("party: {secretary: {name: A, title: Phó Bí thư, Chủ tịch UBND}}\n"))
              .error(3, "put text that contains commas in quotes"));
}

TEST_CASE("duplicate keys", "[rules]") {
    const test::Loaded l = parse("wardreport: 1\nward:\n  name: A\n  kind: xã\n  name: B\n  province: P\n");
    CHECK(l.error(5, "duplicate key 'name' in 'ward' (first written at line 3)"));
    CHECK(parse(with("documents:\n  nghi-quyet: {symbol: A, issuing_body: B}\n  nghi-quyet: {symbol: A, issuing_body: B}\n"))
              .error(5, "duplicate key 'nghi-quyet'"));
}

TEST_CASE("missing required fields", "[rules]") {
    CHECK(parse("wardreport: 1\nward: {name: A, kind: xã}\n").error(2, "missing required field 'province' in 'ward'"));
    CHECK(parse("wardreport: 1\n").error(1, "missing required field 'ward'"));
    CHECK(parse("wardreport: 1\nward: {name: , kind: xã, province: P}\n").error(2, "'ward.name' is empty"));
}

TEST_CASE("wrong types", "[rules]") {
    CHECK(parse(with("geography: [1]\n")).error(3, "'geography' is a list; expected a map of fields"));
    CHECK(parse(with("geography: {ethnic_groups: {name: A}}\n")).error(3, "expected a list"));
    CHECK(parse(with("geography: {area: abc}\n")).error(3, "expected a number in machine notation"));
    CHECK(parse(with("geography: {area: [1]}\n")).error(3, "is a list; expected a number (in km²)"));
    CHECK(parse(with("congress: {ordinal: 1, term: 2025-2030, delegates: 2.5}\n")).error(3, "expected a whole number"));
    CHECK(parse(with("economy: {production: [{sector: A, year: 2025, value: 1, estimated: yes}]}\n"))
              .error(3, "expected true or false"));
    CHECK(parse(with("ward: x\n")).error(0, "duplicate key 'ward'"));
    CHECK(parse("wardreport: 1\nward: {name: [A], kind: xã, province: P}\n").error(2, "'ward.name' is a list; expected text"));
    CHECK(parse("wardreport: 1\nward: {name: A, kind: xa, province: P}\n").error(2, "did you mean 'xã'?"));
}

TEST_CASE("numbers in Vietnamese notation are explained", "[rules]") {
    CHECK(parse(with("geography:\n  area: 115,689\n")).error(4, "'115,689' is ambiguous"));
    CHECK(parse(with("geography:\n  area: 115,689\n")).error(4, "write 115.689 if you mean 115 and 689 thousandths, or 115689"));
    CHECK(parse(with("geography: {population: \"20.379\"}\n")).error(3, "is in quotes, so it is text"));
    CHECK(parse(with("party: {members: 1.789}\n")).error(3, "looks like Vietnamese thousands notation"));
    CHECK(parse(with("party: {members: 1.789}\n")).error(3, "write 1789"));
    CHECK(parse(with("geography:\n  ethnic_groups:\n    - name: A\n      share: 68,3\n")).error(6, "write 68.3"));
    CHECK(parse(with("geography: {ethnic_groups: [{name: A, share: 68.3%}]}\n")).error(3, "without '%': 68.3"));
    CHECK(parse(with("economy:\n  production:\n    - sector: A\n      year: 2025\n      value: 5.587,9\n")).error(7, "write 5587.9"));
    CHECK(parse(with("geography: {population: 1.234.567}\n")).error(3, "write 1234567"));
}

TEST_CASE("negative counts", "[rules]") {
    CHECK(parse(with("party: {members: -5}\n")).error(3, "'party.members' is negative (-5); expected at least 0"));
    CHECK(parse(with("party: {members: {value: -5}}\n")).error(3, "is negative"));
    CHECK(parse(with("congress: {ordinal: 1, term: 2025-2030, delegates: -220}\n")).error(3, "is negative"));
    CHECK(parse(with("geography: {ethnic_groups: [{name: A, count: -1}]}\n")).error(3, "is negative"));
    CHECK(parse(with("congress: {ordinal: 0, term: 2025-2030}\n")).error(3, "expected at least 1"));
}

TEST_CASE("quantities: plain, map, units, hectares", "[rules]") {
    test::Loaded l = parse(with("geography:\n  area: {value: 150.5, unit: ha, year: 2024, estimated: true, note: n}\n"));
    REQUIRE(l.ward);
    CHECK(l.ward->geography.area->value.to_string() == "1.505");
    CHECK(l.ward->geography.area->unit == "km²");
    CHECK(l.ward->geography.area->estimated);
    l = parse(with("geography: {area: {value: 7, unit: km2}}\n"));
    CHECK(l.ward->geography.area->unit == "km²");
    CHECK(parse(with("geography: {area: {value: 7, unit: m2}}\n")).error(3, "expected one of: km², km2, ha"));
    CHECK(parse(with("geography: {area: {unit: ha}}\n")).error(3, "missing required field 'value'"));
    l = parse(with("economy: {enterprises: {value: 206, unit: công ty}}\n"));
    CHECK(l.ward->economy.enterprises->unit == "công ty");
}

TEST_CASE("ethnic shares: rounding is silent, a few points warn, more is an error", "[rules]") {
    auto shares = [](const char* a, const char* b) {
        return with(std::string("geography:\n  ethnic_groups:\n    - {name: A, share: ") + a + "}\n    - {name: B, share: " + b + "}\n");
    };
    test::Loaded l = parse(shares("68.3", "31.8"));  // 100.1
    CHECK(l.ward);
    CHECK(l.diags.all().empty());
    l = parse(shares("68.3", "30.0"));  // 98.3
    CHECK(l.ward);
    CHECK(l.warning(4, "add up to 98.3%; expected about 100%"));
    l = parse(shares("68.3", "20"));  // 88.3
    CHECK(l.error(4, "add up to 88.3%"));
    CHECK(parse(shares("68.3", "120")).error(6, "out of range; expected 0 to 100"));
    CHECK(parse(shares("-1", "101")).error(5, "is negative"));
    // Not every group has a share: only too much is wrong.
    l = parse(with("geography:\n  ethnic_groups:\n    - {name: A, share: 60}\n    - {name: B, count: 10}\n"));
    CHECK(l.ward);
    CHECK(l.diags.all().empty());
    CHECK(parse(with("geography:\n  ethnic_groups:\n    - {name: A, share: 80}\n    - {name: B, share: 30}\n    - {name: C, count: 1}\n"))
              .error(4, "at most 100%"));
    CHECK(parse(with("geography:\n  ethnic_groups:\n    - {name: A}\n")).error(5, "neither a share nor a count"));
    CHECK(parse(with("geography:\n  ethnic_groups:\n    - {name: A, share: 50}\n    - {name: A, share: 50}\n"))
              .error(6, "listed twice"));
}

TEST_CASE("ethnic counts against the population", "[rules]") {
    CHECK(parse(with("geography:\n  population: 100\n  ethnic_groups:\n    - {name: A, count: 80}\n    - {name: B, count: 30}\n"))
              .error(5, "add up to 110 people, more than the population 100"));
    CHECK(parse(with("geography:\n  population: 1000\n  ethnic_groups:\n    - {name: A, share: 50, count: 700}\n"))
              .warning(6, "is 70.0% of the population, but its share is 50%"));
}

TEST_CASE("dates", "[rules]") {
    auto congress = [](const char* start, const char* end) {
        return with(std::string("congress:\n  ordinal: 1\n  term: 2025-2030\n  start: ") + start + "\n  end: " + end + "\n");
    };
    CHECK(parse(congress("2025-02-30", "2025-03-01")).error(6, "impossible date '2025-02-30': month 2 of 2025 has 28 days"));
    CHECK(parse(congress("2024-02-29", "2024-03-01")).diags.error_count() == 0);
    CHECK(parse(congress("2025-13-01", "2025-12-01")).error(6, "no month 13"));
    CHECK(parse(congress("2101-01-01", "2101-01-02")).error(6, "year 2101 of '2101-01-01' is out of range; expected 1900 to 2100"));
    CHECK(parse(congress("23/7", "2025-07-23")).error(6, "expected a date as 2025-07-23"));
    CHECK(parse(congress("2025-07-23", "2025-07-22")).error(7, "the congress ends (2025-07-22) before it starts (2025-07-23)"));
    test::Loaded l = parse(congress("22/7/2025", "23/07/2025"));
    REQUIRE(l.ward);
    CHECK(l.ward->congress->start == Date{2025, 7, 22});
    CHECK(l.ward->congress->end == Date{2025, 7, 23});
    CHECK(parse(congress("2020-07-22", "2020-07-23")).warning(6, "its term begins in 2025"));
}

TEST_CASE("terms", "[rules]") {
    CHECK(parse(with("congress: {ordinal: 1, term: 2030-2025}\n")).error(3, "ends before it starts"));
    CHECK(parse(with("congress: {ordinal: 1, term: 2025}\n")).error(3, "expected a term as 2025-2030"));
    CHECK(parse(with("congress: {ordinal: 1, term: 2096-2101}\n")).error(3, "term '2096-2101' is out of range; expected years 1900 to 2100"));
    test::Loaded l = parse(with("congress: {ordinal: 1, term: 2025 – 2030}\n"));
    REQUIRE(l.ward);
    CHECK(l.ward->congress->term.to == 2030);
}

TEST_CASE("party and congress consistency", "[rules]") {
    CHECK(parse(with("party: {executive_committee_size: 10, standing_committee_size: 30}\n")).error(3, "larger than the executive committee"));
    CHECK(parse(with("congress: {ordinal: 1, term: 2025-2030, delegates: 300, members_represented: 200}\n"))
              .error(3, "300 delegates represent only 200 members"));
    CHECK(parse(with("party: {admitted: 57}\n")).warning(3, "expected 'admitted_term'"));
}

TEST_CASE("economy consistency", "[rules]") {
    CHECK(parse(with("economy:\n  production:\n    - {sector: A, year: 2025, value: 1, change: 2}\n")).error(5, "has no 'change_since'"));
    CHECK(parse(with("economy:\n  production:\n    - {sector: A, year: 2025, value: 1, change_since: 2020}\n")).error(5, "has no 'change'"));
    CHECK(parse(with("economy:\n  production:\n    - {sector: A, year: 2020, value: 1, change: 2, change_since: 2025}\n"))
              .error(5, "is not before the year of the value"));
    CHECK(parse(with("economy:\n  production:\n    - {sector: A, year: 2025, value: 1}\n    - {sector: A, year: 2025, value: 2}\n"))
              .error(6, "two values for 2025"));
    CHECK(parse(with("economy:\n  budget_revenue:\n    - {year: 2025, value: 1}\n    - {year: 2025, value: 2}\n"))
              .error(6, "given twice"));
}

namespace {
std::string resolution(const std::string& targets, const std::string& extra = "") {
    return with("congress: {ordinal: 1, term: 2025-2030}\n"
                "resolution:\n"
                "  groups:\n"
                "    - {id: kt, name: Kinh tế, stated_count: 2}\n"
                "    - {id: qp, name: Quốc phòng}\n" +
                extra + "  targets:\n" + targets);
}
// line 8 is "  targets:", the first target starts at line 9
}  // namespace

TEST_CASE("targets: ids, groups, years", "[rules]") {
    const std::string a = "    - {id: a, group: kt, name: A, unit: '%', kind: level, value: 1, target_year: 2030}\n";
    test::Loaded l = parse(resolution(a));
    INFO(l.listing());
    REQUIRE(l.ward);
    CHECK(l.diags.all().empty());
    CHECK(parse(resolution(a + a)).error(10, "duplicate target id 'a' (first at line 9)"));
    CHECK(parse(resolution("    - {id: a, group: kinh, name: A, unit: '%', kind: level, value: 1, target_year: 2030}\n"))
              .error(9, "refers to group 'kinh', which is not in resolution.groups"));
    CHECK(parse(resolution("    - {id: a, group: kx, name: A, unit: '%', kind: level, value: 1, target_year: 2030}\n"))
              .error(9, "did you mean 'kt'?"));
    CHECK(parse(resolution("    - {id: a, group: kt, name: A, unit: '%', kind: level, value: 1, target_year: 2035}\n"))
              .error(9, "target year 2035 is outside the congress term 2025-2030"));
    CHECK(parse(resolution("    - {id: a, group: kt, name: A, unit: '%', kind: level, value: 1, target_year: 2030, baseline: 1}\n"))
              .error(9, "has a baseline but no 'baseline_year'"));
    CHECK(parse(resolution("    - {id: a, group: kt, name: A, unit: '%', kind: level, value: 1, target_year: 2027, baseline: 1, baseline_year: 2028}\n"))
              .error(9, "baseline year 2028 is after the target year 2027"));
    CHECK(parse(resolution("    - {id: a, group: kt, name: A, unit: '%', kind: levle, value: 1, target_year: 2030}\n"))
              .error(9, "did you mean 'level'?"));
    CHECK(parse(resolution(a, "    - {id: kt, name: Again}\n")).error(8, "duplicate group id 'kt'"));
}

TEST_CASE("targets: the fields each kind needs", "[rules]") {
    auto target = [](const std::string& fields) {
        return resolution("    - {id: a, group: kt, name: A, unit: u, target_year: 2030, " + fields + "}\n");
    };
    CHECK(parse(target("kind: level")).error(9, "of kind level has no 'value'"));
    CHECK(parse(target("kind: total")).error(9, "of kind total has no 'value'"));
    CHECK(parse(target("kind: range, min: 1")).error(9, "has no 'max'"));
    CHECK(parse(target("kind: range, min: 5, max: 1")).error(9, "expected min ≤ max"));
    CHECK(parse(target("kind: growth")).error(9, "of kind growth has no 'rate'"));
    CHECK(parse(target("kind: change, value: 3")).error(9, "'value' does not apply to target 'a' of kind change"));
    CHECK(parse(target("kind: total, value: 5, comparison: at_least")).error(9, "'comparison' does not apply"));
    CHECK(parse(target("kind: level, value: 1, comparison: more")).error(9, "expected one of: at_least, above, at_most, below, exactly"));
    CHECK(parse(target("kind: growth, rate: 5, baseline: 1, baseline_year: 2030")).error(9, "needs the baseline year before"));
    test::Loaded l = parse(target("kind: range, min: 85, max: 95"));
    REQUIRE(l.ward);
    CHECK(l.ward->resolution->targets[0].kind == TargetKind::Range);
}

TEST_CASE("targets: actuals", "[rules]") {
    auto target = [](const std::string& actuals) {
        return resolution("    - id: a\n      group: kt\n      name: A\n      unit: u\n      kind: total\n      value: 10\n"
                          "      target_year: 2030\n      actuals:\n" + actuals);
    };
    test::Loaded l = parse(target("        - {year: 2027, value: 3}\n        - {year: 2026, value: 2, estimated: true}\n"));
    REQUIRE(l.ward);
    const Target& t = l.ward->resolution->targets[0];
    REQUIRE(t.actuals.size() == 2);
    CHECK(t.actuals[0].year == 2026);  // sorted
    CHECK(t.actuals[0].estimated);
    CHECK(parse(target("        - {year: 2026, value: 1}\n        - {year: 2026, value: 2}\n")).error(18, "two actuals for 2026"));
    CHECK(parse(target("        - {year: 2031, value: 1}\n")).error(17, "actual for 2031 is outside 2025 to 2030"));
    CHECK(parse(target("        - {year: 2023, value: 1}\n")).error(17, "actual for 2023 is outside"));
}

TEST_CASE("stated counts below the number listed", "[rules]") {
    const std::string three =
        "    - {id: a, group: kt, name: A, unit: u, kind: level, value: 1, target_year: 2030}\n"
        "    - {id: b, group: kt, name: B, unit: u, kind: level, value: 1, target_year: 2030}\n"
        "    - {id: c, group: kt, name: C, unit: u, kind: level, value: 1, target_year: 2030}\n";
    CHECK(parse(resolution(three)).error(6, "group 'kt' lists 3 but 'stated_count' is 2"));
    CHECK(parse(resolution("", "  breakthroughs: [a, b, c]\n  stated_breakthroughs: 2\n")).error(9, "lists 3 but 'stated_breakthroughs' is 2"));
    CHECK(parse(resolution("", "  tasks: [a]\n  stated_tasks: 0\n")).error(9, "lists 1 but 'stated_tasks' is 0"));
}

TEST_CASE("a resolution without a congress warns", "[rules]") {
    CHECK(parse(with("resolution: {breakthroughs: [a]}\n")).warning(3, "the resolution has no congress"));
}

TEST_CASE("documents", "[rules]") {
    test::Loaded l = parse(with("documents:\n  nghi-quyet:\n    symbol: NQ/ĐH\n    issuing_body: B\n    number: 1\n"
                               "    signer: {authority: [T/M ĐOÀN CHỦ TỊCH]}\n"));
    REQUIRE(l.ward);
    CHECK(l.ward->documents.at("nghi-quyet").number == 1);
    CHECK(l.ward->documents.at("nghi-quyet").signer.name.empty());
    CHECK(parse(with("documents:\n  Nghi Quyet: {symbol: A, issuing_body: B}\n")).error(4, "is not a valid id"));
    CHECK(parse(with("documents:\n  nghi-quyet: {issuing_body: B}\n")).error(4, "missing required field 'symbol'"));
    // Which report ids exist is the report catalog's to say (report::Catalog::check_documents):
    // the loader keeps any id, with the place of its key.
    const test::Loaded typo = parse(with("documents:\n  nghi-quyt: {symbol: A, issuing_body: B}\n"));
    CHECK(typo.diags.all().empty());
    REQUIRE(typo.ward);
    CHECK(typo.ward->source.document_keys.at("nghi-quyt") == std::pair<int, int>(4, 3));
    CHECK(parse(with("documents:\n  bao-cao-rieng: {symbol: A, issuing_body: B}\n")).diags.all().empty());
    CHECK(parse(with("documents:\n  nghi-quyet: {symbol: A, issuing_body: B, number: 0}\n")).error(4, "expected at least 1"));
}

TEST_CASE("every problem of a file is reported in one run, in line order", "[rules]") {
    const test::Loaded l = parse("wardreport: 1\nward: {name: A, kind: xa, province: Phú Thọ}\n"
                                "party: {members: -1, standing_committee_size: x}\n"
                                "congress: {ordinal: 1, term: 2025-2030, start: 2025-02-30}\n");
    CHECK(l.diags.error_count() == 4);
    int last = 0;
    for (const Diagnostic& d : l.diags.all()) {
        CHECK(d.line >= last);
        last = d.line;
        CHECK(d.file == "test.yaml");
        CHECK(d.message.find("; ") != std::string::npos);  // what is wrong; what was expected
    }
}

// Issue 10's messages: each says what to write instead, with the clerk's own value.
TEST_CASE("hints say what to write instead, using the clerk's value", "[rules]") {
    CHECK(parse(with("congress: {ordinal: XIV, term: 2025-2030}\n")).error(3, "'XIV' is a Roman numeral: write 14 for lần thứ XIV"));
    CHECK(parse(with("geography:\n  area: 41,7km2\n")).error(4, "write {value: 41.7, unit: km2}"));
    CHECK(parse(with("resolution:\n  targets:\n    - {id: a, name: A, kind: level, value: 5 tỷ đồng}\n"))
              .error(5, "write 5 and put the unit ('tỷ đồng') in the field 'unit'"));
    CHECK(parse(with("resolution:\n  targets:\n    - {id: a, name: A, kind: giảm, rate: 2}\n"))
              .error(5, "a fall is a growth or change with a negative rate"));
    // Every target written counts against 'stated_count', even one with its own mistake.
    CHECK(parse(with("resolution:\n  groups: [{id: g, name: G, stated_count: 1}]\n  targets:\n"
                     "    - {id: a, group: g, name: A, kind: giảm, rate: 2}\n"
                     "    - {id: b, group: g, name: B, kind: level, value: 1}\n"
                     "    - {id: c, group: g, name: C, kind: level, value: 1}\n"))
              .error(4, "group 'g' lists 3 but 'stated_count' is 1; expected at least 3"));
    // A congress section with mistakes is not "no congress".
    const test::Loaded bad = parse(with("congress: {ordinal: I, term: 2025-2030}\nresolution: {overall_goal: x}\n"));
    CHECK_FALSE(bad.warning(0, "the resolution has no congress"));
    CHECK(parse(with("resolution: {overall_goal: x}\n")).warning(0, "the resolution has no congress"));
}

TEST_CASE("optional means optional: a target with no group, year or unit, an incomplete group", "[rules]") {
    const test::Loaded l = parse(with("congress: {ordinal: 1, term: 2025-2030}\nresolution:\n  targets_complete: false\n"
                                      "  groups: [{id: g, name: G, complete: false}]\n  targets:\n"
                                      "    - {id: a, name: A, kind: qualitative, status: achieved}\n"
                                      "    - {id: b, group: g, name: B, kind: growth, rate: 10, comparison: above}\n"
                                      "    - {id: c, group: g, name: C, kind: level, value: 2, linked_to: b}\n"));
    INFO(l.listing());
    REQUIRE(l.ward);
    CHECK(l.diags.all().empty());
    const Resolution& r = *l.ward->resolution;
    CHECK_FALSE(r.targets_complete);
    CHECK_FALSE(r.groups[0].complete);
    CHECK(r.targets[0].group.empty());
    CHECK_FALSE(r.targets[0].target_year);
    CHECK(r.targets[0].assessed == TargetStatus::Achieved);
    CHECK(r.targets[1].comparison == Comparison::Above);
    CHECK(r.targets[2].linked_to == "b");
    CHECK(parse(with("resolution:\n  groups: [{id: g, name: G, complete: false, stated_count: 3}]\n"))
              .error(4, "expected one of the two"));
    CHECK(parse(with("resolution:\n  targets:\n    - {id: a, name: A, kind: level, value: 1, linked_to: x}\n"))
              .error(5, "which is not a target listed before it"));
    CHECK(parse(with("resolution:\n  targets:\n    - {id: a, name: A, kind: qualitative, actuals: [{year: 2026, value: 1}]}\n"))
              .error(5, "expected 'status: achieved', 'on_track' or 'behind' instead"));
}
