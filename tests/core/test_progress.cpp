// Progress of each kind of target, against figures computed by hand.
#include <wardreport/progress.hpp>

#include <catch2/catch.hpp>

using namespace wardreport;

namespace {

Decimal d(const char* s) { return *Decimal::parse(s); }

const Term kTerm{2025, 2030};

Target level(const char* value, Comparison cmp, std::optional<const char*> baseline = std::nullopt) {
    Target t;
    t.id = "t";
    t.kind = TargetKind::Level;
    t.comparison = cmp;
    t.value = d(value);
    if (baseline) {
        t.baseline = d(*baseline);
        t.baseline_year = 2025;
    }
    t.target_year = 2030;
    return t;
}

}  // namespace

TEST_CASE("No actual: nothing to say", "[progress]") {
    const Progress p = compute_progress(level("60", Comparison::AtLeast, "38.5"), kTerm);
    CHECK(p.status == TargetStatus::Unknown);
    CHECK_FALSE(p.percent);
    CHECK_FALSE(p.latest);
}

TEST_CASE("Level at least, from a baseline", "[progress]") {
    Target t = level("60", Comparison::AtLeast, "38.5");
    t.actuals = {{2026, d("42.3"), false}, {2027, d("47.8"), true}};
    const Progress p = compute_progress(t, kTerm);
    REQUIRE(p.latest);
    CHECK(p.latest->year == 2027);
    CHECK(*p.achieved == Approx(47.8));
    // (47.8 - 38.5) / (60 - 38.5) = 9.3 / 21.5 = 43.2558 %
    CHECK(*p.percent == Approx(43.2558).epsilon(1e-4));
    // 2 of 5 years: 38.5 + 21.5 × 0.4 = 47.1; 47.8 is ahead of it
    CHECK(*p.expected == Approx(47.1));
    CHECK(p.status == TargetStatus::OnTrack);

    t.actuals = {{2027, d("45")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Behind);
    t.actuals = {{2029, d("60")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Achieved);
    t.actuals = {{2030, d("59.9")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Behind);
}

TEST_CASE("Level without a baseline: actual over level", "[progress]") {
    Target t = level("400", Comparison::AtLeast);
    t.actuals = {{2027, d("300")}};
    const Progress p = compute_progress(t, kTerm);
    CHECK(*p.percent == Approx(75.0));
    CHECK_FALSE(p.expected);  // no path without a baseline
    CHECK(p.status == TargetStatus::Unknown);
}

TEST_CASE("Level above: the level itself is not enough", "[progress]") {
    Target t = level("90", Comparison::Above);
    t.actuals = {{2026, d("90")}};
    CHECK(compute_progress(t, kTerm).status != TargetStatus::Achieved);
    t.actuals = {{2026, d("91.7")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Achieved);
    // 87.5 / 90 = 97.22 %
    t.actuals = {{2027, d("87.5")}};
    CHECK(*compute_progress(t, kTerm).percent == Approx(97.2222).epsilon(1e-4));
}

TEST_CASE("Level at most, reducing from a baseline", "[progress]") {
    Target t = level("1.5", Comparison::AtMost, "4.2");
    t.actuals = {{2027, d("3.1")}};
    const Progress p = compute_progress(t, kTerm);
    // (3.1 - 4.2) / (1.5 - 4.2) = 1.1 / 2.7 = 40.7407 %
    CHECK(*p.percent == Approx(40.7407).epsilon(1e-4));
    // 4.2 - 2.7 × 0.4 = 3.12; 3.1 is below it: on track
    CHECK(*p.expected == Approx(3.12));
    CHECK(p.status == TargetStatus::OnTrack);
    t.actuals = {{2027, d("3.5")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Behind);
    t.actuals = {{2028, d("1.5")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Achieved);
}

TEST_CASE("Level at most 0 without a baseline: met or not", "[progress]") {
    Target t = level("0", Comparison::AtMost);  // "cơ bản không còn hộ nghèo"
    t.actuals = {{2027, d("12")}};
    Progress p = compute_progress(t, kTerm);
    CHECK(*p.percent == Approx(0.0));
    CHECK(p.status == TargetStatus::Unknown);
    t.actuals = {{2030, d("12")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Behind);
    t.actuals = {{2029, d("0")}};
    p = compute_progress(t, kTerm);
    CHECK(*p.percent == Approx(100.0));
    CHECK(p.status == TargetStatus::Achieved);
}

TEST_CASE("Level below and exactly", "[progress]") {
    Target below = level("10", Comparison::Below, "20");
    below.actuals = {{2026, d("10")}};
    CHECK(compute_progress(below, kTerm).status != TargetStatus::Achieved);
    below.actuals = {{2026, d("20")}};
    const Progress p = compute_progress(below, kTerm);
    CHECK(*p.percent == Approx(0.0));
    CHECK(*p.expected == Approx(18.0));  // 20 - 10 × 0.2
    CHECK(p.status == TargetStatus::Behind);

    Target exactly = level("100", Comparison::Exactly, "80");
    exactly.actuals = {{2026, d("90")}};
    const Progress q = compute_progress(exactly, kTerm);
    CHECK(*q.percent == Approx(50.0));  // (90 - 80) / (100 - 80)
    CHECK(*q.expected == Approx(84.0));
    CHECK(q.status == TargetStatus::OnTrack);
    exactly.actuals = {{2026, d("100")}};
    CHECK(compute_progress(exactly, kTerm).status == TargetStatus::Achieved);
}

TEST_CASE("Range: the lower bound is the goal, achieved inside", "[progress]") {
    Target t;
    t.kind = TargetKind::Range;
    t.min = d("85");
    t.max = d("95");
    t.baseline = d("62");
    t.baseline_year = 2025;
    t.target_year = 2030;
    CHECK(*target_value(t) == Approx(85.0));
    t.actuals = {{2026, d("66.4")}, {2027, d("71")}};
    const Progress p = compute_progress(t, kTerm);
    // (71 - 62) / (85 - 62) = 9 / 23 = 39.1304 %; expected 62 + 23 × 0.4 = 71.2 > 71
    CHECK(*p.percent == Approx(39.1304).epsilon(1e-4));
    CHECK(*p.expected == Approx(71.2));
    CHECK(p.status == TargetStatus::Behind);
    t.actuals = {{2029, d("90")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Achieved);
    t.actuals = {{2030, d("97")}};  // past the range
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Behind);
}

TEST_CASE("Growth: the average yearly rate achieved against the rate asked", "[progress]") {
    Target t;
    t.kind = TargetKind::Growth;
    t.rate = d("10");
    t.baseline = d("520");
    t.baseline_year = 2025;
    t.target_year = 2030;
    // 520 × 1.1^5 = 837.4652
    CHECK(*target_value(t) == Approx(837.4652).epsilon(1e-6));
    t.actuals = {{2026, d("580")}, {2027, d("640")}};
    const Progress p = compute_progress(t, kTerm);
    // √(640 / 520) - 1 = 10.9400 % a year; 10.94 / 10 = 109.40 %; path 520 × 1.21 = 629.2
    CHECK(*p.rate == Approx(10.9400).epsilon(1e-4));
    CHECK(*p.percent == Approx(109.400).epsilon(1e-4));
    CHECK(*p.expected == Approx(629.2));
    CHECK(p.status == TargetStatus::OnTrack);
    t.actuals = {{2027, d("600")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Behind);
    t.actuals = {{2030, d("840")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Achieved);
    t.actuals = {{2025, d("520")}};  // no year elapsed
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Unknown);
}

TEST_CASE("Growth as a reduction", "[progress]") {
    Target t;
    t.kind = TargetKind::Growth;
    t.rate = d("-10");
    t.baseline = d("100");
    t.baseline_year = 2025;
    t.target_year = 2030;
    t.actuals = {{2027, d("80")}};
    const Progress p = compute_progress(t, kTerm);
    // path 100 × 0.9² = 81; √0.8 - 1 = -10.5573 %
    CHECK(*p.expected == Approx(81.0));
    CHECK(*p.rate == Approx(-10.5573).epsilon(1e-4));
    CHECK(*p.percent == Approx(105.573).epsilon(1e-4));
    CHECK(p.status == TargetStatus::OnTrack);
}

TEST_CASE("Change against the baseline, up and down", "[progress]") {
    Target t;
    t.kind = TargetKind::Change;
    t.rate = d("25");
    t.baseline = d("310");
    t.baseline_year = 2025;
    t.target_year = 2030;
    CHECK(*target_value(t) == Approx(387.5));
    t.actuals = {{2027, d("342")}};
    Progress p = compute_progress(t, kTerm);
    // (342 - 310) / 77.5 = 41.2903 %; path 310 + 77.5 × 0.4 = 341
    CHECK(*p.percent == Approx(41.2903).epsilon(1e-4));
    CHECK(*p.expected == Approx(341.0));
    CHECK(p.status == TargetStatus::OnTrack);

    Target fall;
    fall.kind = TargetKind::Change;
    fall.rate = d("-20");
    fall.baseline = d("15");
    fall.baseline_year = 2025;
    fall.target_year = 2030;
    fall.actuals = {{2026, d("13")}};
    p = compute_progress(fall, kTerm);
    // goal 15 × 0.8 = 12: (13 - 15) / (12 - 15) = 66.67 %; path 15 - 3 × 0.2 = 14.4
    CHECK(*p.percent == Approx(66.6667).epsilon(1e-4));
    CHECK(*p.expected == Approx(14.4));
    CHECK(p.status == TargetStatus::OnTrack);
    fall.actuals = {{2027, d("12")}};
    CHECK(compute_progress(fall, kTerm).status == TargetStatus::Achieved);
}

TEST_CASE("Total: the sum of the yearly actuals against the term's total", "[progress]") {
    Target t;
    t.kind = TargetKind::Total;
    t.value = d("150");
    t.target_year = 2030;
    t.actuals = {{2025, d("12")}, {2026, d("28")}, {2027, d("31")}};
    Progress p = compute_progress(t, kTerm);
    // 71 / 150 = 47.33 %; 2 of 5 years: 60 expected
    CHECK(*p.achieved == Approx(71.0));
    CHECK(*p.percent == Approx(47.3333).epsilon(1e-4));
    CHECK(*p.expected == Approx(60.0));
    CHECK(p.latest->year == 2027);
    CHECK(p.status == TargetStatus::OnTrack);
    t.actuals = {{2027, d("40")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Behind);
    t.actuals = {{2026, d("100")}, {2028, d("55")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Achieved);
}

TEST_CASE("Status names", "[progress]") {
    CHECK(std::string(target_status_name(TargetStatus::Achieved)) == "đạt");
    CHECK(std::string(target_status_name(TargetStatus::Behind)) == "chậm tiến độ");
}

// ---- kinds real resolutions use, each from a real sentence ---------------------------------------

namespace {

Target make(TargetKind kind) {
    Target t;
    t.id = "t";
    t.kind = kind;
    return t;
}

}  // namespace

TEST_CASE("Growth above a rate: 'tăng bình quân trên 10%/năm' is not met by exactly 10%", "[progress]") {
    Target t = make(TargetKind::Growth);
    t.rate = d("10");
    t.comparison = Comparison::Above;
    t.baseline = d("100");
    t.baseline_year = 2025;
    t.target_year = 2030;
    t.actuals = {{2027, d("121")}};  // exactly 10% a year for two years
    CHECK(*compute_progress(t, kTerm).rate == Approx(10.0));
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Behind);
    t.actuals = {{2027, d("122")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::OnTrack);
    t.comparison = Comparison::AtLeast;
    t.actuals = {{2027, d("121")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::OnTrack);
}

TEST_CASE("Reduction in percentage points is linear, not compound", "[progress]") {
    // "tỷ lệ hộ nghèo giảm bình quân 1,5 điểm %/năm" from 6% in 2025.
    Target t = make(TargetKind::Growth);
    t.unit = "%";
    t.rate = d("-1.5");
    t.rate_unit = RateUnit::Points;
    t.baseline = d("6");
    t.baseline_year = 2025;
    t.target_year = 2028;
    CHECK(*target_value(t) == Approx(1.5));  // 6 − 3 × 1,5, where 6 × 0,985³ would be 5,73
    t.actuals = {{2027, d("3.2")}};
    const Progress p = compute_progress(t, kTerm);
    CHECK(*p.expected == Approx(3.0));        // 6 − 2 × 1,5
    CHECK(*p.rate == Approx(-1.4));           // (3,2 − 6) / 2
    CHECK(*p.percent == Approx(1.4 / 1.5 * 100));
    CHECK(p.status == TargetStatus::Behind);
    t.actuals = {{2027, d("2.9")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::OnTrack);
    // The same sentence in percent would ask for 6 × 0,985² = 5,8215 in 2027: 3,2 is far ahead.
    t.rate_unit = RateUnit::Percent;
    t.actuals = {{2027, d("3.2")}};
    CHECK(*compute_progress(t, kTerm).expected == Approx(5.82135));
}

TEST_CASE("Change in percentage points against the baseline", "[progress]") {
    Target t = make(TargetKind::Change);
    t.rate = d("-5");
    t.rate_unit = RateUnit::Points;
    t.baseline = d("20");
    t.baseline_year = 2025;
    t.target_year = 2030;
    CHECK(*target_value(t) == Approx(15.0));
    t.actuals = {{2030, d("15")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Achieved);
}

TEST_CASE("A level each year: 'mỗi năm giải quyết việc làm cho trên 300 lao động'", "[progress]") {
    Target t = make(TargetKind::EachYear);
    t.comparison = Comparison::Above;
    t.value = d("300");
    t.actuals = {{2026, d("320")}, {2027, d("350")}};
    Progress p = compute_progress(t, kTerm);
    CHECK(p.status == TargetStatus::OnTrack);
    CHECK(*p.percent == Approx(350.0 / 300 * 100));
    t.actuals = {{2026, d("280")}, {2027, d("350")}};  // one year short: behind, whatever came after
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Behind);
    t.actuals = {{2026, d("320")}, {2030, d("301")}};  // every year met through the end of the term
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Achieved);
}

TEST_CASE("Maintain a level, and maintain a status the clerk assesses", "[progress]") {
    Target level = make(TargetKind::Maintain);
    level.value = d("100");  // "duy trì 100% thôn đạt chuẩn văn hóa"
    level.actuals = {{2026, d("100")}};
    CHECK(compute_progress(level, kTerm).status == TargetStatus::OnTrack);
    level.actuals = {{2026, d("100")}, {2027, d("95")}};
    CHECK(compute_progress(level, kTerm).status == TargetStatus::Behind);

    Target status = make(TargetKind::Maintain);  // "duy trì xã đạt chuẩn quốc gia về y tế"
    CHECK(compute_progress(status, kTerm).status == TargetStatus::Unknown);
    CHECK_FALSE(target_raises(status));
    status.assessed = TargetStatus::Achieved;
    const Progress p = compute_progress(status, kTerm);
    CHECK(p.status == TargetStatus::Achieved);
    CHECK_FALSE(p.percent);
}

TEST_CASE("Qualitative: no number, the clerk's assessment", "[progress]") {
    Target t = make(TargetKind::Qualitative);  // "xây dựng Đảng bộ trong sạch, vững mạnh"
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Unknown);
    CHECK_FALSE(target_value(t, kTerm));
    t.assessed = TargetStatus::Behind;
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Behind);
}

TEST_CASE("Minimum and maximum read as at least and at most", "[progress]") {
    Target t = level("50", Comparison::Minimum);
    t.actuals = {{2030, d("50")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Achieved);
    Target m = level("2", Comparison::Maximum, "5");
    CHECK_FALSE(target_raises(m));
    m.actuals = {{2030, d("2")}};
    CHECK(compute_progress(m, kTerm).status == TargetStatus::Achieved);
}

TEST_CASE("A target with no year is read for the end of the term", "[progress]") {
    Target t = level("60", Comparison::AtLeast, "40");
    t.target_year.reset();
    t.actuals = {{2030, d("55")}};
    CHECK(compute_progress(t, kTerm).status == TargetStatus::Behind);
    t.actuals = {{2027, d("50")}};  // 2 of 5 years: 40 + 20 × 0,4 = 48
    CHECK(*compute_progress(t, kTerm).expected == Approx(48.0));
}

// The level a growth asks for as the decimal it is: the tracking workbook's Mức cần đạt, from
// which its formulas recover the asked rate, so it must be exact or absent.
TEST_CASE("Growth level: exact decimals, or none when more than 9 are needed", "[progress]") {
    Target t;
    t.kind = TargetKind::Growth;
    t.rate = d("10");
    t.baseline = d("520");
    t.baseline_year = 2025;
    REQUIRE(growth_level(t, kTerm));
    CHECK(growth_level(t, kTerm)->to_string() == "837.4652");  // 520 × 1,1^5
    CHECK(*target_value(t, kTerm) == 837.4652);
    t.target_year = 2028;
    CHECK(growth_level(t, kTerm)->to_string() == "692.12");  // 520 × 1,331
    t.rate = d("-20");
    t.baseline = d("15");
    t.target_year.reset();
    CHECK(growth_level(t, kTerm)->to_string() == "4.9152");  // 15 × 0,8^5
    t.rate_unit = RateUnit::Points;
    t.rate = d("-0.5");
    t.baseline = d("4.2");
    CHECK(growth_level(t, kTerm)->to_string() == "1.7");
    // A range asks for its bound nearer zero: 8% of 8–10%.
    t.rate_unit = RateUnit::Percent;
    t.rate.reset();
    t.min = d("8");
    t.max = d("10");
    t.baseline = d("200");
    CHECK(growth_level(t, kTerm)->to_string() == "293.86561536");
    // 1,085^5 has 15 decimals: no exact level, and target_value falls back to the double.
    t.min.reset();
    t.max.reset();
    t.rate = d("8.5");
    t.baseline = d("100");
    CHECK_FALSE(growth_level(t, kTerm));
    CHECK(*target_value(t, kTerm) == Approx(150.3656621));
    // Not after the baseline's year, or no baseline year: none.
    t.rate = d("10");
    t.target_year = 2025;
    CHECK_FALSE(growth_level(t, kTerm));
    t.target_year.reset();
    t.baseline_year.reset();
    CHECK_FALSE(growth_level(t, kTerm));
}
