// Truncated, garbled and hostile copies of the samples: the loader reports, never throws or
// crashes, and returns a model only when it reported no error.
#include "support.hpp"
#include "util/text.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace wardreport;

namespace {

void survives(const std::string& input) {
    Diagnostics diags;
    std::optional<Ward> ward;
    REQUIRE_NOTHROW(ward = load::load_text(input, "fuzz.yaml", diags));
    CHECK(ward.has_value() == !diags.has_errors());
    for (const Diagnostic& d : diags.all()) {
        CHECK(d.file == "fuzz.yaml");
        CHECK_FALSE(d.message.empty());
        CHECK_FALSE(wardreport::text::invalid_utf8_at(d.message));  // messages quote the file: never cut a character
    }
}

}  // namespace

TEST_CASE("every truncation of the samples", "[fuzz]") {
    for (const char* sample : {"samples/ky-son.yaml", "samples/xa-minh-hoa-demo.yaml"}) {
        const std::string text = test::read_file(test::source_path(sample));
        for (std::size_t n = 0; n < text.size(); n += 7) survives(text.substr(0, n));
    }
}

TEST_CASE("random byte changes, deletions and line swaps", "[fuzz]") {
    const std::string text = test::read_file(test::source_path("samples/xa-minh-hoa-demo.yaml"));
    std::mt19937 rng(20250723);  // fixed: the same cases every run
    const std::string alphabet = ":-[]{},'\"#&*!|>%@`? \n\t0123456789.ax\xC3\xA1\xE1\xBB";
    for (int round = 0; round < 400; ++round) {
        std::string g = text;
        const int edits = 1 + static_cast<int>(rng() % 4);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = rng() % g.size();
            switch (rng() % 3) {
                case 0: g[at] = alphabet[rng() % alphabet.size()]; break;
                case 1: g.erase(at, 1 + rng() % 12); break;
                default: g.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
            }
        }
        survives(g);
    }
}

TEST_CASE("hostile documents", "[fuzz]") {
    survives(std::string(100000, '['));
    survives(std::string(100000, '{'));
    survives("wardreport: 1\nward: &a {name: *a, kind: xã, province: P}\n");
    survives("wardreport: 1\nward: {name: A, kind: xã, province: P}\nresolution: {groups: &g [*g]}\n");
    survives("wardreport: 1\nward: {name: A, kind: xã, province: P}\ngeography: {ethnic_groups: &e [*e, *e]}\n");
    survives("wardreport: &v 1\nward: {name: *v, kind: xã, province: *undefined}\n");
    survives("wardreport: 1\nward: {name: A, kind: xã, province: P}\n? [complex, key]\n: 1\n");
    survives("wardreport: 1\nward: !!binary aGVsbG8=\n");
    survives("wardreport: 99999999999999999999999\nward: {name: A, kind: xã, province: P}\n");
    survives("wardreport: 1\nward: {name: A, kind: xã, province: P}\ngeography: {area: 0.0000000000000000000001}\n");
    survives("wardreport: 1\nward: {name: A, kind: xã, province: P}\ncongress: {ordinal: 99999999999, term: 0000-9999}\n");
    survives("\t\twardreport: 1\n");
    survives("%YAML 1.2\n---\nwardreport: 1\n");
    survives("...\n");
    survives("\xEF\xBB\xBF");
}
