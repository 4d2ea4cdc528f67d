// The resolution: its target groups, targets and the rules that tie them together.
#include "load/build.hpp"

#include "load/check.hpp"
#include "load/reader.hpp"

#include <algorithm>
#include <map>

namespace wardreport::load {
namespace {

std::optional<TargetKind> kind_of(const std::string& s) {
    if (s == "level") return TargetKind::Level;
    if (s == "range") return TargetKind::Range;
    if (s == "growth") return TargetKind::Growth;
    if (s == "change") return TargetKind::Change;
    if (s == "total") return TargetKind::Total;
    return std::nullopt;
}

Comparison comparison_of(const std::string& s) {
    if (s == "above") return Comparison::Above;
    if (s == "at_most") return Comparison::AtMost;
    if (s == "below") return Comparison::Below;
    if (s == "exactly") return Comparison::Exactly;
    return Comparison::AtLeast;
}

class TargetRules {
public:
    TargetRules(const Reader& r, const std::optional<Congress>& congress) : r_(r), congress_(congress) {}

    // The fields a kind needs, and those it does not use: a value where a range is asked for
    // is a misunderstanding worth an error, not something to drop silently.
    void fields_for_kind(const YAML::Node& n, const Target& t, const std::string& kind) {
        struct Use { const char* key; bool level, range, growth, change, total; };
        static const Use uses[] = {
            {"value", true, false, false, false, true},
            {"min", false, true, false, false, false},
            {"max", false, true, false, false, false},
            {"rate", false, false, true, true, false},
            {"comparison", true, false, false, false, false},
        };
        for (const Use& u : uses) {
            const bool needed = (t.kind == TargetKind::Level && u.level) || (t.kind == TargetKind::Range && u.range) ||
                                (t.kind == TargetKind::Growth && u.growth) || (t.kind == TargetKind::Change && u.change) ||
                                (t.kind == TargetKind::Total && u.total);
            const bool present = r_.child(n, u.key).has_value();
            const std::string k = u.key;
            if (needed && !present && k != "comparison")
                r_.src().error(r_.src().at(n), "target '" + t.id + "' of kind " + kind + " has no '" + k + "'; expected " +
                                                   needed_text(k));
            if (!needed && present)
                r_.src().error(r_.pos(n, k), "'" + k + "' does not apply to target '" + t.id + "' of kind " + kind +
                                                 "; expected it only for kind " + kinds_using(u));
        }
    }

    void years(const YAML::Node& n, Target& t, const std::vector<YAML::Node>& actual_nodes) {
        const Source& src = r_.src();
        if (congress_ && !congress_->term.contains(t.target_year))
            src.error(r_.pos(n, "target_year"), "target '" + t.id + "': target year " + std::to_string(t.target_year) +
                                                    " is outside the congress term " + term_text() + "; expected " +
                                                    std::to_string(congress_->term.from) + " to " + std::to_string(congress_->term.to));
        if (t.baseline_year && *t.baseline_year > t.target_year)
            src.error(r_.pos(n, "baseline_year"), "target '" + t.id + "': baseline year " + std::to_string(*t.baseline_year) +
                                                      " is after the target year " + std::to_string(t.target_year) +
                                                      "; expected the baseline first");
        if (t.baseline && !t.baseline_year)
            src.error(r_.pos(n, "baseline"), "target '" + t.id + "' has a baseline but no 'baseline_year'; expected the year of the baseline");
        if (t.kind == TargetKind::Growth && t.baseline_year && *t.baseline_year == t.target_year)
            src.error(r_.pos(n, "baseline_year"), "target '" + t.id + "': a yearly growth needs the baseline year before the target year");

        std::map<int, int> seen;
        for (std::size_t i = 0; i < t.actuals.size(); ++i) {
            const Actual& a = t.actuals[i];
            const Position at = r_.pos(actual_nodes[i], "year");
            const auto [first, inserted] = seen.emplace(a.year, at.line);
            if (!inserted)
                src.error(at, "target '" + t.id + "' has two actuals for " + std::to_string(a.year) + " (first at line " +
                                  std::to_string(first->second) + "); expected one a year");
            const int from = t.baseline_year ? *t.baseline_year : (congress_ ? congress_->term.from : a.year);
            const int to = congress_ ? congress_->term.to : t.target_year;
            if (a.year < from || a.year > to)
                src.error(at, "target '" + t.id + "': actual for " + std::to_string(a.year) + " is outside " +
                                  std::to_string(from) + " to " + std::to_string(to) +
                                  "; expected a year from the baseline (or the start of the term) to the end of the term");
        }
        std::stable_sort(t.actuals.begin(), t.actuals.end(), [](const Actual& a, const Actual& b) { return a.year < b.year; });
    }

private:
    static std::string needed_text(const std::string& key) {
        if (key == "value") return "'value', the level to reach (level) or the total over the term (total)";
        if (key == "min" || key == "max") return "'min' and 'max', the bounds of the range";
        return "'rate', percent a year (growth) or against the baseline (change), negative for a fall";
    }
    template <typename U>
    static std::string kinds_using(const U& u) {
        std::string out;
        auto add = [&](bool on, const char* k) { if (on) out += (out.empty() ? "" : ", ") + std::string(k); };
        add(u.level, "level");
        add(u.range, "range");
        add(u.growth, "growth");
        add(u.change, "change");
        add(u.total, "total");
        return out;
    }
    std::string term_text() const {
        return std::to_string(congress_->term.from) + "-" + std::to_string(congress_->term.to);
    }

    const Reader& r_;
    const std::optional<Congress>& congress_;
};

// A stated count ("13 chỉ tiêu") below the number listed means one of them is wrong.
void stated_at_least(const YAML::Node& n, const Reader& r, const std::string& key, std::size_t listed,
                     const std::string& what) {
    auto stated = r.integer(n, key);
    if (stated && *stated >= 0 && static_cast<std::size_t>(*stated) < listed)
        r.src().error(r.pos(n, key), what + " lists " + std::to_string(listed) + " but '" + key + "' is " +
                                         std::to_string(*stated) + "; expected at least the number listed");
}

}  // namespace

Resolution build_resolution(const YAML::Node& node, const Reader& r, const std::optional<Congress>& congress) {
    const Source& src = r.src();
    Resolution res;
    res.overall_goal = r.text(node, "overall_goal");

    std::map<std::string, int> group_lines;
    const std::vector<YAML::Node> group_nodes = r.maps(node, "groups");
    for (const YAML::Node& g : group_nodes) {
        TargetGroup group;
        group.id = r.text(g, "id");
        group.name = r.text(g, "name");
        if (auto c = r.integer(g, "stated_count"); c && *c >= 0 && *c <= 100000) group.stated_count = static_cast<int>(*c);
        if (group.id.empty()) continue;
        const auto [first, inserted] = group_lines.emplace(group.id, src.at(g).line);
        if (!inserted) {
            src.error(r.pos(g, "id"), "duplicate group id '" + group.id + "' (first at line " + std::to_string(first->second) +
                                          "); expected unique ids");
            continue;
        }
        res.groups.push_back(std::move(group));
    }
    std::vector<std::string> group_ids;
    for (const TargetGroup& g : res.groups) group_ids.push_back(g.id);

    TargetRules rules(r, congress);
    std::map<std::string, int> target_lines;
    std::map<std::string, std::size_t> listed;
    for (const YAML::Node& n : r.maps(node, "targets")) {
        Target t;
        t.id = r.text(n, "id");
        t.group = r.text(n, "group");
        t.name = r.text(n, "name");
        t.statement = r.text(n, "statement");
        t.unit = r.text(n, "unit");
        t.baseline = r.number(n, "baseline");
        t.baseline_year = r.year(n, "baseline_year");
        t.note = r.text(n, "note");
        t.value = r.number(n, "value");
        t.min = r.number(n, "min");
        t.max = r.number(n, "max");
        t.rate = r.number(n, "rate");
        const std::string kind_text = r.text(n, "kind");
        const auto kind = kind_of(kind_text);
        const auto target_year = r.year(n, "target_year");
        if (t.id.empty() || !kind || !target_year) continue;  // reported by the checks
        t.kind = *kind;
        t.target_year = *target_year;
        t.comparison = comparison_of(r.text(n, "comparison"));

        const auto [first, inserted] = target_lines.emplace(t.id, src.at(n).line);
        if (!inserted) {
            src.error(r.pos(n, "id"), "duplicate target id '" + t.id + "' (first at line " + std::to_string(first->second) +
                                          "); expected unique ids");
            continue;
        }
        if (!t.group.empty() && std::find(group_ids.begin(), group_ids.end(), t.group) == group_ids.end()) {
            const std::string guess = closest(t.group, group_ids);
            src.error(r.pos(n, "group"), "target '" + t.id + "' refers to group '" + t.group +
                                             "', which is not in resolution.groups; " +
                                             (guess.empty() ? (group_ids.empty() ? std::string("expected the group defined under 'groups'")
                                                                                 : "expected one of the group ids")
                                                            : "did you mean '" + guess + "'?"));
        }
        ++listed[t.group];
        rules.fields_for_kind(n, t, kind_text);
        if (t.kind == TargetKind::Range && t.min && t.max && *t.min > *t.max)
            src.error(r.pos(n, "max"), "target '" + t.id + "': the range ends (" + t.max->to_string() + ") below where it starts (" +
                                           t.min->to_string() + "); expected min ≤ max");

        std::vector<YAML::Node> actual_nodes;
        for (const YAML::Node& a : r.maps(n, "actuals")) {
            auto year = r.year(a, "year");
            auto value = r.number(a, "value");
            if (!year || !value) continue;
            t.actuals.push_back({*year, *value, r.flag(a, "estimated")});
            actual_nodes.push_back(a);
        }
        rules.years(n, t, actual_nodes);
        res.targets.push_back(std::move(t));
    }

    for (std::size_t i = 0; i < group_nodes.size(); ++i) {
        const std::string id = r.text(group_nodes[i], "id");
        stated_at_least(group_nodes[i], r, "stated_count", listed[id], "group '" + id + "'");
    }

    res.breakthroughs = r.texts(node, "breakthroughs");
    res.tasks = r.texts(node, "tasks");
    if (auto c = r.integer(node, "stated_breakthroughs"); c && *c >= 0 && *c <= 100000) res.stated_breakthroughs = static_cast<int>(*c);
    if (auto c = r.integer(node, "stated_tasks"); c && *c >= 0 && *c <= 100000) res.stated_tasks = static_cast<int>(*c);
    stated_at_least(node, r, "stated_breakthroughs", res.breakthroughs.size(), "the resolution's 'breakthroughs'");
    stated_at_least(node, r, "stated_tasks", res.tasks.size(), "the resolution's 'tasks'");
    return res;
}

}  // namespace wardreport::load
