// The fonts' ToUnicode maps: a real ToUnicode CMap (bfchar/bfrange) covering every character
// shown, which readers accept without a warning (libharu's own map is an encoding CMap).
#include "samples.hpp"
#include "text.hpp"
#include "tools.hpp"
#include "tounicode.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <set>

using namespace wardreport;
using namespace wardreport::pdf;
using namespace wardreport::pdf::test;

namespace {

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (auto i = s.find(what); i != std::string::npos; i = s.find(what, i + 1)) ++n;
    return n;
}

char32_t hex(const std::string& s) { return static_cast<char32_t>(std::stoul(s, nullptr, 16)); }

// Every code a ToUnicode map of `pdf` maps to itself; `ok` false when any entry maps elsewhere.
std::set<char32_t> mapped_codes(const std::string& qdf, bool& ok) {
    std::set<char32_t> codes;
    ok = true;
    const std::regex entry("<([0-9A-F]{4})> <([0-9A-F]{4})>(?: <([0-9A-F]{4})>)?\n");
    for (auto i = std::sregex_iterator(qdf.begin(), qdf.end(), entry); i != std::sregex_iterator(); ++i) {
        const auto& m = *i;
        const char32_t a = hex(m[1]), b = hex(m[2]);
        if (!m[3].matched) {  // bfchar (or the codespace range <0000> <FFFF>)
            if (a == 0 && b == 0xFFFF) continue;
            ok = ok && a == b;
            codes.insert(a);
        } else {  // bfrange
            ok = ok && hex(m[3]) == a && (a >> 8) == (b >> 8) && a <= b;
            for (char32_t c = a; c <= b; ++c) codes.insert(c);
        }
    }
    return codes;
}

}  // namespace

TEST_CASE("a ToUnicode map writes runs as ranges within one high byte, singles as chars", "[pdf][tounicode]") {
    std::set<char32_t> codes{U'A', U'B', U'C', U'x', 0xFF, 0x100, 0x101, 0x1EA0, 0x1EA1, 0x1EA2, U'\n', 0x1F600};
    const std::string cmap = to_unicode_cmap(codes);
    CHECK(cmap.find("begincidrange") == std::string::npos);
    CHECK(cmap.find("/CMapType 2 def") != std::string::npos);
    CHECK(cmap.find("/Ordering (UCS)") != std::string::npos);
    CHECK(cmap.find("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n") != std::string::npos);
    CHECK(cmap.find("2 beginbfchar\n<0078> <0078>\n<00FF> <00FF>\nendbfchar\n") != std::string::npos);
    CHECK(cmap.find("3 beginbfrange\n<0041> <0043> <0041>\n<0100> <0101> <0100>\n<1EA0> <1EA2> <1EA0>\nendbfrange\n") !=
          std::string::npos);
    CHECK(cmap.find("<000A>") == std::string::npos);  // control characters are never shown
    CHECK(cmap.find("F600") == std::string::npos);    // beyond two-byte codes
    CHECK(cmap.rfind("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n") != std::string::npos);
}

TEST_CASE("a ToUnicode map has at most 100 entries a block", "[pdf][tounicode]") {
    std::set<char32_t> codes;
    for (char32_t c = 0x100; c < 0x100 + 2 * 250; c += 2) codes.insert(c);  // 250 single codes
    const std::string cmap = to_unicode_cmap(codes);
    CHECK(count(cmap, "100 beginbfchar\n") == 2);
    CHECK(count(cmap, "50 beginbfchar\n") == 1);
    CHECK(count(cmap, "endbfchar\n") == 3);
    CHECK(cmap.find("bfrange") == std::string::npos);
    CHECK(to_unicode_cmap({}).find("beginbf") == std::string::npos);
}

TEST_CASE("readers take the fonts' ToUnicode maps without a warning, and they cover the text", "[pdf][tounicode]") {
    const auto dir = scratch("tounicode");
    for (const auto& [name, d] : {std::make_pair("nghi-quyet", samples::resolution()),
                                  std::make_pair("bao-cao", samples::state_report())}) {
        INFO(name);
        const auto pdf = render_to(d, dir, name);
        // Standard output to /dev/null: what is left is what poppler complains about.
        const Output warnings = run("pdftotext -enc UTF-8 " + quote(pdf) + " /dev/null", true);
        CHECK(warnings.status == 0);
        CHECK(warnings.text.find("Syntax Warning") == std::string::npos);
        CHECK(warnings.text.find("Syntax Error") == std::string::npos);
        CHECK(warnings.text.empty());

        const auto qdf = dir / (std::string(name) + "-qdf.pdf");
        REQUIRE(run("qpdf --qdf --object-streams=disable " + quote(pdf) + " " + quote(qdf)).status == 0);
        const std::string q = read_file(qdf);
        CHECK(q.find("begincidrange") == std::string::npos);
        CHECK(q.find("/CMapName /UTF-8") == std::string::npos);
        CHECK(count(q, "/ToUnicode ") == count(q, "/CMapType 2 def"));
        bool identity = false;
        const std::set<char32_t> codes = mapped_codes(q, identity);
        CHECK(identity);
        const std::string text = pdf_text(pdf);
        CHECK(nfc(text, "pdftotext") == text);
        for (char32_t c : code_points(text)) {
            if (c == U'\n' || c == U'\f' || c == U' ') continue;  // layout, added by pdftotext
            INFO(codepoint_name(c));
            CHECK(codes.count(c) == 1);
        }
        CHECK(run("qpdf --check " + quote(pdf)).status == 0);
    }
}
