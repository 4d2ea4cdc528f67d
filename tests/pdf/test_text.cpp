// The pdf writer's NFC: composed text is returned as it is (the fast path, wardreport/nfc.hpp, is
// checked against utf8proc in tests/core), decomposed text is composed, invalid text refused.
#include "text.hpp"

#include <wardreport/exporter.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace wardreport::pdf;

TEST_CASE("decomposed, invalid and NUL text takes utf8proc's path", "[pdf][text]") {
    CHECK(nfc("Nghi\xCC\xA3 quye\xCC\x82\xCC\x81t", "test") == "Nghị quyết");
    CHECK_THROWS_AS(nfc("\xC3", "test"), wardreport::ExportError);
    CHECK_THROWS_AS(nfc(std::string("a\0b", 3), "test"), wardreport::ExportError);
    CHECK(nfc("Số: 01-NQ/ĐH", "test") == "Số: 01-NQ/ĐH");
    CHECK(nfc("Nghị quyết Đại hội đại biểu – “Kỳ Sơn”…", "test") == "Nghị quyết Đại hội đại biểu – “Kỳ Sơn”…");
}
