#include "report/data_tree.hpp"

#include "util/text.hpp"

// GCC 12 at -O2 reports a false "may be used uninitialized" inside compute_progress() (an
// optional<double> read only after has_value()); the diagnostic is attributed to the header.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <wardreport/progress.hpp>
#include "report/data_tree_rule.hpp"
#pragma GCC diagnostic pop
#include <wardreport/vi_format.hpp>
#include "report/phrasing.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <utility>
#include <vector>

namespace wardreport::report {
namespace {

// `s` with its first letter mapped by `map` (utf8proc_tolower or utf8proc_toupper).
std::string map_first(const std::string& s, utf8proc_int32_t (*map)(utf8proc_int32_t)) {
    if (s.empty()) return s;
    utf8proc_int32_t c = 0;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    const utf8proc_ssize_t n = utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(s.size()), &c);
    if (n <= 0) return s;
    utf8proc_uint8_t buf[4];
    const utf8proc_ssize_t m = utf8proc_encode_char(map(c), buf);
    return std::string(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(m)) +
           s.substr(static_cast<std::size_t>(n));
}

// "Xây dựng Đảng" → "xây dựng Đảng": a group name used inside a sentence.
std::string lower_first(const std::string& s) { return map_first(s, utf8proc_tolower); }

// "phấn đấu ..." → "Phấn đấu ...": a recorded statement opening a sentence or list item.
std::string upper_first(const std::string& s) { return map_first(s, utf8proc_toupper); }

Decimal abs(const Decimal& d) { return d.mantissa() < 0 ? Decimal(-d.mantissa(), d.scale()) : d; }

DataNode figure(const Decimal& v, const std::string& unit) { return Figure{v, unit, std::nullopt, false, ""}; }

DataNode figure(const Quantity& q) { return Figure{q.value, q.unit, q.year, q.estimated, q.note}; }

DataNode figure(const std::optional<Quantity>& q) { return q ? figure(*q) : DataNode(); }

DataNode figure(const std::optional<Decimal>& v, const std::string& unit) {
    return v ? figure(*v, unit) : DataNode();
}

DataNode count(const std::optional<std::int64_t>& v, const std::string& unit = {}) {
    return v ? figure(Decimal::integer(*v), unit) : DataNode();
}

DataNode count(const std::optional<int>& v, const std::string& unit = {}) {
    return v ? figure(Decimal::integer(*v), unit) : DataNode();
}

// A year is a label, not a quantity: "2020", never "2.020".
DataNode year(const std::optional<int>& y) { return y ? DataNode(std::to_string(*y)) : DataNode(); }

DataNode date(const std::optional<Date>& d) { return d ? DataNode(*d) : DataNode(); }

DataNode term(const std::optional<Term>& t) { return t ? DataNode(*t) : DataNode(); }

// A list whose items know their place, for enumerations in running text:
// "a, b và c" is {{text}}{{and_sep}}; "a; b; c" is {{text}}{{semi_sep}}.
DataNode list(std::vector<DataNode> items) {
    DataNode::List out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const DataNode item = items[i].is_map() ? std::move(items[i]) : DataNode{{"text", std::move(items[i])}};
        const bool last = i + 1 == items.size();
        out.push_back(item.with({{"index", std::to_string(i + 1)}, {"first", i == 0}, {"last", last},
                                 {"and_sep", last ? "" : (i + 2 == items.size() ? " và " : ", ")},
                                 {"semi_sep", last ? "" : "; "}}));
    }
    return out;
}

DataNode strings(const std::vector<std::string>& v) {
    std::vector<DataNode> items;
    for (const auto& s : v) items.emplace_back(s);
    return list(std::move(items));
}

// "phường Kỳ Sơn, xã Độc Lập và xã Mông Hóa".
std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i > 0) out += i + 1 == v.size() ? " và " : ", ";
        out += v[i];
    }
    return out;
}

DataNode person(const Person& p) { return DataNode{{"name", p.name}, {"title", p.title}}; }

DataNode identity(const Identity& id) {
    const UnitWords& ward = unit_words(id.kind);
    const UnitWords& prov = unit_words(id.province_kind);
    const std::string kind = ward.kind;
    const std::string full = kind + " " + id.name;
    const std::string province_full = id.province.empty() ? "" : std::string(prov.kind) + " " + id.province;
    // "… của tỉnh X": empty when the province is not known, so that a section over it disappears.
    auto of_province = [&](const char* words) { return id.province.empty() ? std::string() : std::string(words) + " " + id.province; };
    return DataNode{{"name", id.name}, {"name_caps", text::upper(id.name)},
                {"kind", kind}, {"kind_caps", text::upper(kind)},
                {"full_name", full}, {"full_name_caps", text::upper(full)}, {"full_name_title", upper_first(full)},
                {"committee", std::string(ward.committee) + " " + id.name},
                {"party", std::string(ward.party) + " " + id.name},
                {"people_committee", std::string(ward.people_committee) + " " + id.name},
                {"province", id.province}, {"province_caps", text::upper(id.province)},
                {"province_kind", id.province.empty() ? "" : prov.kind},
                {"province_full", province_full}, {"province_full_caps", text::upper(province_full)},
                {"province_committee", id.province.empty() ? "" : prov.committee},
                {"province_party", of_province(prov.party)},
                {"province_people_committee", of_province(prov.people_committee)},
                {"code", id.code ? DataNode(*id.code) : DataNode()},
                {"formed_from", strings(id.formed_from)}, {"formed_from_text", joined(id.formed_from)},
                {"formed_on", date(id.formed_on)}, {"formed_by", id.formed_by}};
}

DataNode geography(const Geography& g) {
    std::vector<DataNode> groups;
    for (const EthnicGroup& e : g.ethnic_groups)
        groups.push_back(DataNode{{"name", e.name}, {"share", figure(e.share, "%")}, {"count", count(e.count, "người")}});
    // "18 thôn và 5 tổ dân phố": each kind with its count (or its names counted).
    std::vector<DataNode> units;
    std::vector<std::string> unit_counts;
    for (const ResidentialUnits& u : g.residential_units) {
        // A plain number and a flag, not an optional: GCC 12 warns of a false "maybe uninitialized".
        const bool known = u.count.has_value() || !u.names.empty();
        const std::int64_t n = u.count.value_or(static_cast<std::int64_t>(u.names.size()));
        if (known) unit_counts.push_back(vi::number(Decimal::integer(n)) + " " + u.kind);
        units.push_back(DataNode{{"kind", u.kind}, {"count", known ? figure(Decimal::integer(n), u.kind) : DataNode()},
                             {"names", strings(u.names)}, {"names_text", joined(u.names)}});
    }
    return DataNode{{"area", figure(g.area)}, {"population", figure(g.population)},
                {"residential_units", list(std::move(units))}, {"residential_text", joined(unit_counts)},
                {"households", figure(g.households)}, {"ethnic_groups", list(std::move(groups))},
                {"ethnic_year", year(g.ethnic_year)},
                {"residential_groups", strings(g.residential_groups)},
                {"residential_group_count", g.residential_groups.empty()
                     ? DataNode() : count(std::optional<std::int64_t>(std::int64_t(g.residential_groups.size())))}};
}

// The committee and its superior default to the words of the unit's kind ("Đảng bộ phường Kỳ
// Sơn", "Đảng bộ thành phố Hồ Chí Minh") when the data does not name them.
DataNode party(PartyOrganisation p, const Identity& id) {
    if (p.committee.empty() && !id.name.empty()) p.committee = std::string(unit_words(id.kind).party) + " " + id.name;
    if (p.superior.empty() && !id.province.empty())
        p.superior = std::string(unit_words(id.province_kind).party) + " " + id.province;
    std::vector<DataNode> deputies;
    for (const Person& d : p.deputy_secretaries) deputies.push_back(person(d));
    return DataNode{{"committee", p.committee}, {"committee_caps", text::upper(p.committee)},
                {"superior", p.superior}, {"superior_caps", text::upper(p.superior)},
                {"basic_organisations", figure(p.basic_organisations)}, {"members", figure(p.members)},
                {"admitted", figure(p.admitted)}, {"admitted_term", term(p.admitted_term)},
                {"executive_committee_size", count(p.executive_committee_size, "đồng chí")},
                {"standing_committee_size", count(p.standing_committee_size, "đồng chí")},
                {"secretary", p.secretary ? person(*p.secretary) : DataNode()},
                {"deputy_secretaries", list(std::move(deputies))}};
}

DataNode economy(const Economy& e) {
    std::vector<DataNode> sectors;
    for (const SectorValue& s : e.production) {
        DataNode change = nullptr, change_abs = nullptr, change_text = "";
        if (s.change) {
            change = figure(*s.change, s.value.unit);
            change_abs = figure(abs(*s.change), s.value.unit);
            std::string t = std::string(s.change->mantissa() < 0 ? "giảm " : "tăng ") + vi::quantity(abs(*s.change), s.value.unit);
            if (s.change_since) t += " so với năm " + std::to_string(*s.change_since);
            change_text = t;
        }
        sectors.push_back(DataNode{{"sector", s.sector}, {"name", s.name}, {"name_lower", lower_first(s.name)},
                               {"value", figure(s.value)},
                               {"change", change}, {"change_abs", change_abs}, {"change_text", change_text},
                               {"change_since", year(s.change_since)}});
    }
    std::vector<DataNode> revenue;
    for (const BudgetRevenue& b : e.budget_revenue) {
        DataNode plan = nullptr, of_plan = nullptr, ratio = "";
        if (b.plan) {
            plan = figure(*b.plan, b.unit);
            // "45.799/36.875 tỷ đồng", as articles write a result against its estimate.
            ratio = vi::number(b.value) + "/" + vi::quantity(*b.plan, b.unit);
            if (b.plan->mantissa() != 0)
                if (auto d = Decimal::try_from_double(b.value.to_double() / b.plan->to_double() * 100.0, 1))
                    of_plan = figure(*d, "%");
        }
        revenue.push_back(DataNode{{"year", std::to_string(b.year)}, {"value", figure(Quantity{b.value, b.unit, b.year, b.estimated, b.note})},
                               {"plan", plan}, {"percent_of_plan", of_plan}, {"ratio_text", ratio},
                               {"estimated", b.estimated}, {"note", b.note}});
    }
    // "4 hợp tác xã, 206 doanh nghiệp và 870 hộ kinh doanh": the kinds of business the data counts.
    std::vector<std::string> kinds;
    auto kind = [&](const std::optional<Quantity>& q, const char* noun) {
        if (q) kinds.push_back(vi::number(q->value) + " " + noun);
    };
    kind(e.cooperatives, "hợp tác xã");
    kind(e.enterprises, "doanh nghiệp");
    kind(e.household_businesses, "hộ kinh doanh");
    return DataNode{{"production", list(std::move(sectors))}, {"business_summary", joined(kinds)},
                {"cooperatives", figure(e.cooperatives)},
                {"enterprises", figure(e.enterprises)}, {"household_businesses", figure(e.household_businesses)},
                {"budget_revenue", list(std::move(revenue))}};
}

// "từ ngày 01/10/2025 đến ngày 03/10/2025", or one day "ngày 30/7/2025".
std::string date_span(const std::optional<Date>& a, const std::optional<Date>& b) {
    if (a || b) return vi::meeting_days(a ? *a : *b, b ? *b : *a);
    return {};
}

// Whose resolutions the congress assesses: its own previous one, or, for the first congress of a
// unit formed by merger, those of the units it was formed from.
std::string assessed_resolutions(const Congress& c, const Identity& id, const Term& previous) {
    const std::string term = "nhiệm kỳ " + vi::term_years(previous);
    if (c.ordinal != 1) return "Nghị quyết Đại hội " + term;
    if (id.formed_from.empty()) return "Nghị quyết Đại hội Đảng bộ các đơn vị trước khi hợp nhất, " + term;
    // "một phần phường Nam Hải" brought part of its land, but its Party organisation was whole:
    // the resolution assessed is that of "Đảng bộ phường Nam Hải".
    static const char* const extents[] = {"toàn bộ ", "phần lớn ", "một phần "};
    std::vector<std::string> bodies;
    for (std::string unit : id.formed_from) {
        for (const char* e : extents)
            if (unit.rfind(e, 0) == 0) unit.erase(0, std::string(e).size());
        bodies.push_back("Đảng bộ " + unit);
    }
    return "Nghị quyết Đại hội " + joined(bodies) + ", " + term;
}

DataNode congress(const std::optional<Congress>& c, const std::string& committee, const Identity& id) {
    if (!c) return nullptr;
    const std::string roman = vi::roman(c->ordinal);
    const std::string assembly = c->form == CongressForm::AllMembers ? "Đại hội" : "Đại hội đại biểu";
    const std::string name = assembly + " " + committee + " " + vi::congress_ordinal(c->ordinal);
    // In a title the ordinal stays with its number: "LẦN THỨ XIV" never breaks after "THỨ".
    std::string name_caps = text::upper(name);
    if (const std::size_t at = name_caps.rfind("LẦN THỨ "); at != std::string::npos)
        name_caps.replace(at + std::string("LẦN THỨ").size(), 1, "\u00A0");
    const Term previous{c->term.from - (c->term.to - c->term.from), c->term.from};
    std::vector<DataNode> guests;
    for (const Guest& g : c->guests)
        guests.push_back(DataNode{{"name", g.name}, {"title", g.title}, {"role", g.role}});
    return DataNode{{"ordinal", DataNode{{"raw", std::to_string(c->ordinal)}, {"roman", roman},
                                 {"text", vi::congress_ordinal(c->ordinal)},
                                 {"caps", text::upper(vi::congress_ordinal(c->ordinal))}}},
                {"name", name}, {"name_caps", name_caps}, {"assembly", assembly},
                {"assessed_resolutions", assessed_resolutions(*c, id, previous)},
                {"term", term(c->term)}, {"previous_term", term(previous)},
                {"start", date(c->start)}, {"end", date(c->end)}, {"last_day", date(c->end ? c->end : c->start)},
                {"dates_text", date_span(c->start, c->end && c->start && *c->end == *c->start ? std::nullopt : c->end)},
                {"motto", c->motto},
                {"place", c->place}, {"delegates", count(c->delegates, "đại biểu")},
                {"members_represented", count(c->members_represented, "đảng viên")},
                {"guests", list(std::move(guests))}, {"theme", c->theme}};
}

// The past term against its resolution: "12/12 chỉ tiêu", each result "45.799/36.875 tỷ đồng".
DataNode past_term(const std::optional<PastTerm>& p) {
    if (!p) return nullptr;
    std::vector<DataNode> results;
    for (const PastResult& r : p->results) {
        std::string ratio;
        DataNode percent = nullptr;
        if (r.actual && r.target) {
            ratio = vi::number(*r.actual) + "/" + vi::quantity(*r.target, r.unit);
            if (r.target->mantissa() != 0)
                if (auto d = Decimal::try_from_double(r.actual->to_double() / r.target->to_double() * 100.0, 1))
                    percent = figure(*d, "%");
        } else if (r.actual) {
            ratio = vi::quantity(*r.actual, r.unit);
        }
        results.push_back(DataNode{{"name", r.name}, {"actual", figure(r.actual, r.unit)}, {"target", figure(r.target, r.unit)},
                               {"ratio_text", ratio}, {"percent", percent}, {"statement", r.statement},
                               // Said mid-sentence, after "trong đó:" or "Kết quả …:": "tỷ lệ hộ nghèo còn 21,5%; …".
                               {"display", lower_first(r.statement.empty() ? r.name + (ratio.empty() ? "" : " đạt " + ratio) : r.statement)}});
    }
    std::string met;
    if (p->targets_met && p->targets_total) met = std::to_string(*p->targets_met) + "/" + std::to_string(*p->targets_total) + " chỉ tiêu";
    else if (p->targets_met) met = std::to_string(*p->targets_met) + " chỉ tiêu";
    return DataNode{{"targets_met", count(p->targets_met, "chỉ tiêu")}, {"targets_total", count(p->targets_total, "chỉ tiêu")},
                {"met_text", met}, {"results", list(std::move(results))}};
}

const char* kind_code(TargetKind k) {
    switch (k) {
        case TargetKind::Level: return "level";
        case TargetKind::Range: return "range";
        case TargetKind::Growth: return "growth";
        case TargetKind::Change: return "change";
        case TargetKind::Total: return "total";
        case TargetKind::EachYear: return "each_year";
        case TargetKind::Maintain: return "maintain";
        case TargetKind::Qualitative: return "qualitative";
    }
    return "";
}

const char* status_code(TargetStatus s) {
    switch (s) {
        case TargetStatus::Unknown: return "unknown";
        case TargetStatus::Achieved: return "achieved";
        case TargetStatus::OnTrack: return "on_track";
        case TargetStatus::Behind: return "behind";
    }
    return "";
}

// Whether `name` ("Hộ nghèo") is the thing the unit ("hộ") counts: then "không còn hộ nghèo"
// says the goal in the target's own words.
bool names_counted_thing(const std::string& name, const std::string& unit) {
    const std::string lower = lower_first(name);
    return !unit.empty() && lower.compare(0, unit.size(), unit) == 0 &&
           (lower.size() == unit.size() || lower[unit.size()] == ' ');
}

// The word of a comparison before a level: "trên", "dưới", "ít nhất"; `in_sentence` gives the
// form after a target's name ("đạt trên 85%", "còn dưới 1,5%"). At least reads "đạt".
std::string comparison_words(Comparison c, bool in_sentence) {
    switch (c) {
        case Comparison::AtLeast: return "đạt ";
        case Comparison::Above: return in_sentence ? "đạt trên " : "trên ";
        case Comparison::AtMost: return in_sentence ? "còn không quá " : "không quá ";
        case Comparison::Below: return in_sentence ? "còn dưới " : "dưới ";
        case Comparison::Exactly: return in_sentence ? "đạt " : "";
        case Comparison::Minimum: return in_sentence ? "đạt ít nhất " : "ít nhất ";
        case Comparison::Maximum: return in_sentence ? "còn tối đa " : "tối đa ";
        case Comparison::About: return in_sentence ? "đạt khoảng " : "khoảng ";
        case Comparison::Nearly: return in_sentence ? "đạt gần " : "gần ";
    }
    return {};
}

// A level, as "đạt 50 tỷ đồng", "trên 85%", "không còn hộ nghèo".
std::string level_text(const Target& t, bool in_sentence) {
    if (!t.value) return {};
    const std::string q = vi::quantity(*t.value, t.unit);
    if (t.comparison == Comparison::AtMost && t.value->mantissa() == 0) {
        if (names_counted_thing(t.name, t.unit)) return "không còn " + lower_first(t.name);
        return q + " (không còn)";
    }
    return comparison_words(t.comparison, in_sentence) + q;
}

// A rate: "10%", "trên 10%", "1,5 điểm %", a range "8–10%" (a fall's bounds by size: "1–1,5%");
// a rate is compared without "đạt".
std::string rate_text(const Target& t) {
    const char* unit = t.rate_unit == RateUnit::Points ? " điểm %" : "%";
    if (!t.rate) {
        const Decimal low = abs(t.min->mantissa() >= 0 ? *t.min : *t.max);
        const Decimal high = abs(t.min->mantissa() >= 0 ? *t.max : *t.min);
        return vi::number(low) + "\u2013" + vi::number(high) + unit;
    }
    std::string words = t.comparison == Comparison::AtLeast || t.comparison == Comparison::Exactly
                            ? std::string() : comparison_words(t.comparison, false);
    return words + vi::number(abs(*t.rate)) + unit;
}

// What the target asks for, in the words resolutions use: "đạt 50 tỷ đồng", "trên 85%",
// "không còn hộ nghèo", "165–190 triệu đồng", "tăng bình quân trên 10%/năm", "giảm bình quân
// 1,5 điểm %/năm", "tăng 31,6% so với năm 2025", "600 đảng viên trong nhiệm kỳ", "mỗi năm trên
// 300 lao động", "duy trì 100%". `in_sentence` gives the form that follows the target's name
// ("... đến năm 2030 đạt 100%", "... còn dưới 1,5%"); otherwise the short form of a table cell
// ("100%", "dưới 1,5%"). A qualitative target, or one to maintain a status, has no goal figure.
std::string goal_text(const Target& t, bool in_sentence) {
    switch (t.kind) {
        case TargetKind::Level: return level_text(t, in_sentence);
        case TargetKind::EachYear: {
            const std::string level = level_text(t, in_sentence);
            return level.empty() ? level : "mỗi năm " + level;
        }
        case TargetKind::Maintain: {
            if (!t.value) return in_sentence ? std::string() : "duy trì";
            std::string level = level_text(t, false);
            if (level.compare(0, std::string("đạt ").size(), "đạt ") == 0) level = level.substr(std::string("đạt ").size());
            return "duy trì " + level;
        }
        case TargetKind::Range:
            if (!t.min || !t.max) return {};
            return (in_sentence ? "đạt " : "") + vi::number(*t.min) + "\u2013" + vi::quantity(*t.max, t.unit);
        case TargetKind::Growth:
            if (!asked_rate(t)) return {};
            return std::string(target_raises(t) ? "tăng" : "giảm") + " bình quân " + rate_text(t) + "/năm";
        case TargetKind::Change: {
            if (!asked_rate(t)) return {};
            std::string s = std::string(target_raises(t) ? "tăng " : "giảm ") + rate_text(t);
            if (t.baseline_year) s += " so với năm " + std::to_string(*t.baseline_year);
            return s;
        }
        case TargetKind::Total:
            if (!t.value) return {};
            return (in_sentence ? "đạt " : "") + vi::quantity(*t.value, t.unit) + " trong nhiệm kỳ";
        case TargetKind::Qualitative: return {};
    }
    return {};
}

// The target as one sentence when the data records no statement of it: "Thu ngân sách nhà nước
// trên địa bàn đến năm 2030 đạt 50 tỷ đồng", "Đến năm 2030 không còn hộ nghèo", "Duy trì xã đạt
// chuẩn quốc gia về y tế". No year is said that the data does not give.
std::string display_text(const Target& t) {
    if (t.kind == TargetKind::Maintain && !t.value) return "Duy trì " + lower_first(t.name);
    const std::string goal = goal_text(t, true);
    const bool dated = t.kind != TargetKind::Total && t.kind != TargetKind::Growth && t.kind != TargetKind::EachYear &&
                       t.target_year;
    const std::string by = dated ? "đến năm " + std::to_string(*t.target_year) : std::string();
    // A qualitative target: its name says it all, after its year ("Đến năm 2030 hoàn thành …").
    if (goal.empty()) return by.empty() ? t.name : upper_first(by) + " " + lower_first(t.name);
    // The goal names the target already ("không còn hộ nghèo"): the name would be said twice.
    if (goal.find(lower_first(t.name)) != std::string::npos)
        return by.empty() ? upper_first(goal) : upper_first(by) + " " + goal;
    return t.name + (by.empty() ? "" : " " + by) + " " + goal;
}

// The words a continuation adds to the sentence of the target it continues: "đến năm 2030 đạt
// 2 tỷ đồng" after "Thu ngân sách tăng trên 12%/năm".
std::string continuation_text(const Target& t) {
    const std::string goal = goal_text(t, true);
    if (goal.empty()) return lower_first(t.name);
    const bool dated = t.kind != TargetKind::Total && t.kind != TargetKind::Growth && t.kind != TargetKind::EachYear &&
                       t.target_year;
    return dated ? "đến năm " + std::to_string(*t.target_year) + " " + goal : goal;
}

// The exact target value when the data states it or a change or growth gives it (change_level,
// growth_level), else the computed one at one more decimal than the baseline (a growth level
// with more decimals than a cell holds).
DataNode target_figure(const Target& t, const Term& term) {
    if ((t.kind == TargetKind::Level || t.kind == TargetKind::Total || t.kind == TargetKind::EachYear ||
         t.kind == TargetKind::Maintain) && t.value)
        return figure(*t.value, t.unit);
    if (t.kind == TargetKind::Range && t.min) return figure(*t.min, t.unit);
    if (const auto level = change_level(t)) return figure(*level, t.unit);
    if (const auto level = growth_level(t, term)) return figure(*level, t.unit);
    const std::optional<double> v = target_value(t, term);
    if (!v) return nullptr;
    const int scale = t.baseline ? std::max(1, t.baseline->scale()) : 1;
    Decimal d = Decimal::from_double(*v, scale);
    // 15 × 0,8 is 12, not "12,0": a computed level shows no digits it does not have.
    while (d.scale() > 0 && d.mantissa() % 10 == 0) d = d.rescaled(d.scale() - 1);
    return figure(d, t.unit);
}

// The year progress is counted from: the baseline's, or for a total over the term the term's first.
DataNode start_year(const Target& t, const Term& term) {
    if (t.kind == TargetKind::Total && !t.baseline_year && term.from > 0) return std::to_string(term.from);
    return year(t.baseline_year);
}

DataNode target(const Target& t, const Resolution& r, const Term& term_of_office, bool every_kind) {
    std::string group_name;
    // "2.1": the group's place among the groups and the target's place in its group, as the
    // resolution numbers them; "" when the target names no known group.
    std::string number;
    for (std::size_t gi = 0; gi < r.groups.size(); ++gi) {
        if (r.groups[gi].id != t.group) continue;
        group_name = r.groups[gi].name;
        std::size_t within = 0;
        for (const Target& other : r.targets) {
            if (other.group == t.group) ++within;
            if (&other == &t) break;
        }
        number = std::to_string(gi + 1) + "." + std::to_string(within);
    }
    // A target of no group: its place among those, after the groups when there are any.
    if (t.group.empty()) {
        std::size_t within = 0;
        for (const Target& other : r.targets) {
            if (other.group.empty()) ++within;
            if (&other == &t) break;
        }
        number = (r.groups.empty() ? "" : std::to_string(r.groups.size() + 1) + ".") + std::to_string(within);
    }
    const Progress p = compute_progress(t, term_of_office);
    std::vector<DataNode> actuals;
    for (const Actual& a : t.actuals)
        actuals.push_back(DataNode{{"year", std::to_string(a.year)}, {"value", figure(a.value, t.unit)}, {"estimated", a.estimated}});
    const std::string goal = goal_text(t, false);
    std::string display = t.statement.empty() ? display_text(t) : t.statement;
    // A compound sentence: the targets that continue this one add their words to it, unless
    // the resolution's own words (the statement) already say them.
    if (t.statement.empty())
        for (const Target& other : r.targets)
            if (other.linked_to == t.id && !other.id.empty()) display += ", " + continuation_text(other);
    const bool assessed_only = t.kind == TargetKind::Qualitative || (t.kind == TargetKind::Maintain && !t.value);
    const bool no_data = t.actuals.empty() && !(assessed_only && t.assessed);
    std::string status = target_status_name(p.status);
    if (no_data && !assessed_only) status = "chưa có số liệu";
    DataNode latest = nullptr;
    if (p.latest)
        latest = DataNode{{"year", std::to_string(p.latest->year)}, {"value", figure(p.latest->value, t.unit)},
                      {"estimated", p.latest->estimated}};
    // Total: the sum of the yearly actuals; otherwise the newest actual.
    // A figure too large for a Decimal (a sum of absurd actuals) is unknown, not a wrapped number.
    auto computed = [](const std::optional<double>& v, int scale, const std::string& unit) -> DataNode {
        if (!v) return nullptr;
        const auto d = Decimal::try_from_double(*v, scale);
        return d ? figure(*d, unit) : DataNode();
    };
    const std::string rate_unit = t.rate_unit == RateUnit::Points ? "điểm %" : "%";
    auto of_kind = [&](TargetKind k) { return every_kind || t.kind == k; };
    DataNode actual = nullptr;
    // A total's sum keeps the most decimals any year has (12 + 10,25 is 22,25, not 22).
    int most = 0;
    for (const Actual& a : t.actuals) most = std::max(most, a.value.scale());
    if (p.latest) actual = t.kind == TargetKind::Total && p.achieved
        ? computed(p.achieved, most, t.unit)
        : figure(p.latest->value, t.unit);
    return DataNode{{"id", t.id}, {"group", t.group}, {"group_name", group_name}, {"number", number}, {"name", t.name},
                {"statement", t.statement}, {"display", display}, {"display_cap", upper_first(display)}, {"goal", goal}, {"unit", t.unit},
                {"kind", kind_code(t.kind)}, {"raising", target_raises(t)},
                {"baseline", figure(t.baseline, t.unit)}, {"baseline_year", year(t.baseline_year)},
                {"target_year", year(t.target_year)}, {"due_year", std::to_string(target_year_of(t, term_of_office))},
                {"live_progress", live_progress(t, term_of_office)}, {"assessed", assessed_only},
                {"live_status", live_progress(t, term_of_office) || assessed_only},
                {"start_year", start_year(t, term_of_office)},
                {"rule", rule_kind(t)}, {"comparison", rule_comparison(t)},
                {"by_level", t.kind == TargetKind::Level || t.kind == TargetKind::Range || t.kind == TargetKind::Change ||
                                 t.kind == TargetKind::EachYear || (t.kind == TargetKind::Maintain && t.value)},
                {"upper", of_kind(TargetKind::Range) ? figure(t.max, t.unit) : DataNode()},
                {"asked_rate", of_kind(TargetKind::Growth) ? figure(asked_rate(t), rate_unit) : DataNode()},
                // To 9 decimals: the progress and status formulas divide and compare it.
                {"achieved_rate", every_kind ? figure(Decimal(1, 0), rate_unit) : computed(p.rate, 9, rate_unit)},
                {"first_missed_year", every_kind ? year(1) : year(first_missed_year(t))},
                {"term_first", of_kind(TargetKind::Total) && term_of_office.to > 0 ? year(term_of_office.from) : DataNode()},
                {"term_last", of_kind(TargetKind::Total) && term_of_office.to > 0 ? year(term_of_office.to) : DataNode()},
                {"linked_to", t.linked_to}, {"continuation", !t.linked_to.empty()},
                {"value", figure(t.value, t.unit)}, {"min", figure(t.min, t.unit)}, {"max", figure(t.max, t.unit)},
                {"rate", figure(t.rate, rate_unit)},
                {"target", target_figure(t, term_of_office)},
                {"latest", latest}, {"actual", actual},
                {"percent", computed(p.percent, 1, "%")},
                {"expected", computed(p.expected, 2, t.unit)},
                {"status", status}, {"status_code", no_data && !assessed_only ? "no_data" : status_code(p.status)},
                {"actuals", list(std::move(actuals))}, {"note", t.note}};
}

DataNode n_targets(std::int64_t n) { return count(std::optional<std::int64_t>(n), "chỉ tiêu"); }

// The targets of one group (or of none: `group_id` ""), as the resolution lists them: a
// continuation is part of its target's sentence, not an item of its own. `stated` is how many the
// resolution sets when the data says; `complete` false when the total is not known.
DataNode target_group(const std::string& group_id, const std::vector<DataNode>& all, const Resolution& r,
                  std::optional<int> stated, bool complete, std::int64_t& total, bool& total_known) {
    std::vector<DataNode> members;
    for (std::size_t i = 0; i < r.targets.size(); ++i)
        if (r.targets[i].group == group_id && r.targets[i].linked_to.empty()) members.push_back(all[i]);
    const auto recorded = static_cast<std::int64_t>(members.size());
    const std::int64_t n = stated ? std::int64_t(*stated) : recorded;
    if (complete) total += n;
    else total_known = false;
    return DataNode{{"stated_count", count(stated, "chỉ tiêu")}, {"recorded_count", n_targets(recorded)},
                {"count", complete ? n_targets(n) : DataNode()},
                {"unrecorded_count", complete && n > recorded ? n_targets(n - recorded) : DataNode()},
                {"complete", complete && recorded >= n}, {"targets", list(std::move(members))}};
}

// The targets group by group, in the resolution's order of groups (those of no group last), each
// group's in the file's order: the order their numbers (TT "1.6") count in. A clerk who adds a
// target of the first group at the end of the file still sees it under 1.5, not after 3.3.
std::vector<DataNode> in_group_order(const Resolution& r, std::vector<DataNode> targets) {
    auto rank = [&](const Target& t) {
        for (std::size_t g = 0; g < r.groups.size(); ++g)
            if (r.groups[g].id == t.group) return g;
        return r.groups.size();
    };
    std::vector<std::size_t> order(targets.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return rank(r.targets[a]) < rank(r.targets[b]); });
    std::vector<DataNode> out;
    out.reserve(targets.size());
    for (std::size_t i : order) out.push_back(std::move(targets[i]));
    return out;
}

DataNode resolution(const std::optional<Resolution>& r, const std::optional<Congress>& c, bool every_kind) {
    if (!r) return nullptr;
    const Term term_of_office = c ? c->term : Term{};
    std::vector<DataNode> targets;
    for (const Target& t : r->targets) targets.push_back(target(t, *r, term_of_office, every_kind));
    std::vector<DataNode> groups;
    std::int64_t total = 0;
    bool total_known = true;
    for (const TargetGroup& g : r->groups) {
        DataNode node = target_group(g.id, targets, *r, g.stated_count, g.complete, total, total_known);
        node = node.with({{"id", g.id}, {"name", g.name}, {"name_lower", lower_first(g.name)}, {"name_caps", text::upper(g.name)}});
        groups.push_back(std::move(node));
    }
    // The targets of no group: all of them when the resolution gives no groups.
    const bool any_ungrouped = std::any_of(r->targets.begin(), r->targets.end(), [](const Target& t) { return t.group.empty(); });
    DataNode ungrouped = target_group("", targets, *r, r->stated_targets, r->targets_complete || !any_ungrouped, total, total_known);
    auto stated_or = [](const std::optional<int>& stated, std::size_t recorded, const char* unit) {
        if (stated) return count(stated, unit);
        return recorded ? count(std::optional<std::int64_t>(std::int64_t(recorded)), unit) : DataNode();
    };
    std::int64_t by_status[5] = {0, 0, 0, 0, 0};  // achieved, on track, behind, unknown, no data
    std::optional<int> latest_year;
    for (std::size_t i = 0; i < r->targets.size(); ++i) {
        const Target& t = r->targets[i];
        for (const Actual& a : t.actuals) latest_year = std::max(latest_year.value_or(a.year), a.year);
        // A continuation is a row, not a target of its own (continuation_rows): counted, the
        // statuses would add up to more targets than the report says it tracks.
        if (!t.linked_to.empty()) continue;
        const std::string code = targets[i]["status_code"].text();
        if (code == "no_data") ++by_status[4];
        else if (code == "achieved") ++by_status[0];
        else if (code == "on_track") ++by_status[1];
        else if (code == "behind") ++by_status[2];
        else ++by_status[3];
    }
    const DataNode status_counts{{"achieved", n_targets(by_status[0])}, {"on_track", n_targets(by_status[1])},
                             {"behind", n_targets(by_status[2])}, {"unknown", n_targets(by_status[3])},
                             {"no_data", n_targets(by_status[4])}};
    // The counts that are not zero, for a sentence: "2 chỉ tiêu đã đạt, 5 chỉ tiêu đúng tiến độ và
    // 1 chỉ tiêu chưa đánh giá được tiến độ".
    static const char* const status_phrases[5] = {"đã đạt", "đúng tiến độ", "chậm tiến độ",
                                                  "chưa đánh giá được tiến độ", "chưa có số liệu thực hiện"};
    std::vector<DataNode> by_status_list;
    for (std::size_t i = 0; i < 5; ++i)
        if (by_status[i] > 0)
            by_status_list.push_back(DataNode{{"count", n_targets(by_status[i])}, {"status", status_phrases[i]}});
    // Targets that ask for a lower value: their % of the target is not computed (tracking note).
    const auto lowering = std::count_if(r->targets.begin(), r->targets.end(), [](const Target& t) {
        return !target_raises(t) && t.kind != TargetKind::Qualitative && !(t.kind == TargetKind::Maintain && !t.value);
    });
    // Targets whose progress and status stay values in the tracking workbook (its note says why);
    // an assessment is the clerk's input there instead.
    const auto fixed_progress = std::count_if(r->targets.begin(), r->targets.end(), [&](const Target& t) {
        const bool assessed = t.kind == TargetKind::Qualitative || (t.kind == TargetKind::Maintain && !t.value);
        return !assessed && !live_progress(t, term_of_office);
    });
    const auto listed = std::count_if(r->targets.begin(), r->targets.end(), [](const Target& t) { return t.linked_to.empty(); });
    // A continuation has a row of its own in the tracking table but is not counted as a target:
    // the report says so, or "theo dõi 2 chỉ tiêu" stands above a table of 3 rows.
    const auto continuations = static_cast<std::int64_t>(r->targets.size()) - listed;
    const bool has_targets = listed > 0 || total > 0 || !total_known;
    return DataNode{{"overall_goal", r->overall_goal}, {"groups", list(std::move(groups))}, {"ungrouped", std::move(ungrouped)},
                {"unrecorded_target_count", total_known && total > listed ? n_targets(total - listed) : DataNode()},
                {"status_list", list(std::move(by_status_list))},
                {"targets", list(in_group_order(*r, std::move(targets)))},
                {"recorded_target_count", n_targets(static_cast<std::int64_t>(listed))},
                {"target_rows", count(std::optional<std::int64_t>(r->targets.size()), "dòng")},
                {"continuation_rows", continuations > 0 ? count(std::optional<std::int64_t>(continuations), "dòng") : DataNode()},
                {"fixed_progress_count", fixed_progress > 0 ? n_targets(static_cast<std::int64_t>(fixed_progress)) : DataNode()},
                {"lowering_target_count", lowering > 0 ? n_targets(static_cast<std::int64_t>(lowering)) : DataNode()},
                {"has_actuals", latest_year.has_value()}, {"latest_actual_year", year(latest_year)},
                {"status_counts", status_counts},
                {"has_targets", has_targets},
                {"target_count", total_known && total > 0 ? n_targets(total) : DataNode()},
                {"breakthroughs", strings(r->breakthroughs)},
                {"breakthrough_count", stated_or(r->stated_breakthroughs, r->breakthroughs.size(), "khâu đột phá")},
                {"tasks", strings(r->tasks)},
                {"task_count", stated_or(r->stated_tasks, r->tasks.size(), "nhiệm vụ")}};
}

// Blanks a clerk fills in by hand after signing; non-breaking spaces so that they survive the
// white-space folding of templates and keep their width in every format.
const std::string nbsp = "\u00A0";
const std::string blank = nbsp + nbsp + nbsp + nbsp + nbsp + nbsp;
const std::string blank_date = "ngày" + blank + "tháng" + blank + "năm" + blank;

DataNode document(const Ward& w, const DocumentOptions& o, const DataNode& tree) {
    auto it = w.documents.find(o.report_id);
    const OfficialDocument* d = it != w.documents.end() ? &it->second : nullptr;
    const std::string symbol = d && !d->symbol.empty() ? d->symbol : o.symbol;
    std::optional<Date> when = d ? d->date : std::nullopt;
    DataNode date_node = date(when);
    if (!when && !o.date_from.empty()) {
        const auto fallback = find_path(tree, o.date_from);
        if (fallback && present(*fallback)) date_node = *fallback;
    }
    const std::string place = d && !d->place.empty() ? d->place : w.identity.name;
    // An unregistered draft keeps a blank for the number, as clerks leave it before signing.
    const std::string number = d && d->number ? vi::day(*d->number) : std::string();
    std::string line;
    if (!symbol.empty())
        line = vi::document_number(number.empty() ? blank : number, symbol, o.number_colon, o.number_separator);
    const std::string place_date = place + ", " +
        (present(date_node) ? date_node["text"].text() : blank_date);
    DataNode signer = DataNode{{"authority", strings(d ? d->signer.authority : std::vector<std::string>{})},
                       {"title", d ? d->signer.title : ""}, {"name", d ? d->signer.name : ""}};
    return DataNode{{"registered", d != nullptr}, {"number", number}, {"symbol", symbol}, {"number_line", line},
                {"issuing_body", d ? d->issuing_body : ""}, {"issuing_body_caps", d ? text::upper(d->issuing_body) : ""},
                {"superior_body", d ? d->superior_body : ""}, {"superior_body_caps", d ? text::upper(d->superior_body) : ""},
                {"place", place}, {"date", date_node}, {"place_date", place_date}, {"signer", signer},
                {"recipients", strings(d ? d->recipients : std::vector<std::string>{})}};
}

Ward full_ward() {
    Ward w;
    const Quantity q{Decimal(1, 0), "u", 2025, true, "n"};
    w.identity = Identity{"n", WardKind::Phuong, "p", ProvinceKind::Tinh, std::string("c"), {"f"}, Date{2025, 1, 1}, "b"};
    w.geography = Geography{q, q, q, {EthnicGroup{"e", Decimal(1, 0), 1}}, 2025, {"g"}, {ResidentialUnits{"k", 1, {"n"}}}};
    w.party = PartyOrganisation{"c", "s", q, q, q, Term{2020, 2025}, 1, 1, Person{"n", "t"}, {Person{"n", "t"}}};
    w.economy = Economy{{SectorValue{"s", "n", q, Decimal(1, 0), 2020}}, q, q, q,
                        {BudgetRevenue{2025, Decimal(1, 0), Decimal(1, 0), "u", true, "n"}}};
    w.congress = Congress{1, CongressForm::Delegates, Term{2025, 2030}, Date{2025, 1, 1}, Date{2025, 1, 2}, "p", 1, 1,
                          {Guest{"n", "t", "r"}}, "t", "m"};
    w.past_term = PastTerm{1, 1, {PastResult{"n", Decimal(1, 0), Decimal(1, 0), "u", "s"}}};
    Target t;
    t.id = "t";
    t.group = "g";
    t.baseline = Decimal(1, 0);
    t.baseline_year = 2025;
    t.target_year = 2030;
    t.value = Decimal(2, 0);
    t.min = Decimal(1, 0);
    t.max = Decimal(3, 0);
    t.rate = Decimal(1, 0);
    t.actuals = {Actual{2026, Decimal(1, 0), false}};
    Target lower = t;  // one that asks for less: the lowering count is present
    lower.id = "l";
    lower.comparison = Comparison::AtMost;
    // The group states more targets than it records: every count of the tree is present.
    // A target of no group: the ungrouped node has every key.
    Target alone = lower;
    alone.id = "a";
    alone.group = "";
    alone.kind = TargetKind::Growth;  // its asked rate is in no cell: its progress stays a value in workbooks
    Target continuation = t;  // stated in the same sentence as `t`: the continuation rows are present
    continuation.id = "c";
    continuation.linked_to = "t";
    w.resolution = Resolution{"g", {TargetGroup{"g", "n", 3, true}}, {t, lower, alone, continuation}, true, 5, {"b"}, 1, {"t"}, 1};
    return w;
}

}  // namespace

DataNode ward_tree(const Ward& w, const DocumentOptions& o) {
    DataNode party_node = party(w.party, w.identity);
    const std::string committee = party_node["committee"].text();
    DataNode::Map tree{{"identity", identity(w.identity)}, {"geography", geography(w.geography)},
              {"party", std::move(party_node)}, {"economy", economy(w.economy)},
              {"congress", congress(w.congress, committee, w.identity)}, {"past_term", past_term(w.past_term)}, {"resolution", resolution(w.resolution, w.congress, o.every_kind)}};
    // Whether the ward has any figure a statistics report shows: a report with none is not written.
    const Geography& g = w.geography;
    const Economy& e = w.economy;
    const bool statistics = g.area || g.population || g.households || !g.ethnic_groups.empty() ||
                            !g.residential_groups.empty() || !g.residential_units.empty() || w.party.members ||
                            w.party.basic_organisations || e.enterprises || e.cooperatives || e.household_businesses ||
                            !e.production.empty() || !e.budget_revenue.empty();
    tree["statistics"] = statistics;
    tree["document"] = document(w, o, DataNode(tree));
    return DataNode(std::move(tree));
}

namespace {

// Each field of `node` (a map) with its kind. The place fields list() gives every item of a list
// (`in_list`) are the same everywhere and not repeated.
void list_fields(const DataNode& node, const std::string& path, bool in_list, std::vector<std::string>& out) {
    static const char* const place[] = {"index", "first", "last", "and_sep", "semi_sep"};
    for (const std::string& key : node.keys()) {
        if (in_list && std::find(std::begin(place), std::end(place), key) != std::end(place)) continue;
        const std::string p = path.empty() ? key : path + "." + key;
        const DataNode v = node[key];
        switch (v.kind()) {
            case DataNode::Kind::Figure: out.push_back(p + "  figure"); break;
            case DataNode::Kind::Date: out.push_back(p + "  date"); break;
            case DataNode::Kind::Term: out.push_back(p + "  term"); break;
            case DataNode::Kind::Map: list_fields(v, p, false, out); break;
            case DataNode::Kind::List:
                out.push_back(p + "  list");
                if (v[0].is_map()) list_fields(v[0], p + "[]", true, out);
                break;
            case DataNode::Kind::Flag: out.push_back(p + "  flag"); break;
            default: out.push_back(p + "  text");
        }
    }
}

}  // namespace

std::vector<std::string> data_fields() {
    std::vector<std::string> out;
    list_fields(schema_tree(), "", false, out);
    return out;
}

const DataNode& schema_tree() {
    static const DataNode tree = [] {
        Ward w = full_ward();
        OfficialDocument d;
        d.number = 1;
        d.symbol = "s";
        d.date = Date{2025, 1, 1};
        d.signer = Signer{{"a"}, "t", "n"};
        d.recipients = {"r"};
        w.documents["schema"] = d;
        return ward_tree(w, DocumentOptions{"schema", "s", "", false, "-", true});
    }();
    return tree;
}

}  // namespace wardreport::report
