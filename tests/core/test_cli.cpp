// End to end: the real `wardreport` binary on good and bad files made from the sample.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>


#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;
using wardreport::test::read_file;
using wardreport::test::source_path;
using wrtest::cli;
using wrtest::quote;
using wrtest::Result;
using wrtest::TempDir;

namespace {

// The sample with the first occurrence of `from` replaced by `to`; fails the test when absent.
std::string sample_with(const std::string& from, const std::string& to) {
    std::string text = read_file(source_path("samples/ky-son.yaml"));
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// The 1-based line of the first occurrence of `needle` in the sample.
int sample_line(const std::string& needle) {
    const std::string text = read_file(source_path("samples/ky-son.yaml"));
    const auto at = text.find(needle);
    REQUIRE(at != std::string::npos);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

}  // namespace

TEST_CASE("validate: the samples are valid", "[cli]") {
    TempDir dir;
    const Result v = cli("validate " + quote(source_path("samples/ky-son.yaml")) + " " +
                          quote(source_path("samples/xa-minh-hoa-demo.yaml")));
    INFO(v.err);
    CHECK(v.status == 0);
    CHECK(v.err.empty());
    CHECK(v.out == source_path("samples/ky-son.yaml") + ": ok (0 errors, 0 warnings)\n" +
                       source_path("samples/xa-minh-hoa-demo.yaml") + ": ok (0 errors, 0 warnings)\n");
    CHECK(cli(quote(source_path("samples/ky-son.yaml"))).status == 2);  // no subcommand: usage error
}

TEST_CASE("validate: each broken copy of the sample exits 1 naming file, line and problem", "[cli]") {
    TempDir dir;
    struct Case {
        const char* name;
        std::string content;
        int line;
        const char* message;
    };
    const std::vector<Case> cases = {
        {"syntax.yaml", sample_with("  province: Phú Thọ", "  province: [Phú Thọ"), sample_line("  province: Phú Thọ"),
         "'[' opened here is not closed on this line; expected ']'"},
        {"yaml.yaml", sample_with("  cooperatives: 4", "   cooperatives: 4"), sample_line("  cooperatives: 4"),
         "YAML syntax error"},
        {"type.yaml", sample_with("  population: {value: 20379, year: 2025}", "  population: [20379, 2025]"), sample_line("  population: {value: 20379"),
         "'geography.population' is a list; expected a number"},
        {"negative.yaml", sample_with("  basic_organisations: 54", "  basic_organisations: -54"),
         sample_line("  basic_organisations: 54"), "'party.basic_organisations' is negative (-54); expected at least 0"},
        {"misspelled.yaml", sample_with("  theme: >-", "  tehme: >-"), sample_line("  theme: >-"),
         "unknown field 'tehme' in 'congress'; did you mean 'theme'?"},
        {"utf8.yaml", sample_with("Hoàng Văn Minh", "Ho\xE0ng V\xE3n Minh"), sample_line("Hoàng Văn Minh"), "invalid UTF-8"},
        {"empty.yaml", "", 1, "the file is empty"},
        {"vietnamese-number.yaml", sample_with("  members: 1789 ", "  members: 1.789 "), sample_line("  members: 1789 "),
         "write 1789"},
        {"date.yaml", sample_with("  end: 2025-07-23", "  end: 2025-02-30"), sample_line("  end: 2025-07-23"), "impossible date"},
        {"binary.yaml", std::string("wardreport: 1\n\0\0\0", 17), 2, "binary file"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const fs::path file = dir.write(c.name, c.content);
        const Result r = cli("validate " + quote(file));
        INFO(r.err);
        CHECK(r.status == 1);
        CHECK(r.out.empty());
        const std::string where = file.string() + ":" + (c.line > 0 ? std::to_string(c.line) + ":" : "");
        CHECK(r.err.find(where) == 0);
        CHECK(r.err.find(": error: ") != std::string::npos);
        CHECK(r.err.find(c.message) != std::string::npos);
        CHECK(r.err.find(file.string() + ": invalid (") != std::string::npos);
    }
}

TEST_CASE("validate: syntax slips are reported at the slip, with CRLF and a byte order mark too", "[cli][syntax]") {
    TempDir dir;
    struct Case {
        const char* name;
        std::string content;
        std::string expected;  // the diagnostics after the file name
    };
    const std::vector<Case> cases = {
        {"brace.yaml", sample_with("share: 28.9}", "share: 28.9"),
         ":29:7: error: '{' opened here is not closed on this line; expected '}'\n"},
        {"tab.yaml", sample_with("  kind: phường", "\tkind: phường"), ":13:1: error: a tab is used for indentation; YAML needs spaces\n"},
        {"quote.yaml", "wardreport: 1\nward:\n  name: \"Kỳ Sơn\n  kind: phường\n  province: Phú Thọ\n",
         ":3:9: error: '\"' opened here is never closed, so the rest of the file is read as part of the text; expected '\"' "
         "at the end of the text on this line\n"},
    };
    for (const Case& c : cases)
        for (const char* variant : {"", "crlf-", "bom-"}) {
            std::string content = c.content;
            if (variant == std::string("crlf-"))
                for (std::size_t at = content.find('\n'); at != std::string::npos; at = content.find('\n', at + 2))
                    content.insert(at, 1, '\r');
            if (variant == std::string("bom-")) content = "\xEF\xBB\xBF" + content;
            const fs::path file = dir.write(variant + std::string(c.name), content);
            const Result r = cli("validate " + quote(file));
            INFO(r.err);
            CHECK(r.status == 1);
            CHECK(r.out.empty());
            CHECK(r.err == file.string() + c.expected + file.string() + ": invalid (1 error, 0 warnings)\n");
        }
}

TEST_CASE("validate: a good and a bad file together exit 1, the good one still reported ok", "[cli]") {
    TempDir dir;
    const fs::path bad = dir.write("bad.yaml", sample_with("  kind: phường", "  kind: phuong"));
    const Result r = cli("validate " + quote(source_path("samples/ky-son.yaml")) + " " + quote(bad));
    CHECK(r.status == 1);
    CHECK(r.out == source_path("samples/ky-son.yaml") + ": ok (0 errors, 0 warnings)\n");
    CHECK(r.err.find("did you mean 'phường'?") != std::string::npos);
}

TEST_CASE("validate: warnings alone still pass", "[cli]") {
    TempDir dir;
    const fs::path file = dir.write("warn.yaml", sample_with("share: 2.9}", "share: 1.9}"));  // adds up to 99.1
    const Result r = cli("validate " + quote(file));
    CHECK(r.status == 0);
    CHECK(r.out == file.string() + ": ok (0 errors, 1 warning)\n");
    CHECK(r.err.find(": warning: the ethnic groups' shares add up to 99.1%") != std::string::npos);
}

TEST_CASE("validate: usage errors exit 2, --help exits 0", "[cli]") {
    TempDir dir;
    CHECK(cli("validate").status == 2);
    CHECK(cli("validate --no-such-option x.yaml").status == 2);
    const Result help = cli("validate --help");
    CHECK(help.status == 0);
    CHECK(help.out.find("FILE") != std::string::npos);
    CHECK(cli("schema --help").status == 0);
    CHECK(cli("validate " + quote(dir.path() / "missing.yaml")).status == 1);
    CHECK(cli("validate " + quote(dir.path())).status == 1);  // a directory
}

TEST_CASE("schema: prints valid JSON, or writes it to a file", "[cli]") {
    TempDir dir;
    const Result r = cli("schema");
    CHECK(r.status == 0);
    const nlohmann::json schema = nlohmann::json::parse(r.out);
    CHECK(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
    const fs::path out = dir.path() / "ward.schema.json";
    CHECK(cli("schema -o " + quote(out)).status == 0);
    CHECK(read_file(out.string()) == r.out);
    CHECK(cli("schema -o " + quote(dir.path() / "no-such-dir" / "x.json")).status == 1);
    CHECK_FALSE(fs::exists(dir.path() / "no-such-dir"));
}

TEST_CASE("cli: a mistyped command is a usage error naming it and the valid ones", "[cli]") {
    TempDir dir;
    const Result r = cli("frobnicate");
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("unknown command 'frobnicate'; expected one of: validate, schema, reports, plugins, render") !=
          std::string::npos);
}
