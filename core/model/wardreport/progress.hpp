// Progress of a resolution target, computed the way each kind of target is read:
// - Level (at least / above): share of the way from the baseline to the level, or actual/level
//   when there is no baseline; (at most / below): share of the reduction achieved.
// - Range: the lower bound is the level to reach; achieved while inside the range.
// - Growth: the average yearly rate achieved since the baseline against the rate asked for.
// - Change: the level baseline × (1 + rate), then read as a level.
// - Total: the sum of the yearly actuals against the total for the term.
// "On track" compares the latest actual with where a steady path from the baseline to the
// target would be in that year (linear for levels and totals, compound for growth).
#pragma once

#include <wardreport/model.hpp>

#include <algorithm>
#include <cmath>
#include <optional>

namespace wardreport {

enum class TargetStatus {
    Unknown,   // no actual yet, or nothing to compare it with
    Achieved,  // the target is met now
    OnTrack,   // not met yet, at or ahead of the steady path
    Behind,    // not met, behind the steady path (or past the target year)
};

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
    std::optional<double> rate;          // Growth: average yearly rate achieved, percent
    TargetStatus status = TargetStatus::Unknown;
};

// The value the target asks for in its target year, when it can be known: the level, the lower
// bound of a range, the total, or the baseline carried forward by the rate.
inline std::optional<double> target_value(const Target& t) {
    switch (t.kind) {
        case TargetKind::Level:
        case TargetKind::Total:
            if (t.value) return t.value->to_double();
            return std::nullopt;
        case TargetKind::Range:
            if (t.min) return t.min->to_double();
            return std::nullopt;
        case TargetKind::Growth:
            if (t.rate && t.baseline && t.baseline_year)
                return t.baseline->to_double() *
                       std::pow(1.0 + t.rate->to_double() / 100.0, t.target_year - *t.baseline_year);
            return std::nullopt;
        case TargetKind::Change:
            if (t.rate && t.baseline) return t.baseline->to_double() * (1.0 + t.rate->to_double() / 100.0);
            return std::nullopt;
    }
    return std::nullopt;
}

namespace detail {
// Does `v` satisfy a level target `goal` read with `cmp`?
inline bool meets(double v, double goal, Comparison cmp) {
    const double eps = 1e-9 * std::max(1.0, std::fabs(goal));
    switch (cmp) {
        case Comparison::AtLeast: return v >= goal - eps;
        case Comparison::Above: return v > goal + eps;
        case Comparison::AtMost: return v <= goal + eps;
        case Comparison::Below: return v < goal - eps;
        case Comparison::Exactly: return std::fabs(v - goal) <= eps;
    }
    return false;
}
inline bool lowering(Comparison cmp) { return cmp == Comparison::AtMost || cmp == Comparison::Below; }
}  // namespace detail

// Whether the target asks for a higher value than the baseline: a level at least / above (or
// exactly, unless the baseline is above the level), a range, a total, a growth or change at a
// rate of 0 or more. A target that asks for less (at most / below, a negative rate) is read as
// the share of the reduction achieved, and actual/target says nothing about it.
inline bool target_raises(const Target& t) {
    switch (t.kind) {
        case TargetKind::Level:
            if (t.comparison == Comparison::Exactly)
                return !(t.baseline && t.value && t.baseline->to_double() > t.value->to_double());
            return !detail::lowering(t.comparison);
        case TargetKind::Range:
        case TargetKind::Total:
            return true;
        case TargetKind::Growth:
        case TargetKind::Change:
            return !(t.rate && t.rate->mantissa() < 0);
    }
    return true;
}

inline Progress compute_progress(const Target& t, const Term& term) {
    Progress p;
    if (t.actuals.empty()) return p;
    const Actual latest = *std::max_element(t.actuals.begin(), t.actuals.end(),
        [](const Actual& a, const Actual& b) { return a.year < b.year; });
    p.latest = latest;
    const double a = latest.value.to_double();
    p.achieved = a;
    // A plain double and a flag rather than std::optional<double>: GCC 12 reports the optional's
    // payload as "maybe uninitialized" (a false positive) once this is inlined at -O2.
    const bool has_base = t.baseline.has_value();
    const double base = has_base ? t.baseline->to_double() : 0.0;
    const int y0 = t.baseline_year.value_or(term.from);
    const int span = t.target_year - y0;
    const double elapsed = span > 0 ? std::clamp(double(latest.year - y0) / span, 0.0, 1.0) : 1.0;

    if (t.kind == TargetKind::Total) {
        if (!t.value) return p;
        double sum = 0;
        for (const Actual& x : t.actuals) sum += x.value.to_double();
        const double total = t.value->to_double();
        p.achieved = sum;
        p.percent = total != 0 ? sum / total * 100.0 : std::optional<double>();
        const int years = std::max(1, term.to - term.from);
        const double share = std::clamp(double(latest.year - term.from) / years, 1.0 / years, 1.0);
        p.expected = total * share;
        p.status = sum >= total ? TargetStatus::Achieved
                 : sum >= *p.expected ? TargetStatus::OnTrack : TargetStatus::Behind;
        return p;
    }

    if (t.kind == TargetKind::Growth) {
        if (!t.rate || !has_base || !t.baseline_year || base <= 0 || a <= 0) return p;
        const double r = t.rate->to_double() / 100.0;
        const int n = latest.year - *t.baseline_year;
        p.expected = base * std::pow(1.0 + r, n);
        if (n > 0) {
            p.rate = (std::pow(a / base, 1.0 / n) - 1.0) * 100.0;
            if (r != 0) p.percent = *p.rate / (r * 100.0) * 100.0;
        }
        const bool ahead = target_raises(t) ? a >= *p.expected - 1e-9 : a <= *p.expected + 1e-9;
        if (n <= 0) p.status = TargetStatus::Unknown;
        else if (ahead && latest.year >= t.target_year) p.status = TargetStatus::Achieved;
        else p.status = ahead ? TargetStatus::OnTrack : TargetStatus::Behind;
        return p;
    }

    // Level, Range and Change read as a goal with a direction.
    std::optional<double> goal = target_value(t);
    if (!goal) return p;
    Comparison cmp = t.comparison;
    bool in_range = false;
    if (t.kind == TargetKind::Range) {
        cmp = Comparison::AtLeast;
        in_range = t.min && t.max && a >= t.min->to_double() && a <= t.max->to_double();
    } else if (t.kind == TargetKind::Change || (cmp == Comparison::Exactly && has_base)) {
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
    const bool met = t.kind == TargetKind::Range ? in_range
                   : detail::meets(a, *goal, t.kind == TargetKind::Level ? t.comparison : cmp);
    if (met) p.status = TargetStatus::Achieved;
    else if (latest.year >= t.target_year) p.status = TargetStatus::Behind;
    else if (p.expected) p.status = (down ? a <= *p.expected : a >= *p.expected) ? TargetStatus::OnTrack
                                                                                 : TargetStatus::Behind;
    else p.status = TargetStatus::Unknown;
    return p;
}

}  // namespace wardreport
