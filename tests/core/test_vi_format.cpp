#include <wardreport/vi_format.hpp>
#include "report/phrasing.hpp"

#include <catch2/catch.hpp>

using wardreport::Date;
using wardreport::Decimal;
namespace vi = wardreport::vi;

TEST_CASE("Vietnamese numbers: thousands dot, decimal comma", "[vi_format]") {
    CHECK(vi::number(*Decimal::parse("1789")) == "1.789");
    CHECK(vi::number(*Decimal::parse("115.689")) == "115,689");
    CHECK(vi::number(*Decimal::parse("5587.9")) == "5.587,9");
    CHECK(vi::number(*Decimal::parse("20379")) == "20.379");
    CHECK(vi::number(*Decimal::parse("-1234567.5")) == "-1.234.567,5");
    CHECK(vi::number(*Decimal::parse("921")) == "921");
    CHECK(vi::number(*Decimal::parse("68.25"), 1) == "68,3");
    CHECK(vi::integer(1000000) == "1.000.000");
    CHECK(vi::percent(*Decimal::parse("68.3")) == "68,3%");
    CHECK(vi::quantity(*Decimal::parse("921"), "tỷ đồng") == "921 tỷ đồng");
    CHECK(vi::quantity(*Decimal::parse("100"), "%") == "100%");
    CHECK(vi::quantity(*Decimal::parse("7"), "") == "7");
}

TEST_CASE("Vietnamese dates: leading zero for days below 10 and months 1-2", "[vi_format]") {
    CHECK(vi::date_long(Date{2025, 7, 23}) == "ngày 23 tháng 7 năm 2025");
    CHECK(vi::date_long(Date{2020, 1, 5}) == "ngày 05 tháng 01 năm 2020");
    CHECK(vi::date_long(Date{2020, 2, 10}) == "ngày 10 tháng 02 năm 2020");
    CHECK(vi::date_long(Date{2020, 3, 9}) == "ngày 09 tháng 3 năm 2020");
    CHECK(vi::date_short(Date{2025, 7, 22}) == "22/7/2025");
}

TEST_CASE("Roman ordinals and terms", "[vi_format]") {
    CHECK(vi::roman(1) == "I");
    CHECK(vi::roman(4) == "IV");
    CHECK(vi::roman(14) == "XIV");
    CHECK(vi::roman(1999) == "MCMXCIX");
    CHECK(vi::roman(0).empty());
    CHECK(vi::roman(4000).empty());
    CHECK(vi::congress_ordinal(1) == "lần thứ I");
    CHECK(vi::term(wardreport::Term{2025, 2030}) == "nhiệm kỳ 2025 - 2030");
}
