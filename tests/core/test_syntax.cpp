// YAML syntax slips a clerk makes, reported where they are and saying what they are: an
// unclosed '{' or '[', a tab in the indentation, an unclosed quote. yaml-cpp alone reports the
// first far away and the last not at all. The same places with CRLF line ends and a byte order
// mark.
#include "support.hpp"

#include "load/syntax_scan.hpp"

#include <catch2/catch.hpp>

using namespace wardreport;
using test::parse;

namespace {

std::string crlf(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

const std::string kBom = "\xEF\xBB\xBF";

// The diagnostics of `text`, one a line; the same whether saved with LF or CRLF, with or
// without a byte order mark.
std::string listing(const std::string& text) {
    const std::string lf = parse(text).listing();
    CHECK(parse(crlf(text)).listing() == lf);
    CHECK(parse(kBom + text).listing() == lf);
    CHECK(parse(kBom + crlf(text)).listing() == lf);
    return lf;
}

// The sample with the first occurrence of `from` replaced by `to`.
std::string sample_with(const std::string& from, const std::string& to) {
    std::string text = test::read_file(test::source_path("samples/ky-son.yaml"));
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

const char* const kWard = "wardreport: 1\nward: {name: Kỳ Sơn, kind: phường, province: Phú Thọ}\n";

}  // namespace

TEST_CASE("an unclosed '{' is reported at the brace, not where yaml-cpp gives up", "[syntax]") {
    // Before: ky-son.yaml:47:5: error: YAML syntax error: illegal block entry
    CHECK(listing(sample_with("share: 28.9}", "share: 28.9")) ==
          "test.yaml:29:7: error: '{' opened here is not closed on this line; expected '}'\n");
    CHECK(listing(sample_with("{value: 115.689, year: 2025}", "{value: 115.689, year: 2025")) ==
          "test.yaml:24:9: error: '{' opened here is not closed on this line; expected '}'\n");
    CHECK(listing(std::string(kWard) + "geography:\n  area: 5\n  ethnic_groups:\n    - {name: Mường, share: 68.3\n"
                                       "    - {name: Kinh, share: 31.7}\n  ethnic_year: 2025\n") ==
          "test.yaml:6:7: error: '{' opened here is not closed on this line; expected '}'\n");
}

TEST_CASE("an unclosed square bracket and a wrong closer", "[syntax]") {
    // The repaired list ("is a list; expected text") is not reported: the repair was a guess.
    CHECK(listing("wardreport: 1\nward:\n  name: Kỳ Sơn\n  kind: phường\n  province: [Phú Thọ   # tỉnh\n") ==
          "test.yaml:5:13: error: '[' opened here is not closed on this line; expected ']'\n");
    CHECK(listing(std::string(kWard) + "geography: {ethnic_groups: [{name: Kinh, share: 100}}\n") ==
          "test.yaml:3:28: error: '[' opened here is not closed before the '}' at column 53; expected ']' before it\n");
    CHECK(listing(std::string(kWard) + "geography:\n  residential_groups: [Tổ 1, Tổ 2}\n") ==
          "test.yaml:4:23: error: '[' opened here is closed by '}' at column 34; expected ']'\n");
}

TEST_CASE("a tab in the indentation is named", "[syntax]") {
    // Before: test.yaml:3:6: error: YAML syntax error: illegal map value
    CHECK(listing("wardreport: 1\nward:\n\tname: Kỳ Sơn\n\tkind: phường\n\tprovince: Phú Thọ\n") ==
          "test.yaml:3:1: error: a tab is used for indentation; YAML needs spaces\n"
          "test.yaml:3:1: note: lines 4 and 5 are indented with tabs too; replace every tab at the start of a line with spaces\n");
    CHECK(listing("wardreport: 1\nward:\n  name: Kỳ Sơn\n  \tkind: phường\n  province: Phú Thọ\n") ==
          "test.yaml:4:3: error: a tab is used for indentation; YAML needs spaces\n");
    CHECK(listing(sample_with("  kind: phường", "\tkind: phường")) ==
          "test.yaml:13:1: error: a tab is used for indentation; YAML needs spaces\n");
}

TEST_CASE("an unclosed quote is reported at the quote, not as missing fields", "[syntax]") {
    // Before: test.yaml:3:3: error: missing required field 'kind' in 'ward' (and 'province')
    CHECK(listing("wardreport: 1\nward:\n  name: \"Kỳ Sơn\n  kind: phường\n  province: Phú Thọ\ngeography:\n  area: 5\n") ==
          "test.yaml:3:9: error: '\"' opened here is never closed, so the rest of the file is read as part of the text; "
          "expected '\"' at the end of the text on this line\n");
    // Closed by the next quote of the file: the lines between are taken in.
    CHECK(listing("wardreport: 1\nward:\n  name: \"Kỳ Sơn    # tên\n  kind: phường\n  province: Phú Thọ\n  code: \"09876\"\n") ==
          "test.yaml:3:9: error: '\"' opened here is not closed on this line, so the text runs on to line 6 and takes in "
          "the lines between; expected '\"' at the end of the text on this line\n");
    CHECK(listing("wardreport: 1\nward:\n  name: 'Kỳ Sơn\n  kind: phường\n  province: Phú Thọ\n") ==
          "test.yaml:3:9: error: ''' opened here is never closed, so the rest of the file is read as part of the text; "
          "expected ''' at the end of the text on this line\n");
    // In a flow map the text ends at the next comma.
    CHECK(listing("wardreport: 1\nward: {name: \"Kỳ Sơn, kind: phường, province: Phú Thọ}\n") ==
          "test.yaml:2:14: error: '\"' opened here is never closed, so the rest of the file is read as part of the text; "
          "expected '\"' at the end of the text on this line\n");
    // The whole sample: the quote runs on to the next quote, in a comment 40 lines further.
    const test::Loaded l = parse(sample_with("  name: Kỳ Sơn", "  name: \"Kỳ Sơn"));
    REQUIRE(l.diags.all().size() == 1);
    CHECK(l.diags.all()[0].line == 12);
    CHECK(l.diags.all()[0].column == 9);
    CHECK(l.diags.all()[0].message.find("'\"' opened here is not closed on this line") == 0);
}

TEST_CASE("errors after a repaired slip are still reported", "[syntax]") {
    const std::string text = std::string(kWard) + "geography:\n  area: {value: 5, year: 2025\n  population: 1.789\n"
                                                  "party:\n  membres: 5\n";
    CHECK(listing(text) ==
          "test.yaml:4:9: error: '{' opened here is not closed on this line; expected '}'\n"
          "test.yaml:5:15: error: 'geography.population': '1.789' looks like Vietnamese thousands notation; a whole number is "
          "expected here: write 1789 (no thousands separator)\n"
          "test.yaml:7:3: error: unknown field 'membres' in 'party'; did you mean 'members'?\n");
    // Two slips, both reported.
    const test::Loaded two = parse(std::string(kWard) + "geography:\n  area: {value: 5, year: 2025\n  ethnic_groups:\n"
                                                        "    - {name: Kinh, share: 100\n");
    INFO(two.listing());
    CHECK(two.listing() == "test.yaml:4:9: error: '{' opened here is not closed on this line; expected '}'\n"
                           "test.yaml:6:7: error: '{' opened here is not closed on this line; expected '}'\n");
}

TEST_CASE("what spans lines legitimately is not a slip", "[syntax]") {
    const auto valid = [](const std::string& text) {
        const test::Loaded l = parse(text, "ward.json");
        INFO(l.listing());
        CHECK(l.ward);
        CHECK(l.diags.all().empty());
    };
    valid("{\n\t\"wardreport\": 1,\n\t\"ward\": {\n\t\t\"name\": \"A\",\n\t\t\"kind\": \"xã\",\n\t\t\"province\": \"Huế\"\n\t}\n}\n");
    valid(std::string(kWard) + "geography:\n  residential_groups: [Tổ 1,\n    Tổ 2]\n");
    valid(std::string(kWard) + "congress:\n  ordinal: 1\n  term: 2025-2030\n  theme: \"Xây dựng Đảng bộ\n    trong sạch\"\n");
    // A tab inside a block text is no slip either; it is text, which the documents cannot show.
    CHECK(listing(std::string(kWard) + "congress:\n  ordinal: 1\n  term: 2025-2030\n  theme: >-\n    Xây dựng \"Đảng bộ {trong\n"
                                       "    \tsạch [vững mạnh\n  place: Hội trường \"A\" [1]\n") ==
          "test.yaml:8:5: error: a tab (U+0009) in the text, which the documents cannot show; write a space instead\n");
    valid(std::string(kWard) + "party:\n  secretary: {name: Hoàng Văn Minh, title: Bí thư \"Đảng ủy\"}\n");
    valid(std::string(kWard) + "party:   # a comment with \" and { and [\n  committee: Đảng bộ 'A' x'\n");
    // A text in quotes spanning lines, and an unrelated error: only the error.
    const test::Loaded l = parse(std::string(kWard) + "congress:\n  ordinal: 1\n  term: 2025-2030\n  theme: \"Xây dựng\n"
                                                      "    trong sạch\"\n  plcae: A\n");
    CHECK(l.listing() == "test.yaml:8:3: error: unknown field 'plcae' in 'congress'; did you mean 'place'?\n");
}

TEST_CASE("a syntax error with no slip behind it is yaml-cpp's", "[syntax]") {
    CHECK(listing("wardreport: 1\ngeography:\n  area: 1\n   population: 5\n") ==
          "test.yaml:4:14: error: YAML syntax error: illegal map value; expected 'key: value' lines indented with spaces "
          "(see docs/data-format.md)\n");
}

TEST_CASE("positions count characters, not bytes, after a byte order mark and with CRLF", "[syntax]") {
    CHECK(listing("wardreport: 2\nward: {name: A, kind: xã, province: Huế}\n") ==
          "test.yaml:1:13: error: unsupported format version 2; this wardreport reads version 1; expected 1\n");
    CHECK(listing("wardreport: 1\nward: {name: Kỳ Sơn, kind: xã, province: Huế, nmae: x}\n") ==
          "test.yaml:2:47: error: unknown field 'nmae' in 'ward'; did you mean 'name'?\n");
    CHECK(listing("wardreport: 1\nward: {name: \"K\x01\", kind: xã, province: P}\n") ==
          "test.yaml:2:16: error: control character U+0001 (START OF HEADING) in the text; expected printable characters only: "
          "remove it\n");
}

TEST_CASE("the scan: one slip a line, repairs that keep the line numbers", "[syntax]") {
    using load::Slip;
    const std::string text = "a: {b: [1, 2\nc: \"x, {y\nd: [1]   # [\ne: |\n  {\"\n";
    const std::vector<Slip> slips = load::scan_syntax(text);
    REQUIRE(slips.size() == 2);
    CHECK(slips[0].kind == Slip::Kind::Unclosed);
    CHECK(slips[0].offset == 7);  // the innermost: '['
    CHECK(load::repaired(text, slips[0]).substr(0, 15) == "a: {b: [1, 2]}\n");
    CHECK(slips[1].kind == Slip::Kind::Quote);
    CHECK(slips[1].line == 1);
    CHECK(slips[1].closed_on_line == 4);
    CHECK(load::repaired(text, slips[1]).substr(13, 11) == "c: \"x\", {y\n");  // in the flow map left open above
}
