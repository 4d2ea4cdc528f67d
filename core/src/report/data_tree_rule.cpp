#include "report/data_tree_rule.hpp"

#include <wardreport/progress.hpp>

#include <algorithm>

namespace wardreport::report {

const char* rule_kind(const Target& t) {
    switch (t.kind) {
        case TargetKind::Level: return "mức";
        case TargetKind::Range: return "khoảng giá trị";
        case TargetKind::Change: return "so với năm gốc";
        case TargetKind::Growth: return t.rate_unit == RateUnit::Points ? "bình quân điểm %/năm" : "bình quân %/năm";
        case TargetKind::Total: return "tổng nhiệm kỳ";
        case TargetKind::EachYear: return "hằng năm";
        case TargetKind::Maintain: return t.value ? "duy trì" : "định tính";
        case TargetKind::Qualitative: return "định tính";
    }
    return "";
}

namespace {

const char* word(Comparison c) {
    switch (c) {
        case Comparison::Above: return "trên";
        case Comparison::AtMost:
        case Comparison::Maximum: return "không quá";
        case Comparison::Below: return "dưới";
        case Comparison::Exactly: return "đúng";
        default: return "ít nhất";
    }
}

}  // namespace

const char* rule_comparison(const Target& t) {
    const bool directionless = detail::directionless(t.comparison);
    switch (t.kind) {
        case TargetKind::Range: return "trong khoảng";
        case TargetKind::Total: return "ít nhất";
        case TargetKind::Qualitative: return "";
        // A change, and a level about or nearly reached, read in the target's direction.
        case TargetKind::Change: return target_raises(t) ? "ít nhất" : "không quá";
        case TargetKind::Level:
            if (directionless && t.comparison != Comparison::Exactly) return target_raises(t) ? "ít nhất" : "không quá";
            return word(t.comparison);
        // A rate about, nearly or exactly asked is met at least (rate_meets); so is a yearly level
        // about or nearly kept (meets).
        case TargetKind::Growth: return directionless ? "ít nhất" : word(t.comparison);
        case TargetKind::EachYear:
        case TargetKind::Maintain:
            if (!t.value) return "";
            return t.comparison == Comparison::About || t.comparison == Comparison::Nearly ? "ít nhất" : word(t.comparison);
    }
    return "";
}

std::optional<int> first_missed_year(const Target& t) {
    if ((t.kind != TargetKind::EachYear && t.kind != TargetKind::Maintain) || !t.value) return std::nullopt;
    std::optional<int> first;
    for (const Actual& a : t.actuals)
        if (!detail::meets(a.value.to_double(), t.value->to_double(), t.comparison) && (!first || a.year < *first))
            first = a.year;
    return first;
}

// What the formulas cannot restate: a change whose level needs more than 9 decimals (Mức cần
// đạt holds the level the formulas compare, and a cell's exact decimal has no room for it); a
// total of a ward with no term (its share of the years gone has no years); an assessment, which
// is the clerk's input instead. (A baseline without its year, which the engine would count from
// the term's first year, is refused when a ward file is read; only a model built in code has one.)
bool live_progress(const Target& t, const Term& term) {
    const bool dated_baseline = !t.baseline || t.baseline_year;
    switch (t.kind) {
        case TargetKind::Level: return t.value && dated_baseline;
        case TargetKind::EachYear:
        case TargetKind::Maintain: return t.value.has_value();
        case TargetKind::Range: return t.min && t.max && dated_baseline;
        // Without its baseline a change has no level: never judged, which the formulas say too.
        case TargetKind::Change: return !t.baseline || (change_level(t) && t.baseline_year);
        case TargetKind::Growth: return asked_rate(t).has_value();
        case TargetKind::Total: return t.value && term.to > 0;
        case TargetKind::Qualitative: return false;
    }
    return false;
}

}  // namespace wardreport::report
