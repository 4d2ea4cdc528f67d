// The resolution: its target groups, targets and the rules that tie them together.
#include "load/build.hpp"
#include "util/i18n.hpp"

#include "load/check.hpp"
#include "load/reader.hpp"

#include <algorithm>
#include <map>

namespace wardreport::load {
namespace {

// The kinds in the order of the columns of TargetRules::uses.
const char* const kKinds[] = {"level", "range", "growth", "change", "total", "each_year", "maintain", "qualitative"};
constexpr std::size_t kKindCount = sizeof kKinds / sizeof kKinds[0];

std::optional<TargetKind> kind_of(const std::string& s) {
    static const TargetKind kinds[kKindCount] = {TargetKind::Level, TargetKind::Range, TargetKind::Growth,
                                                 TargetKind::Change, TargetKind::Total, TargetKind::EachYear,
                                                 TargetKind::Maintain, TargetKind::Qualitative};
    for (std::size_t i = 0; i < kKindCount; ++i)
        if (s == kKinds[i]) return kinds[i];
    return std::nullopt;
}

std::size_t kind_index(TargetKind k) {
    for (std::size_t i = 0; i < kKindCount; ++i)
        if (kind_of(kKinds[i]) == k) return i;
    return 0;
}

Comparison comparison_of(const std::string& s) {
    if (s == "above") return Comparison::Above;
    if (s == "at_most") return Comparison::AtMost;
    if (s == "below") return Comparison::Below;
    if (s == "exactly") return Comparison::Exactly;
    if (s == "minimum") return Comparison::Minimum;
    if (s == "maximum") return Comparison::Maximum;
    if (s == "about") return Comparison::About;
    if (s == "nearly") return Comparison::Nearly;
    return Comparison::AtLeast;
}

std::optional<TargetStatus> status_of(const std::string& s) {
    if (s == "achieved") return TargetStatus::Achieved;
    if (s == "on_track") return TargetStatus::OnTrack;
    if (s == "behind") return TargetStatus::Behind;
    return std::nullopt;
}

class TargetRules {
public:
    TargetRules(const WardReader& r, const std::optional<Congress>& congress) : r_(r), congress_(congress) {}

    // The fields a kind needs ('r'), may have ('o') and does not use ('-'): a value where a range
    // is asked for is a misunderstanding worth an error, not something to drop silently.
    void fields_for_kind(const YAML::Node& n, const Target& t, const std::string& kind) {
        struct Use { const char* key; const char* per_kind; };  // one letter per kind, kKinds order
        static const Use uses[] = {
            {"value", "r---rro-"},
            {"min", "-roo----"},
            {"max", "-roo----"},
            {"rate", "--oo----"},
            {"rate_unit", "--oo----"},
            {"comparison", "o-oo-oo-"},
            {"status", "------oo"},
        };
        const std::size_t k = kind_index(t.kind);
        for (const Use& u : uses) {
            const char use = u.per_kind[k];
            const bool present = r_.child(n, u.key).has_value();
            const std::string key = u.key;
            if (use == 'r' && !present)
                r_.src().error(r_.src().at(n), tr("target '{1}' of kind {2} has no '{3}'; expected {4}", t.id, kind, key,
                                                  needed_text(key)));
            if (use == '-' && present)
                r_.src().error(r_.pos(n, key), tr("'{1}' does not apply to target '{2}' of kind {3}; expected it only for kind {4}",
                                                  key, t.id, kind, kinds_using(u.per_kind)));
        }
        if (t.kind == TargetKind::Growth || t.kind == TargetKind::Change) rates(n, t, kind);
        if (t.kind == TargetKind::Maintain && t.value && t.assessed)
            r_.src().error(r_.pos(n, "status"), tr("target '{1}' maintains a level ({2}): its status is computed from its actuals; "
                                                   "expected 'status' only for a status to maintain (no 'value')",
                                                   t.id, t.value->to_string()));
    }

    // A growth or change asks for one rate ("10%/năm") or a range of them ("8-10%/năm"): one of
    // the two, a range whole, both bounds on the same side of zero (a rise or a fall, not both).
    void rates(const YAML::Node& n, const Target& t, const std::string& kind) {
        const yaml::Source& src = r_.src();
        const bool range = t.min || t.max;
        if (!t.rate && !range && !r_.child(n, "rate") && !r_.child(n, "min") && !r_.child(n, "max"))
            src.error(src.at(n), "target '" + t.id + "' of kind " + kind + " has no 'rate'; expected " + needed_text("rate") +
                                     ", or 'min' and 'max' for a range of rates (tăng bình quân 8-10%/năm: min: 8, max: 10)");
        if (t.rate && range)
            src.error(r_.pos(n, t.min ? "min" : "max"), "target '" + t.id + "' has a 'rate' and a range of rates; expected "
                                                            "either 'rate' (one rate) or 'min' and 'max' (8-10%/năm)");
        else if (range && (!t.min || !t.max))
            src.error(r_.pos(n, t.min ? "min" : "max"), "target '" + t.id + "' has only one bound of its range of rates; "
                                                            "expected both 'min' and 'max' (8-10%/năm: min: 8, max: 10)");
        else if (t.min && t.max && t.min->mantissa() < 0 && t.max->mantissa() > 0)
            src.error(r_.pos(n, "min"), "target '" + t.id + "': the range of rates " + t.min->to_string() + " to " +
                                            t.max->to_string() + " mixes a fall and a rise; expected both negative for a fall "
                                            "(giảm bình quân 1-1,5%/năm: min: -1.5, max: -1) or both positive for a rise");
        if (range && r_.child(n, "comparison"))
            src.error(r_.pos(n, "comparison"), "'comparison' does not apply to the range of rates of target '" + t.id +
                                                   "'; expected a range ('min', 'max') or a compared 'rate', not both");
    }

    void years(const YAML::Node& n, Target& t, const std::vector<YAML::Node>& actual_nodes) {
        const yaml::Source& src = r_.src();
        if (congress_ && t.target_year && !congress_->term.contains(*t.target_year))
            src.error(r_.pos(n, "target_year"), tr("target '{1}': target year {2} is outside the congress term {3}; expected {4} to {5}",
                                                   t.id, *t.target_year, term_text(), congress_->term.from, congress_->term.to));
        if (t.baseline_year && t.target_year && *t.baseline_year > *t.target_year)
            src.error(r_.pos(n, "baseline_year"), tr("target '{1}': baseline year {2} is after the target year {3}; expected the "
                                                     "baseline first",
                                                     t.id, *t.baseline_year, *t.target_year));
        if (t.baseline && !t.baseline_year)
            src.error(r_.pos(n, "baseline"),
                      tr("target '{1}' has a baseline but no 'baseline_year'; expected the year of the baseline", t.id));
        if (t.kind == TargetKind::Growth && t.baseline_year && t.target_year && *t.baseline_year == *t.target_year)
            src.error(r_.pos(n, "baseline_year"),
                      tr("target '{1}': a yearly growth needs the baseline year before the target year", t.id));
        if ((t.kind == TargetKind::Qualitative || (t.kind == TargetKind::Maintain && !t.value)) && !t.actuals.empty())
            src.error(r_.pos(n, "actuals"), tr("target '{1}' has no number to reach, so yearly actuals say nothing; expected "
                                               "'status: achieved', 'on_track' or 'behind' instead",
                                               t.id));

        std::map<int, int> seen;
        for (std::size_t i = 0; i < t.actuals.size(); ++i) {
            const Actual& a = t.actuals[i];
            const yaml::Position at = r_.pos(actual_nodes[i], "year");
            const auto [first, inserted] = seen.emplace(a.year, at.line);
            if (!inserted)
                src.error(at, tr("target '{1}' has two actuals for {2} (first at line {3}); expected one a year", t.id, a.year,
                                 first->second));
            const int from = t.baseline_year ? *t.baseline_year : (congress_ ? congress_->term.from : a.year);
            const int to = congress_ ? congress_->term.to : t.target_year.value_or(a.year);
            if (a.year < from || a.year > to)
                src.error(at, tr("target '{1}': actual for {2} is outside {3} to {4}; expected a year from the baseline (or the "
                                 "start of the term) to the end of the term",
                                 t.id, a.year, from, to));
        }
        std::stable_sort(t.actuals.begin(), t.actuals.end(), [](const Actual& a, const Actual& b) { return a.year < b.year; });
    }

private:
    static std::string needed_text(const std::string& key) {
        if (key == "value") return tr("'value', the level to reach (level, each_year) or the total over the term (total)");
        if (key == "min" || key == "max") return tr("'min' and 'max', the bounds of the range");
        return tr("'rate', a year (growth) or against the baseline (change), negative for a fall");
    }
    static std::string kinds_using(const char* per_kind) {
        std::string out;
        for (std::size_t i = 0; i < kKindCount; ++i)
            if (per_kind[i] != '-') out += (out.empty() ? "" : ", ") + std::string(kKinds[i]);
        return out;
    }
    std::string term_text() const {
        return std::to_string(congress_->term.from) + "-" + std::to_string(congress_->term.to);
    }

    const WardReader& r_;
    const std::optional<Congress>& congress_;
};

// A stated count ("13 chỉ tiêu") below the number listed means one of them is wrong.
void stated_at_least(const YAML::Node& n, const WardReader& r, const std::string& key, std::size_t listed,
                     const std::string& what) {
    auto stated = r.whole(n, key);
    if (stated && *stated >= 0 && static_cast<std::size_t>(*stated) < listed)
        r.src().error(r.pos(n, key), tr("{1} lists {2} but '{3}' is {4}; expected at least {2} (or leave '{3}' out when the list "
                                        "is complete)",
                                        what, listed, key, *stated));
}

std::vector<TargetGroup> build_groups(const std::vector<YAML::Node>& group_nodes, const WardReader& r) {
    const yaml::Source& src = r.src();
    std::vector<TargetGroup> groups;
    std::map<std::string, int> group_lines;
    for (const YAML::Node& g : group_nodes) {
        TargetGroup group;
        group.id = r.text(g, "id");
        group.name = r.text(g, "name");
        if (auto c = r.whole(g, "stated_count"); c && *c >= 0 && *c <= 100000) group.stated_count = static_cast<int>(*c);
        if (r.child(g, "complete")) group.complete = r.flag(g, "complete");
        if (!group.complete && group.stated_count)
            src.error(r.pos(g, "complete"), tr("group '{1}' says its total is not known ('complete: false') but gives it "
                                               "('stated_count: {2}'); expected one of the two",
                                               group.id, *group.stated_count));
        if (group.id.empty()) continue;
        const auto [first, inserted] = group_lines.emplace(group.id, src.at(g).line);
        if (!inserted) {
            src.error(r.pos(g, "id"), tr("duplicate group id '{1}' (first at line {2}); expected unique ids", group.id,
                                         first->second));
            continue;
        }
        groups.push_back(std::move(group));
    }
    return groups;
}

Target read_target(const YAML::Node& n, const WardReader& r) {
    Target t;
    t.id = r.text(n, "id");
    t.group = r.text(n, "group");
    t.name = r.text(n, "name");
    t.statement = r.text(n, "statement");
    t.unit = r.text(n, "unit");
    t.baseline = r.decimal(n, "baseline");
    t.baseline_year = r.year(n, "baseline_year");
    t.target_year = r.year(n, "target_year");
    t.note = r.text(n, "note");
    t.value = r.decimal(n, "value");
    t.min = r.decimal(n, "min");
    t.max = r.decimal(n, "max");
    t.rate = r.decimal(n, "rate");
    t.comparison = comparison_of(r.text(n, "comparison"));
    if (r.text(n, "rate_unit") == "points") t.rate_unit = RateUnit::Points;
    t.linked_to = r.text(n, "linked_to");
    t.assessed = status_of(r.text(n, "status"));
    return t;
}

// A target continues the sentence of another one listed before it, itself not a continuation.
void check_links(const std::vector<Target>& targets, const std::vector<YAML::Node>& nodes, const WardReader& r) {
    std::vector<std::string> before;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const Target& t = targets[i];
        if (!t.linked_to.empty()) {
            auto it = std::find_if(targets.begin(), targets.begin() + static_cast<std::ptrdiff_t>(i),
                                   [&](const Target& o) { return o.id == t.linked_to; });
            if (it == targets.begin() + static_cast<std::ptrdiff_t>(i)) {
                const std::string guess = yaml::closest(t.linked_to, before);
                if (guess.empty())
                    r.src().error(r.pos(nodes[i], "linked_to"), tr("target '{1}' continues '{2}', which is not a target listed "
                                                                   "before it; expected the id of an earlier target",
                                                                   t.id, t.linked_to));
                else
                    r.src().error(r.pos(nodes[i], "linked_to"), tr("target '{1}' continues '{2}', which is not a target listed "
                                                                   "before it; did you mean '{3}'?",
                                                                   t.id, t.linked_to, guess));
            } else if (!it->linked_to.empty()) {
                r.src().error(r.pos(nodes[i], "linked_to"), tr("target '{1}' continues '{2}', itself a continuation of '{3}'; "
                                                               "expected linked_to: {3}",
                                                               t.id, t.linked_to, it->linked_to));
            } else if (it->group != t.group) {
                r.src().error(r.pos(nodes[i], "linked_to"), tr("target '{1}' continues '{2}' of another group; expected group: {3}",
                                                               t.id, t.linked_to, it->group.empty() ? tr("(none)").text : it->group));
            }
        }
        before.push_back(t.id);
    }
}

}  // namespace

Resolution build_resolution(const YAML::Node& node, const WardReader& r, const std::optional<Congress>& congress) {
    const yaml::Source& src = r.src();
    Resolution res;
    res.overall_goal = r.text(node, "overall_goal");
    if (r.child(node, "targets_complete")) res.targets_complete = r.flag(node, "targets_complete");
    if (auto c = r.whole(node, "stated_targets"); c && *c >= 0 && *c <= 100000) res.stated_targets = static_cast<int>(*c);
    if (!res.targets_complete && res.stated_targets)
        src.error(r.pos(node, "targets_complete"),
                  tr("the resolution says its total is not known ('targets_complete: false') but gives it "
                     "('stated_targets: {1}'); expected one of the two", *res.stated_targets));

    const std::vector<YAML::Node> group_nodes = r.maps(node, "groups");
    res.groups = build_groups(group_nodes, r);
    std::vector<std::string> group_ids;
    for (const TargetGroup& g : res.groups) group_ids.push_back(g.id);

    TargetRules rules(r, congress);
    std::map<std::string, int> target_lines;
    std::map<std::string, std::size_t> listed;
    std::vector<YAML::Node> target_nodes;
    for (const YAML::Node& n : r.maps(node, "targets")) {
        Target t = read_target(n, r);
        // Every target written counts, even one with a mistake reported elsewhere: the count
        // checked against 'stated_count' is what the clerk sees in the file. A continuation is
        // part of its target's sentence.
        if (t.linked_to.empty()) ++listed[t.group];
        const std::string kind_text = r.text(n, "kind");
        const auto kind = kind_of(kind_text);
        if (t.id.empty() || !kind) continue;  // reported by the checks
        t.kind = *kind;

        const auto [first, inserted] = target_lines.emplace(t.id, src.at(n).line);
        if (!inserted) {
            src.error(r.pos(n, "id"), tr("duplicate target id '{1}' (first at line {2}); expected unique ids", t.id, first->second));
            continue;
        }
        if (!t.group.empty() && std::find(group_ids.begin(), group_ids.end(), t.group) == group_ids.end()) {
            const std::string guess = yaml::closest(t.group, group_ids);
            const std::string hint = !guess.empty()       ? tr("did you mean '{1}'?", guess).text
                                     : group_ids.empty() ? tr("expected the group defined under 'groups'").text
                                                         : tr("expected one of the group ids").text;
            src.error(r.pos(n, "group"), tr("target '{1}' refers to group '{2}', which is not in resolution.groups; {3}", t.id,
                                            t.group, hint));
        }
        rules.fields_for_kind(n, t, kind_text);
        if ((t.kind == TargetKind::Range || t.kind == TargetKind::Growth || t.kind == TargetKind::Change) && t.min && t.max &&
            *t.min > *t.max)
            src.error(r.pos(n, "max"), tr("target '{1}': the range ends ({2}) below where it starts ({3}); expected min ≤ max", t.id,
                                          t.max->to_string(), t.min->to_string()));

        std::vector<YAML::Node> actual_nodes;
        for (const YAML::Node& a : r.maps(n, "actuals")) {
            auto year = r.year(a, "year");
            auto value = r.decimal(a, "value");
            if (!year || !value) continue;
            t.actuals.push_back({*year, *value, r.flag(a, "estimated")});
            actual_nodes.push_back(a);
        }
        rules.years(n, t, actual_nodes);
        res.targets.push_back(std::move(t));
        target_nodes.push_back(n);
    }
    check_links(res.targets, target_nodes, r);

    for (std::size_t i = 0; i < group_nodes.size(); ++i) {
        const std::string id = r.text(group_nodes[i], "id");
        stated_at_least(group_nodes[i], r, "stated_count", listed[id], tr("group '{1}'", id));
    }

    stated_at_least(node, r, "stated_targets", listed[""], "the resolution's 'targets' of no group");
    res.breakthroughs = r.texts(node, "breakthroughs");
    res.tasks = r.texts(node, "tasks");
    if (auto c = r.whole(node, "stated_breakthroughs"); c && *c >= 0 && *c <= 100000) res.stated_breakthroughs = static_cast<int>(*c);
    if (auto c = r.whole(node, "stated_tasks"); c && *c >= 0 && *c <= 100000) res.stated_tasks = static_cast<int>(*c);
    stated_at_least(node, r, "stated_breakthroughs", res.breakthroughs.size(), tr("the resolution's 'breakthroughs'"));
    stated_at_least(node, r, "stated_tasks", res.tasks.size(), tr("the resolution's 'tasks'"));
    return res;
}

}  // namespace wardreport::load
