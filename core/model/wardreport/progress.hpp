// Progress of a resolution target, computed the way each kind of target is read:
// - Level (at least / above): share of the way from the baseline to the level, or actual/level
//   when there is no baseline; (at most / below): share of the reduction achieved.
// - Range: the lower bound is the level to reach; achieved while inside the range.
// - Growth: the average yearly rate achieved since the baseline against the rate asked for,
//   compound for a rate in percent, linear for one in percentage points (điểm %): a poverty rate
//   falling "1,5 điểm %/năm" from 6% is 4,5% three years on, not 6% × 0,985³. A range of rates
//   ("tăng bình quân 8-10%/năm") asks for its bound nearer zero (8%; a fall of "1-1,5%/năm": 1):
//   any rate in the range meets the resolution, and one beyond it exceeds it (vượt), as the lower
//   bound of a range of levels is the level to reach.
// - About ("khoảng") and nearly ("gần") a level or a rate: the resolution states no tolerance, so
//   none is invented; progress reads the stated figure itself in the target's direction (reached
//   when met, the percent says how near), so no target is called achieved below its own figure.
// - Change: the level baseline × (1 + rate), or baseline + rate in points, then read as a level.
// - Total: the sum of the yearly actuals against the total for the term.
// - Each year, maintain a level: every yearly actual must meet the level.
// - Maintain a status, qualitative: no number to compute; the status is the clerk's assessment.
// "On track" compares the latest actual with where a steady path from the baseline to the
// target would be in that year (linear for levels and totals, compound for growth).
// A target whose year the resolution does not give is read for the end of the term.
#pragma once

#include <wardreport/model.hpp>

#include <algorithm>
#include <cmath>
#include <optional>

namespace wardreport {

inline const char* target_status_name(TargetStatus s) {
    switch (s) {
        case TargetStatus::Unknown: return "chưa đánh giá";
        case TargetStatus::Achieved: return "đạt";
        case TargetStatus::OnTrack: return "đúng tiến độ";
        case TargetStatus::Behind: return "chậm tiến độ";
    }
    return "";
}

struct Progress {
    std::optional<Actual> latest;        // the newest actual (for Total: the year of the newest)
    std::optional<double> achieved;      // for Total: the sum of actuals; otherwise latest value
    std::optional<double> percent;       // percent of the way to the target (may exceed 100)
    std::optional<double> expected;      // where a steady path would be in the latest year
    std::optional<double> rate;          // Growth: average yearly rate achieved, percent or points
    TargetStatus status = TargetStatus::Unknown;
};

// The rate a growth or change asks for: its `rate`, or of a range of rates the bound nearer zero.
inline std::optional<Decimal> asked_rate(const Target& t) {
    if (t.rate) return t.rate;
    if (t.min && t.max) return t.min->mantissa() >= 0 ? t.min : t.max;
    return std::nullopt;
}

// The level a change asks for as the decimal it is, when it fits: baseline × (100 + rate) / 100,
// or baseline + rate in points ("giảm 20%" of 15 is 12; "tăng 31,6%" of 38,5 is 50,666). The
// tracking workbook's Mức cần đạt holds this very number, so its formulas and the engine read
// the same level to the last bit; nullopt when it does not fit (more than 9 decimals).
inline std::optional<Decimal> change_level(const Target& t) {
    const std::optional<Decimal> rate = t.kind == TargetKind::Change ? asked_rate(t) : std::nullopt;
    if (!rate || !t.baseline) return std::nullopt;
    std::optional<Decimal> level;
    if (t.rate_unit == RateUnit::Points) {
        level = Decimal::checked_add(*t.baseline, *rate);
    } else {
        std::int64_t hundred = 100, factor = 0, m = 0;  // 100 at the rate's scale, plus the rate
        for (int i = 0; i < rate->scale(); ++i)
            if (__builtin_mul_overflow(hundred, 10, &hundred)) return std::nullopt;
        if (__builtin_add_overflow(hundred, rate->mantissa(), &factor) ||
            __builtin_mul_overflow(t.baseline->mantissa(), factor, &m))
            return std::nullopt;
        level = Decimal(m, t.baseline->scale() + rate->scale() + 2);
    }
    if (!level) return std::nullopt;
    while (level->scale() > 0 && level->mantissa() % 10 == 0) level = Decimal(level->mantissa() / 10, level->scale() - 1);
    if (level->scale() > 9) return std::nullopt;
    return level;
}

// The year a target is for: its own, or the end of the term when the resolution does not say.
inline int target_year_of(const Target& t, const Term& term) { return t.target_year.value_or(term.to); }

// The level a growth asks for in its year as the decimal it is, when it fits: baseline ×
// ((100 + rate) / 100)^years, or baseline + rate × years in points (520 growing 10%/năm for 5
// years is 837,4652). The tracking workbook's Mức cần đạt holds this number, from which its
// formulas recover the asked rate; nullopt when it needs more than 9 decimals (8,5% over 5 years
// needs 15), or the years are not after the baseline's.
inline std::optional<Decimal> growth_level(const Target& t, const Term& term) {
    const std::optional<Decimal> rate = t.kind == TargetKind::Growth ? asked_rate(t) : std::nullopt;
    if (!rate || !t.baseline || !t.baseline_year) return std::nullopt;
    const int years = target_year_of(t, term) - *t.baseline_year;
    if (years <= 0 || years > 100) return std::nullopt;
    std::int64_t m = t.baseline->mantissa(), factor = 100;
    int scale = t.baseline->scale();
    if (t.rate_unit == RateUnit::Points) {
        std::optional<Decimal> level = t.baseline;
        for (int i = 0; i < years && level; ++i) level = Decimal::checked_add(*level, *rate);
        if (!level) return std::nullopt;
        m = level->mantissa();
        scale = level->scale();
    } else {
        for (int i = 0; i < rate->scale(); ++i)
            if (__builtin_mul_overflow(factor, 10, &factor)) return std::nullopt;
        if (__builtin_add_overflow(factor, rate->mantissa(), &factor)) return std::nullopt;
        for (int i = 0; i < years; ++i) {
            if (__builtin_mul_overflow(m, factor, &m)) return std::nullopt;
            scale += rate->scale() + 2;
            // Trailing zeros dropped as they come keep the product in range: 1,1^5 is 1,61051.
            while (scale > 0 && m % 10 == 0) m /= 10, --scale;
        }
    }
    while (scale > 0 && m % 10 == 0) m /= 10, --scale;
    if (scale > 9) return std::nullopt;
    return Decimal(m, scale);
}

// The value the target asks for in its target year, when it can be known: the level, the lower
// bound of a range, the total, or the baseline carried forward by the rate.
inline std::optional<double> target_value(const Target& t, const Term& term = Term{}) {
    const bool points = t.rate_unit == RateUnit::Points;
    switch (t.kind) {
        case TargetKind::Level:
        case TargetKind::Total:
        case TargetKind::EachYear:
        case TargetKind::Maintain:
            if (t.value) return t.value->to_double();
            return std::nullopt;
        case TargetKind::Range:
            if (t.min) return t.min->to_double();
            return std::nullopt;
        case TargetKind::Growth: {
            if (const auto level = growth_level(t, term)) return level->to_double();
            const int year = target_year_of(t, term);
            const std::optional<Decimal> rate = asked_rate(t);
            if (!rate || !t.baseline || !t.baseline_year || year <= 0) return std::nullopt;
            const double r = rate->to_double();
            const int n = year - *t.baseline_year;
            return points ? t.baseline->to_double() + r * n : t.baseline->to_double() * std::pow(1.0 + r / 100.0, n);
        }
        case TargetKind::Change: {
            if (const auto level = change_level(t)) return level->to_double();
            const std::optional<Decimal> rate = asked_rate(t);
            if (!rate || !t.baseline) return std::nullopt;
            return points ? t.baseline->to_double() + rate->to_double()
                          : t.baseline->to_double() * (1.0 + rate->to_double() / 100.0);
        }
        case TargetKind::Qualitative:
            return std::nullopt;
    }
    return std::nullopt;
}

namespace detail {
// Does `v` satisfy a level target `goal` read with `cmp`? About and nearly read as the level
// reached upwards; a caller whose target falls gives AtMost instead.
inline bool meets(double v, double goal, Comparison cmp) {
    const double eps = 1e-9 * std::max(1.0, std::fabs(goal));
    switch (cmp) {
        case Comparison::AtLeast:
        case Comparison::About:
        case Comparison::Nearly:
        case Comparison::Minimum: return v >= goal - eps;
        case Comparison::Above: return v > goal + eps;
        case Comparison::AtMost:
        case Comparison::Maximum: return v <= goal + eps;
        case Comparison::Below: return v < goal - eps;
        case Comparison::Exactly: return std::fabs(v - goal) <= eps;
    }
    return false;
}
inline bool lowering(Comparison cmp) {
    return cmp == Comparison::AtMost || cmp == Comparison::Below || cmp == Comparison::Maximum;
}
// A comparison that gives no direction of its own: the baseline against the level does.
inline bool directionless(Comparison cmp) {
    return cmp == Comparison::Exactly || cmp == Comparison::About || cmp == Comparison::Nearly;
}
}  // namespace detail

// Whether the target asks for a higher value than the baseline: a level at least / above (or
// exactly, unless the baseline is above the level), a range, a total, a growth or change at a
// rate of 0 or more. A target that asks for less (at most / below, a negative rate) is read as
// the share of the reduction achieved, and actual/target says nothing about it. A target with
// no number (qualitative, maintain a status) asks for nothing higher.
inline bool target_raises(const Target& t) {
    switch (t.kind) {
        case TargetKind::Level:
        case TargetKind::EachYear:
        case TargetKind::Maintain:
            if (t.kind == TargetKind::Maintain && !t.value) return false;
            if (detail::directionless(t.comparison))
                return !(t.baseline && t.value && t.baseline->to_double() > t.value->to_double());
            return !detail::lowering(t.comparison);
        case TargetKind::Range:
        case TargetKind::Total:
            return true;
        case TargetKind::Growth:
        case TargetKind::Change: {
            const std::optional<Decimal> rate = asked_rate(t);
            return !(rate && rate->mantissa() < 0);
        }
        case TargetKind::Qualitative:
            return false;
    }
    return true;
}

namespace detail {

inline Progress total_progress(const Target& t, const Term& term, Progress p) {
    if (!t.value) return p;
    // Added as written (decimals) while they fit: 20.1 + 19.9 + 20 is 60, a total met exactly is
    // met, and the sum the tracking workbook shows and tests against is this very number.
    std::optional<Decimal> exact = Decimal::integer(0);
    double sum = 0;
    for (const Actual& x : t.actuals) {
        sum += x.value.to_double();
        if (exact) exact = Decimal::checked_add(*exact, x.value);
    }
    if (exact) sum = exact->to_double();
    const double total = t.value->to_double();
    p.achieved = sum;
    p.percent = total != 0 ? sum / total * 100.0 : std::optional<double>();
    const int years = std::max(1, term.to - term.from);
    const double share = std::clamp(double(p.latest->year - term.from) / years, 1.0 / years, 1.0);
    p.expected = total * share;
    p.status = sum >= total ? TargetStatus::Achieved
             : sum >= *p.expected ? TargetStatus::OnTrack : TargetStatus::Behind;
    return p;
}

// A rate asked for "trên 10%/năm" is met by a rate above 10; "giảm bình quân trên 2%/năm" by a
// fall of more than 2: the comparison reads on the size of the change, in its direction.
inline bool rate_meets(double achieved, double asked, Comparison cmp, bool raises) {
    const double sign = raises ? 1.0 : -1.0;
    return meets(sign * achieved, sign * asked, directionless(cmp) ? Comparison::AtLeast : cmp);
}

inline Progress growth_progress(const Target& t, const Term& term, Progress p) {
    const bool points = t.rate_unit == RateUnit::Points;
    const double base = t.baseline ? t.baseline->to_double() : 0.0;
    const double a = p.latest->value.to_double();
    const std::optional<Decimal> rate = asked_rate(t);
    if (!rate || !t.baseline || !t.baseline_year || (!points && (base <= 0 || a <= 0))) return p;
    const double r = rate->to_double();
    const int n = p.latest->year - *t.baseline_year;
    p.expected = points ? base + r * n : base * std::pow(1.0 + r / 100.0, n);
    if (n <= 0) return p;
    p.rate = points ? (a - base) / n : (std::pow(a / base, 1.0 / n) - 1.0) * 100.0;
    if (r != 0) p.percent = *p.rate / r * 100.0;
    const bool ahead = rate_meets(*p.rate, r, t.comparison, target_raises(t));
    if (ahead && p.latest->year >= target_year_of(t, term)) p.status = TargetStatus::Achieved;
    else p.status = ahead ? TargetStatus::OnTrack : TargetStatus::Behind;
    return p;
}

// Each year (and maintain a level): every year's actual meets the level; met so far is on
// track, met in the target year is achieved, one year short is behind.
inline Progress yearly_progress(const Target& t, const Term& term, Progress p) {
    if (!t.value) return p;
    const double goal = t.value->to_double();
    bool all = true;
    for (const Actual& x : t.actuals) all = all && meets(x.value.to_double(), goal, t.comparison);
    const double a = p.latest->value.to_double();
    if (target_raises(t) && goal != 0) p.percent = a / goal * 100.0;
    else p.percent = meets(a, goal, t.comparison) ? 100.0 : 0.0;
    if (!all) p.status = TargetStatus::Behind;
    else p.status = p.latest->year >= target_year_of(t, term) ? TargetStatus::Achieved : TargetStatus::OnTrack;
    return p;
}

}  // namespace detail

inline Progress compute_progress(const Target& t, const Term& term) {
    Progress p;
    // No number to compute: the clerk's assessment, whatever the actuals.
    if (t.kind == TargetKind::Qualitative || (t.kind == TargetKind::Maintain && !t.value)) {
        p.status = t.assessed.value_or(TargetStatus::Unknown);
        return p;
    }
    if (t.actuals.empty()) return p;
    const Actual latest = *std::max_element(t.actuals.begin(), t.actuals.end(),
        [](const Actual& a, const Actual& b) { return a.year < b.year; });
    p.latest = latest;
    const double a = latest.value.to_double();
    p.achieved = a;
    if (t.kind == TargetKind::Total) return detail::total_progress(t, term, p);
    if (t.kind == TargetKind::Growth) return detail::growth_progress(t, term, p);
    if (t.kind == TargetKind::EachYear || t.kind == TargetKind::Maintain) return detail::yearly_progress(t, term, p);

    // Level, Range and Change read as a goal with a direction.
    // A plain double and a flag rather than std::optional<double>: GCC 12 reports the optional's
    // payload as "maybe uninitialized" (a false positive) once this is inlined at -O2.
    const bool has_base = t.baseline.has_value();
    const double base = has_base ? t.baseline->to_double() : 0.0;
    const int year = target_year_of(t, term);
    const int y0 = t.baseline_year.value_or(term.from);
    const int span = year - y0;
    const double elapsed = span > 0 ? std::clamp(double(latest.year - y0) / span, 0.0, 1.0) : 1.0;
    std::optional<double> goal = target_value(t, term);
    if (!goal) return p;
    Comparison cmp = t.comparison;
    bool in_range = false;
    if (t.kind == TargetKind::Range) {
        cmp = Comparison::AtLeast;
        in_range = t.min && t.max && a >= t.min->to_double() && a <= t.max->to_double();
    } else if (t.kind == TargetKind::Change || (cmp == Comparison::Exactly && has_base) ||
               cmp == Comparison::About || cmp == Comparison::Nearly) {
        cmp = target_raises(t) ? Comparison::AtLeast : Comparison::AtMost;
    }
    const bool down = !target_raises(t);
    if (has_base && (down ? base > *goal : base < *goal)) {
        p.percent = (a - base) / (*goal - base) * 100.0;
        p.expected = base + (*goal - base) * elapsed;
    } else if (*goal != 0 && !down) {
        p.percent = a / *goal * 100.0;
    } else if (down) {
        // Reducing to a level with no baseline above it: met or not, nothing in between.
        p.percent = detail::meets(a, *goal, cmp) ? 100.0 : 0.0;
    }
    const bool level_word = t.kind == TargetKind::Level && t.comparison != Comparison::About &&
                            t.comparison != Comparison::Nearly;
    const bool met = t.kind == TargetKind::Range ? in_range : detail::meets(a, *goal, level_word ? t.comparison : cmp);
    if (met) p.status = TargetStatus::Achieved;
    else if (latest.year >= year) p.status = TargetStatus::Behind;
    else if (p.expected) p.status = (down ? a <= *p.expected : a >= *p.expected) ? TargetStatus::OnTrack
                                                                                 : TargetStatus::Behind;
    else p.status = TargetStatus::Unknown;
    return p;
}

}  // namespace wardreport
