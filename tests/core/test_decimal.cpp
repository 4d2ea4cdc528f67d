#include <wardreport/decimal.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <limits>

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

TEST_CASE("Decimal try_rescaled refuses more decimals than 64 bits hold", "[decimal]") {
    const Decimal big(922337203685477580, 0);  // a tenth of INT64_MAX
    CHECK_FALSE(big.try_rescaled(2));
    CHECK_FALSE(Decimal(1, 0).try_rescaled(19));
    REQUIRE(Decimal(92233720368547758, 0).try_rescaled(2));
    CHECK(Decimal(92233720368547758, 0).try_rescaled(2)->to_string() == "92233720368547758.00");
    CHECK(Decimal::parse("68.25")->try_rescaled(1)->to_string() == "68.3");
    // Dropping more than 18 decimals: everything rounds to zero or one unit.
    CHECK(Decimal(INT64_MAX, 19).try_rescaled(0)->to_string() == "1");
    CHECK(Decimal(4000000000000000000, 19).try_rescaled(0)->to_string() == "0");
    CHECK(Decimal(INT64_MAX, 20).try_rescaled(0)->to_string() == "0");
    // The unchecked form saturates instead of overflowing.
    CHECK(big.rescaled(2).mantissa() == INT64_MAX);
    CHECK(Decimal(-922337203685477580, 0).rescaled(2).mantissa() == INT64_MIN);
}

TEST_CASE("Decimal checked_add and checked_sub give nullopt on overflow", "[decimal]") {
    const Decimal max(INT64_MAX, 0), one(1, 0);
    CHECK_FALSE(Decimal::checked_add(max, one));
    CHECK_FALSE(Decimal::checked_sub(Decimal(INT64_MIN, 0), one));
    CHECK_FALSE(Decimal::checked_sub(one, Decimal(INT64_MIN, 0)));
    // The common scale itself does not fit.
    CHECK_FALSE(Decimal::checked_add(Decimal(922337203685477580, 0), *Decimal::parse("0.01")));
    REQUIRE(Decimal::checked_add(*Decimal::parse("68.3"), *Decimal::parse("2.95")));
    CHECK(Decimal::checked_add(*Decimal::parse("68.3"), *Decimal::parse("2.95"))->to_string() == "71.25");
    CHECK(Decimal::checked_sub(*Decimal::parse("1"), *Decimal::parse("2.5"))->to_string() == "-1.5");
    // The operators saturate toward the sign of the result.
    CHECK((max + one).mantissa() == INT64_MAX);
    CHECK((Decimal(INT64_MIN, 0) - one).mantissa() == INT64_MIN);
    CHECK((one - Decimal(INT64_MIN, 0)).mantissa() == INT64_MAX);
}

TEST_CASE("Decimal try_from_double refuses values that are not finite or too large", "[decimal]") {
    const double inf = std::numeric_limits<double>::infinity();
    CHECK_FALSE(Decimal::try_from_double(std::nan(""), 1));
    CHECK_FALSE(Decimal::try_from_double(inf, 0));
    CHECK_FALSE(Decimal::try_from_double(-inf, 0));
    CHECK_FALSE(Decimal::try_from_double(9.3e18, 0));
    CHECK_FALSE(Decimal::try_from_double(1e17, 2));
    CHECK_FALSE(Decimal::try_from_double(-9.2e18, 0));
    REQUIRE(Decimal::try_from_double(2.0 / 3.0 * 100.0, 1));
    CHECK(Decimal::try_from_double(2.0 / 3.0 * 100.0, 1)->to_string() == "66.7");
    CHECK(Decimal::try_from_double(-1e18, 0)->mantissa() == -1000000000000000000);
    // The unchecked form clamps, and NaN gives zero.
    CHECK(Decimal::from_double(std::nan(""), 1).mantissa() == 0);
    CHECK(Decimal::from_double(inf, 0).mantissa() > 9000000000000000000);
    CHECK(Decimal::from_double(-1e300, 2).mantissa() < -9000000000000000000);
}

TEST_CASE("Decimal to_string writes the smallest mantissa", "[decimal]") {
    CHECK(Decimal(INT64_MIN, 0).to_string() == "-9223372036854775808");
    CHECK(Decimal(INT64_MIN, 3).to_string() == "-9223372036854775.808");
    CHECK(Decimal(INT64_MAX, 0).to_string() == "9223372036854775807");
}
