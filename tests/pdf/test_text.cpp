// The pdf writer's NFC: text already in NFC (the precomposed Vietnamese letters, Latin, the
// usual punctuation) is returned as it is without utf8proc; the characters it lets through are
// checked here against utf8proc itself, alone and next to each other.
#include "text.hpp"

#include <wardreport/exporter.hpp>

#include <catch2/catch.hpp>

#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

using namespace wardreport::pdf;

namespace {

std::string utf8(char32_t c) {
    utf8proc_uint8_t buf[4];
    const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
    return std::string(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

std::string utf8proc_nfc(const std::string& s) {
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> out(
        utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str())), &std::free);
    REQUIRE(out);
    return reinterpret_cast<const char*>(out.get());
}

}  // namespace

TEST_CASE("text the fast path takes as NFC is what utf8proc leaves unchanged, in any order", "[pdf][text]") {
    std::vector<std::string> kept;
    for (char32_t c = 1; c < 0x3000; ++c)
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
}

TEST_CASE("decomposed, invalid and NUL text takes utf8proc's path", "[pdf][text]") {
    CHECK(already_nfc("Nghị quyết Đại hội đại biểu – “Kỳ Sơn”…"));
    CHECK_FALSE(already_nfc("Nghi\xCC\xA3"));  // i + combining dot below
    CHECK(nfc("Nghi\xCC\xA3 quye\xCC\x82\xCC\x81t", "test") == "Nghị quyết");
    CHECK_FALSE(already_nfc("\xC3"));
    CHECK_THROWS_AS(nfc("\xC3", "test"), wardreport::ExportError);
    CHECK_THROWS_AS(nfc(std::string("a\0b", 3), "test"), wardreport::ExportError);
    CHECK(nfc("Số: 01-NQ/ĐH", "test") == "Số: 01-NQ/ĐH");
}
