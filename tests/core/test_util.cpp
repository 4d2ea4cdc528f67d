#include "util/diagnostics.hpp"
#include "util/text.hpp"

#include <catch2/catch.hpp>

#include <sstream>

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
