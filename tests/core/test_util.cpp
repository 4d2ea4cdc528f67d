#include "util/diagnostics.hpp"
#include "util/text.hpp"

#include <wardreport/nfc.hpp>

#include <catch2/catch.hpp>

#include <utf8proc.h>

#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

using namespace wardreport;

TEST_CASE("Diagnostics print as FILE:LINE:COLUMN: severity: message", "[diagnostics]") {
    CHECK(format_diagnostic({"a.yaml", 3, 7, Severity::Error, "bad; expected good"}) == "a.yaml:3:7: error: bad; expected good");
    CHECK(format_diagnostic({"a.yaml", 3, 0, Severity::Warning, "w"}) == "a.yaml:3: warning: w");
    CHECK(format_diagnostic({"a.yaml", 0, 0, Severity::Note, "n"}) == "a.yaml: note: n");
    Diagnostics d;
    d.error("f", 9, 1, "late");
    d.warning("f", 2, 5, "early");
    d.error("f", 2, 1, "first");
    CHECK(d.error_count() == 2);
    CHECK(d.warning_count() == 1);
    CHECK(d.has_errors());
    d.sort_by_position();
    std::ostringstream out;
    d.print(out);
    CHECK(out.str() == "f:2:1: error: first\nf:2:5: warning: early\nf:9:1: error: late\n");
}

TEST_CASE("UTF-8 validation gives the offset of the first bad byte", "[text]") {
    CHECK_FALSE(text::invalid_utf8_at("Kỳ Sơn"));
    CHECK(text::invalid_utf8_at("ab\xff") == std::optional<std::size_t>(2));
    CHECK(text::invalid_utf8_at("a\xe1\xbb") == std::optional<std::size_t>(1));  // cut short
    CHECK(text::invalid_utf8_at("\xc0\xaf") == std::optional<std::size_t>(0));   // overlong
}

TEST_CASE("NFC composes decomposed Vietnamese", "[text]") {
    const std::string decomposed = "Ky\xCC\x80 So\xCC\x9B\x6E";  // K y + grave, S o + horn n
    CHECK(text::nfc(decomposed) == "Kỳ Sơn");
    CHECK(text::nfc("Kỳ Sơn") == "Kỳ Sơn");
    CHECK(text::upper("Đảng bộ phường Kỳ Sơn") == "ĐẢNG BỘ PHƯỜNG KỲ SƠN");
    CHECK(text::length("Kỳ Sơn") == 6);
}

TEST_CASE("Edit distance counts code points", "[text]") {
    CHECK(text::edit_distance("name", "nmae") == 1);  // a swap is one edit
    CHECK(text::edit_distance("tehme", "theme") == 1);
    CHECK(text::edit_distance("tehme", "term") == 2);
    CHECK(text::edit_distance("kitten", "sitting") == 3);
    CHECK(text::edit_distance("province", "provnce") == 1);
    CHECK(text::edit_distance("xa", "xã") == 1);
    CHECK(text::edit_distance("", "abc") == 3);
    CHECK(text::codepoint_name(U'\u1EF3') == "U+1EF3");
}

// The one fast path of the engine's and the pdf writer's NFC (wardreport/nfc.hpp): the characters
// it lets through, checked against utf8proc itself, alone and next to each other.
TEST_CASE("text that nfc returns as it is, without utf8proc, is what utf8proc leaves unchanged, in any order") {
    auto utf8 = [](char32_t c) {
        utf8proc_uint8_t buf[4];
        const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
        return std::string(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    };
    auto utf8proc_nfc = [](const std::string& s) {
        utf8proc_uint8_t* out = nullptr;
        const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &out,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
        std::string r = n >= 0 ? std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n)) : "invalid";
        std::free(out);
        return r;
    };
    std::vector<std::string> kept;
    for (char32_t c = 0; c < 0x3000; ++c)
        if (already_nfc(utf8(c))) kept.push_back(utf8(c));
    CHECK(kept.size() > 1000);  // Latin, Vietnamese letters, punctuation
    for (const std::string& a : kept) {
        INFO(a);
        REQUIRE(utf8proc_nfc(a) == a);
        // a next to every other such character, on both sides: no pair composes.
        std::string line;
        for (const std::string& b : kept) line += a + b;
        REQUIRE(utf8proc_nfc(line) == line);
    }
    CHECK(already_nfc("Đảng bộ phường Kỳ Sơn – “Nghị quyết”…"));
    CHECK(already_nfc(""));
    CHECK_FALSE(already_nfc("Nghi\xCC\xA3"));  // i + combining dot below
    CHECK(text::nfc("Nghi\xCC\xA3 quye\xCC\x82\xCC\x81t") == "Nghị quyết");
}

TEST_CASE("text that is not valid UTF-8 is never taken as NFC") {
    for (const char* bad : {"\xC3", "a\xE1\xBB", "\x80", "\xC1\x81", "\xC0\xAE", "\xE0\x81\x81",
                            "\xE1\xBB\x41", "\xED\xA0\x80", "\xFF", "\xC3\xC3"}) {
        INFO(text::printable(bad));
        CHECK(text::invalid_utf8_at(bad) != std::nullopt);
        CHECK_FALSE(already_nfc(bad));
    }
}
