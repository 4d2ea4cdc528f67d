#include <wardreport/decimal.hpp>

#include <catch2/catch.hpp>

using wardreport::Decimal;

TEST_CASE("Decimal parses machine notation and keeps the written digits", "[decimal]") {
    auto d = Decimal::parse("115.689");
    REQUIRE(d);
    CHECK(d->mantissa() == 115689);
    CHECK(d->scale() == 3);
    CHECK(d->to_string() == "115.689");
    CHECK(Decimal::parse("68.3")->to_string() == "68.3");
    CHECK(Decimal::parse("-2.10")->to_string() == "-2.10");
    CHECK(Decimal::parse("+5")->to_string() == "5");
    CHECK(Decimal::parse("0.05")->to_string() == "0.05");
    CHECK(Decimal::parse("20379")->mantissa() == 20379);
}

TEST_CASE("Decimal rejects anything but plain machine notation", "[decimal]") {
    for (const char* bad : {"", "-", ".", "5.", "1,5", "1.2.3", "1e5", "0x10", " 5", "5 ", "inf", "nan", "1_000",
                            "1234567890123456789", "0.0000000001"})
        CHECK_FALSE(Decimal::parse(bad));
    CHECK(Decimal::parse("123456789012345678"));  // 18 digits
    CHECK(Decimal::parse("0.000000001"));         // 9 decimals
}

TEST_CASE("Decimal compares and adds exactly across scales", "[decimal]") {
    const Decimal a = *Decimal::parse("68.3"), b = *Decimal::parse("28.9"), c = *Decimal::parse("2.9");
    CHECK((a + b + c).to_string() == "100.1");
    CHECK(Decimal::parse("2.50") == Decimal::parse("2.5"));
    CHECK(*Decimal::parse("0.1") < *Decimal::parse("0.10001"));
    CHECK((*Decimal::parse("68.3") + *Decimal::parse("2.95")).to_string() == "71.25");
    CHECK((*Decimal::parse("1") - *Decimal::parse("2.5")).to_string() == "-1.5");
}

TEST_CASE("Decimal compares without overflow when scales are far apart", "[decimal]") {
    const Decimal big = *Decimal::parse("123456789012345678");
    const Decimal tiny = *Decimal::parse("0.000000001");
    CHECK(tiny < big);
    CHECK(big > tiny);
    CHECK(Decimal(-123456789012345678, 0) < tiny);
    CHECK(tiny > Decimal(-123456789012345678, 0));
    CHECK(Decimal(0, 0) == Decimal(0, 9));
}

TEST_CASE("Decimal rescales rounding half away from zero", "[decimal]") {
    CHECK(Decimal::parse("68.25")->rescaled(1).to_string() == "68.3");
    CHECK(Decimal::parse("-68.25")->rescaled(1).to_string() == "-68.3");
    CHECK(Decimal::parse("68.24")->rescaled(1).to_string() == "68.2");
    CHECK(Decimal::parse("5")->rescaled(2).to_string() == "5.00");
    CHECK(Decimal::from_double(2.0 / 3.0 * 100.0, 1).to_string() == "66.7");
    CHECK(Decimal::parse("30.0")->is_integer());
    CHECK_FALSE(Decimal::parse("30.5")->is_integer());
    CHECK(Decimal::parse("115.689")->to_double() == Approx(115.689));
}
