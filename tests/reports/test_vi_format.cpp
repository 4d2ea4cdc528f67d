#include <wardreport/vi_format.hpp>
#include "report/phrasing.hpp"

#include <catch2/catch.hpp>

using namespace wardreport;

TEST_CASE("vi numbers group thousands with a dot and use a decimal comma", "[vi]") {
    CHECK(vi::number(Decimal::integer(1789)) == "1.789");
    CHECK(vi::number(Decimal::integer(20379)) == "20.379");
    CHECK(vi::number(*Decimal::parse("115.689")) == "115,689");
    CHECK(vi::number(*Decimal::parse("5587.9")) == "5.587,9");
    CHECK(vi::number(*Decimal::parse("-1234567.5")) == "-1.234.567,5");
    CHECK(vi::number(Decimal::integer(921)) == "921");
    CHECK(vi::number(*Decimal::parse("68.25"), 1) == "68,3");
    CHECK(vi::number(68.333, 1) == "68,3");
    CHECK(vi::integer(1000000) == "1.000.000");
}

TEST_CASE("vi percents and money", "[vi]") {
    CHECK(vi::percent(*Decimal::parse("68.3")) == "68,3%");
    CHECK(vi::percent(*Decimal::parse("2.95"), 1) == "3,0%");
    CHECK(vi::money(Decimal::integer(921), "tỷ đồng") == "921 tỷ đồng");
    CHECK(vi::money(*Decimal::parse("5587.9"), "tỷ đồng") == "5.587,9 tỷ đồng");
    CHECK(vi::quantity(*Decimal::parse("115.689"), "km²") == "115,689 km²");
    CHECK(vi::quantity(Decimal::integer(100), "%") == "100%");
}

TEST_CASE("vi dates take a leading zero for days below 10 and months 1-2", "[vi]") {
    CHECK(vi::date_long({2025, 7, 23}) == "ngày 23 tháng 7 năm 2025");
    CHECK(vi::date_long({2020, 1, 5}) == "ngày 05 tháng 01 năm 2020");
    CHECK(vi::date_long({2020, 2, 9}) == "ngày 09 tháng 02 năm 2020");
    CHECK(vi::date_long({2020, 3, 10}) == "ngày 10 tháng 3 năm 2020");
    CHECK(vi::date_short({2025, 7, 22}) == "22/7/2025");
    CHECK(vi::meeting_days({2025, 10, 1}, {2025, 10, 3}) == "từ ngày 01/10/2025 đến ngày 03/10/2025");
    CHECK(vi::meeting_days({2025, 6, 30}, {2025, 7, 2}) == "từ ngày 30/6/2025 đến ngày 02/7/2025");
    CHECK(vi::meeting_days({2025, 12, 31}, {2026, 1, 1}) == "từ ngày 31/12/2025 đến ngày 01/01/2026");
    CHECK(vi::meeting_days({2025, 7, 30}, {2025, 7, 30}) == "ngày 30/7/2025");
}

TEST_CASE("vi roman numerals, congress ordinals and terms", "[vi]") {
    CHECK(vi::roman(1) == "I");
    CHECK(vi::roman(4) == "IV");
    CHECK(vi::roman(14) == "XIV");
    CHECK(vi::roman(1999) == "MCMXCIX");
    CHECK(vi::roman(0).empty());
    CHECK(vi::roman(4000).empty());
    CHECK(vi::congress_ordinal(1) == "lần thứ I");
    CHECK(vi::congress_ordinal(13) == "lần thứ XIII");
    CHECK(vi::ordinal_word(1) == "nhất");
    CHECK(vi::ordinal_word(4) == "tư");
    CHECK(vi::ordinal_word(12) == "12");
    CHECK(vi::term({2025, 2030}) == "nhiệm kỳ 2025 - 2030");
    CHECK(vi::term_years({2020, 2025}) == "2020 - 2025");
}

TEST_CASE("vi document number lines of Party and state documents", "[vi]") {
    CHECK(vi::document_number(1, "NQ/ĐH", false, "-") == "Số 01-NQ/ĐH");
    CHECK(vi::document_number(5, "BC-UBND", true, "/") == "Số: 05/BC-UBND");
    CHECK(vi::document_number(12, "BC-UBND", true, "/") == "Số: 12/BC-UBND");
    CHECK(vi::document_number("", "NQ/ĐH", false, "-") == "Số      -NQ/ĐH");
}

TEST_CASE("vi table cells by type, unknown never shown as 0", "[vi]") {
    doc::Cell empty;
    CHECK(vi::cell(empty, 1).empty());
    doc::Cell pct{doc::CellType::Percent, *Decimal::parse("68.3"), {}, false, {}};
    CHECK(vi::cell(pct, 1) == "68,3%");
    doc::Cell money{doc::CellType::Money, Decimal::integer(921), {}, false, {}};
    CHECK(vi::cell(money, 0, "tỷ đồng") == "921 tỷ đồng");
    CHECK(vi::cell(money, 0) == "921");
    doc::Cell integer{doc::CellType::Integer, Decimal::integer(20379), {}, false, {}};
    CHECK(vi::cell(integer) == "20.379");
    doc::Cell shown{doc::CellType::Decimal, Decimal::integer(20379), "20.379", false, {}};
    CHECK(vi::cell(shown, 3) == "20.379");
}
