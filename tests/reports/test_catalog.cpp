// The built-in catalog, and a new report added by writing one definition file (no C++).
#include "helpers.hpp"

using namespace wardreport;
using namespace wrtest;

TEST_CASE("the built-in definitions and profiles load without errors", "[catalog]") {
    report::Catalog c = builtin_catalog();
    const auto ids = c.ids();
    REQUIRE(ids == std::vector<std::string>{"bao-cao-thong-ke", "nghi-quyet", "theo-doi-chi-tieu"});
    for (const auto& id : ids) {
        CHECK_FALSE(c.description(id).empty());
        CHECK(c.description(id).find('\n') == std::string::npos);
    }
    CHECK(c.profile("nghi-quyet") == "hd36");
    CHECK(c.profile("bao-cao-thong-ke") == "nd30");
    CHECK_FALSE(c.contains("khong-co"));
}

TEST_CASE("layout profiles are data: hd36 and nd30 differ as the rules say", "[catalog][profile]") {
    report::Catalog c = builtin_catalog();
    const Ward w = load_sample("ky-son.yaml");
    const doc::Layout party = build(c, "nghi-quyet", w).layout;
    const doc::Layout state = build(c, "bao-cao-thong-ke", w).layout;
    CHECK(party.profile == "hd36");
    CHECK(party.issuer_mark == doc::IssuerMark::Star);
    CHECK_FALSE(party.number_colon);
    CHECK(party.style("national_title").size_pt == 15);
    CHECK(party.style("national_title").bold);
    CHECK(party.style("recipients_label").underline);
    CHECK(state.profile == "nd30");
    CHECK(state.issuer_mark == doc::IssuerMark::Rule);
    CHECK(state.number_colon);
    CHECK(state.style("national_title").size_pt == 13);
    CHECK(state.style("place_date").italic);
    CHECK(state.margin_left_mm == 30);
    CHECK(state.page_numbers == doc::PageNumberPosition::TopCenter);
    CHECK_FALSE(state.number_first_page);
    // A role the profile does not name falls back to the body style.
    CHECK(state.style("no-such-role").size_pt == state.style("body").size_pt);
}

TEST_CASE("a new report is one definition file in a user folder", "[catalog]") {
    TempDir dir;
    dir.write("dan-so.yaml", R"(description: Dân số và dân tộc (thử)
profile: nd30
requires: geography.population
blocks:
  - header:
      issuing_body: ["Ủy ban nhân dân", "{{identity.full_name}}"]
      national_title: Cộng hòa xã hội chủ nghĩa Việt Nam
      motto: Độc lập - Tự do - Hạnh phúc
      number: "{{document.number_line}}"
      place_date: "{{document.place_date}}"
  - title: {type: Báo cáo, summary: "Dân số {{identity.full_name}}"}
  - paragraph: >
      {{identity.full_name_title}} có {{geography.population.text}}{{#geography.area}} trên diện tích
      {{geography.area.text}}{{/geography.area}}.
  - paragraph: "Không in: {{geography.households.text}}"
    when: geography.households
  - table:
      id: dt
      rows: geography.ethnic_groups
      columns:
        - {key: name, title: Dân tộc, field: name}
        - {key: share, title: Tỷ lệ, type: percent, field: share}
        - {key: half, title: Một nửa, type: percent, formula: "{share} / 2", decimals: 2}
)");
    report::Catalog c = builtin_catalog();
    Diagnostics d;
    REQUIRE(c.add_directory(dir.path(), d));
    REQUIRE(c.contains("dan-so"));
    CHECK(c.description("dan-so") == "Dân số và dân tộc (thử)");
    const Ward w = load_sample("ky-son.yaml");
    CHECK(c.supports("dan-so", w));
    const doc::Document doc = build(c, "dan-so", w);
    CHECK(doc.file_stem == "test-dan-so");
    const std::string text = report::document_text(doc);
    CHECK_THAT(text, Catch::Contains("Phường Kỳ Sơn có 20.379 người trên diện tích 115,689 km²."));
    CHECK_THAT(text, !Catch::Contains("Không in"));
    const auto tables = blocks_of<doc::Table>(doc);
    REQUIRE(tables.size() == 1);
    const doc::Table& t = *tables[0];
    REQUIRE(t.size() == 3);
    CHECK(t.columns[2].formula == "{share} / 2");
    CHECK(row(t, 0)[2].type == doc::CellType::Percent);
    CHECK(row(t, 0)[2].number == *Decimal::parse("34.15"));
    // Without a population the report is not offered.
    Ward empty = w;
    empty.geography.population.reset();
    CHECK_FALSE(c.supports("dan-so", empty));
    // One data tree for the check and the document: the same document, or what the data lacks.
    std::string lacking = "stale";
    Diagnostics bd;
    const std::optional<doc::Document> once = c.build_if_supported("dan-so", w, "test", bd, lacking);
    REQUIRE(once);
    CHECK(lacking.empty());
    CHECK(report::document_text(*once) == text);
    CHECK_FALSE(c.build_if_supported("dan-so", empty, "test", bd, lacking));
    CHECK(lacking == c.missing("dan-so", empty));
    CHECK(bd.all().empty());
}

TEST_CASE("a user profile is usable by the user's definitions", "[catalog][profile]") {
    TempDir dir;
    dir.write("profiles/rong.yaml", "description: Khổ A3 ngang\npaper: {width_mm: 297, height_mm: 420, landscape: true}\n"
                                    "styles:\n  body: {size: 12}\n  heading1: {size: 16, bold: true, caps: true}\n");
    dir.write("kho-rong.yaml", "description: Thử khổ rộng\nprofile: rong\nblocks:\n  - heading: \"{{identity.full_name}}\"\n  - paragraph: x\n");
    report::Catalog c = builtin_catalog();
    Diagnostics d;
    INFO(messages(d));
    REQUIRE(c.add_directory(dir.path(), d));
    const doc::Document doc = build(c, "kho-rong", load_sample("ky-son.yaml"));
    CHECK(doc.layout.profile == "rong");
    CHECK(doc.layout.landscape);
    CHECK(doc.layout.page_width_mm == 297);
    const auto headings = blocks_of<doc::Heading>(doc);
    REQUIRE(headings.size() == 1);
    CHECK(headings[0]->text == "PHƯỜNG KỲ SƠN");  // caps from the profile's style
    CHECK(headings[0]->number == "I-");            // default numbering
}

// The report ids of a ward's `documents` are checked against the reports the catalog has, not a
// list the loader keeps: a key one letter off a report loaded, built-in or one's own, is pointed
// at; any other id is a report of one's own and left alone.
TEST_CASE("catalog: a document key close to a report id is warned at its place, by the catalog", "[catalog]") {
    const std::string head = "wardreport: 1\nward: {name: Thử, kind: xã, province: Lào Cai}\ndocuments:\n";
    Diagnostics loaded;
    const auto w = load::load_text(head + "  nghi-quyt: {symbol: A, issuing_body: B}\n"
                                          "  bao-cao-rieng: {symbol: A, issuing_body: B}\n"
                                          "  thu-mot: {symbol: A, issuing_body: B}\n", "w.yaml", loaded);
    INFO(messages(loaded));
    REQUIRE(w);
    CHECK(loaded.all().empty());  // the loader knows no report ids
    report::Catalog c = builtin_catalog();
    Diagnostics d;
    c.check_documents(*w, d);
    REQUIRE(d.all().size() == 1);
    CHECK_THAT(messages(d), Catch::Contains("w.yaml:4:3: warning: documents: 'nghi-quyt' is not a report id wardreport "
                                            "knows; did you mean 'nghi-quyet'?"));
    // A report of one's own, "thu-moi", loaded: the key one letter off it is pointed at.
    TempDir dir;
    dir.write("thu-moi.yaml", "description: x\nprofile: hd36\nblocks: [{paragraph: x}]\n");
    Diagnostics defs;
    REQUIRE(c.add_directory(dir.path(), defs));
    Diagnostics again;
    c.check_documents(*w, again);
    REQUIRE(again.all().size() == 2);
    CHECK_THAT(messages(again), Catch::Contains("w.yaml:6:3: warning: documents: 'thu-mot' is not a report id wardreport "
                                                "knows; did you mean 'thu-moi'?"));
}
