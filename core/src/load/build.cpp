#include "load/build.hpp"
#include "util/i18n.hpp"

#include "load/check.hpp"
#include "load/provinces.hpp"
#include "load/reader.hpp"
#include "util/text.hpp"

#include <cmath>
#include <map>
#include <set>

namespace wardreport::load {
namespace {

std::string decimal_text(const Decimal& d) { return d.to_string(); }

std::string date_text(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

// The province as one of the 34 units (its official name and kind), or as written with the kind
// the clerk gives (`province_kind`) for a unit the table does not know, such as a demo's.
void province(const YAML::Node& n, const WardReader& r, Identity& id) {
    id.province = r.text(n, "province");
    const std::string kind = r.text(n, "province_kind");
    if (kind == "thành phố") id.province_kind = ProvinceKind::ThanhPho;
    if (id.province.empty()) return;
    if (auto match = find_province(id.province)) {
        id.province = match->name;
        if (!kind.empty() && (kind == "thành phố") != (match->kind == ProvinceKind::ThanhPho))
            r.src().error(r.pos(n, "province_kind"), tr("'{1}' is a {2}, not a {3}; expected province_kind: {2} (or leave it out)",
                                                        id.province, unit_words(match->kind).kind, kind));
        id.province_kind = match->kind;
        return;
    }
    if (!kind.empty()) return;  // a unit the table does not know, its kind given
    const std::string joined = merged_into(id.province);
    if (!joined.empty()) {
        r.src().error(r.pos(n, "province"), tr("'{1}' merged into {2} on 1 July 2025; expected province: {2}", id.province, joined));
        return;
    }
    const std::string guess = yaml::closest(id.province, province_names());
    if (guess.empty())
        r.src().error(r.pos(n, "province"), tr("'{1}' is not one of the 34 provinces and centrally-run cities; expected a name "
                                               "such as Phú Thọ or Hồ Chí Minh (for a unit not in the list, write its kind: "
                                               "province_kind: tỉnh or thành phố)",
                                               id.province));
    else
        r.src().error(r.pos(n, "province"), tr("'{1}' is not one of the 34 provinces and centrally-run cities; did you mean "
                                               "'{2}'? (for a unit not in the list, write its kind: province_kind: tỉnh or "
                                               "thành phố)",
                                               id.province, guess));
}

Identity build_identity(const YAML::Node& n, const WardReader& r) {
    Identity id;
    id.name = r.text(n, "name");
    const std::string kind = r.text(n, "kind");
    if (kind == "xã") id.kind = WardKind::Xa;
    else if (kind == "đặc khu") id.kind = WardKind::DacKhu;
    else id.kind = WardKind::Phuong;
    if (id.name.find_first_not_of(" \t") == std::string::npos && r.child(n, "name"))
        r.src().error(r.pos(n, "name"), tr("'ward.name' is blank; expected the name without its kind, e.g. Kỳ Sơn for phường Kỳ Sơn"));
    province(n, r, id);
    if (std::string code = r.text(n, "code"); !code.empty()) id.code = code;
    id.formed_from = r.texts(n, "formed_from");
    id.formed_on = r.date(n, "formed_on");
    id.formed_by = r.text(n, "formed_by");
    return id;
}

std::optional<std::int64_t> count(const YAML::Node& n, const std::string& key, const WardReader& r) {
    auto v = r.whole(n, key);
    if (v && *v < 0) return std::nullopt;
    return v;
}

// Shares are rounded to one or two decimals, so three groups may add up to 100,1: within half
// a point it is rounding and says nothing; up to five points deserves a look (a warning);
// beyond that a figure is wrong (an error).
constexpr double kShareSilent = 0.5;
constexpr double kShareError = 5.0;

void check_ethnic_groups(const Geography& g, const std::vector<YAML::Node>& items, const YAML::Node& node,
                         const WardReader& r) {
    const yaml::Source& src = r.src();
    std::map<std::string, yaml::Position> seen;
    Decimal share_sum;
    bool all_shares = !g.ethnic_groups.empty();
    bool any_share = false;
    std::int64_t count_sum = 0;
    for (std::size_t i = 0; i < g.ethnic_groups.size(); ++i) {
        const EthnicGroup& e = g.ethnic_groups[i];
        const yaml::Position at = src.at(items[i]);
        if (!e.name.empty()) {
            auto [first, inserted] = seen.emplace(e.name, at);
            if (!inserted)
                src.error(r.pos(items[i], "name"), tr("ethnic group '{1}' is listed twice (first at line {2}); expected each group once",
                                                      e.name, first->second.line));
        }
        if (!e.share && !e.count && r.child(items[i], "share") == std::nullopt && r.child(items[i], "count") == std::nullopt)
            src.error(at, tr("ethnic group '{1}' has neither a share nor a count; expected share (percent) and/or count (people)",
                             e.name));
        if (e.share) {
            share_sum = share_sum + *e.share;
            any_share = true;
        } else {
            all_shares = false;
        }
        if (e.count) count_sum += *e.count;
        if (e.share && e.count && g.population && g.population->value > Decimal::integer(0)) {
            const double computed = static_cast<double>(*e.count) * 100.0 / g.population->value.to_double();
            if (std::fabs(computed - e.share->to_double()) > 1.0) {
                char buf[32];
                std::snprintf(buf, sizeof buf, "%.1f", computed);
                src.warning(r.pos(items[i], "count"), tr("ethnic group '{1}': count {2} is {3}% of the population, but its share "
                                                         "is {4}%; expected the two to agree within 1 point",
                                                         e.name, *e.count, buf, decimal_text(*e.share)));
            }
        }
    }
    const yaml::Position list_at = r.key_pos(node, "ethnic_groups");
    if (any_share) {
        const double sum = share_sum.to_double();
        const double off = all_shares ? std::fabs(sum - 100.0) : sum - 100.0;
        const std::string sum_text = decimal_text(share_sum);
        if (off > kShareError && all_shares)
            src.error(list_at, tr("the ethnic groups' shares add up to {1}%; expected about 100% (a difference of more than 5 "
                                  "points is not rounding)",
                                  sum_text));
        else if (off > kShareError)
            src.error(list_at, tr("the ethnic groups' shares add up to {1}%; expected at most 100% (a difference of more than 5 "
                                  "points is not rounding)",
                                  sum_text));
        else if (off > kShareSilent && all_shares)
            src.warning(list_at, tr("the ethnic groups' shares add up to {1}%; expected about 100% (within 0.5 points of rounding)",
                                    sum_text));
        else if (off > kShareSilent)
            src.warning(list_at, tr("the ethnic groups' shares add up to {1}%; expected at most 100% (within 0.5 points of "
                                    "rounding)",
                                    sum_text));
    }
    if (g.population && count_sum > 0 && Decimal::integer(count_sum) > g.population->value)
        src.error(list_at, tr("the ethnic groups' counts add up to {1} people, more than the population {2}; expected at most "
                              "the population",
                              count_sum, decimal_text(g.population->value)));
}

Geography build_geography(const YAML::Node& n, const WardReader& r) {
    Geography g;
    g.area = r.quantity(n, "area", spec_at({"geography", "area"}));
    g.population = r.quantity(n, "population", spec_at({"geography", "population"}));
    g.households = r.quantity(n, "households", spec_at({"geography", "households"}));
    const std::vector<YAML::Node> items = r.maps(n, "ethnic_groups");
    for (const YAML::Node& item : items) {
        EthnicGroup e;
        e.name = r.text(item, "name");
        e.share = r.decimal(item, "share");
        if (e.share && (*e.share < Decimal::integer(0) || *e.share > Decimal::integer(100))) e.share.reset();
        e.count = r.whole(item, "count");
        if (e.count && *e.count < 0) e.count.reset();
        g.ethnic_groups.push_back(std::move(e));
    }
    check_ethnic_groups(g, items, n, r);
    g.ethnic_year = r.year(n, "ethnic_year");
    g.residential_groups = r.texts(n, "residential_groups");
    for (const YAML::Node& item : r.maps(n, "residential_units")) {
        ResidentialUnits u;
        u.kind = r.text(item, "kind");
        u.count = count(item, "count", r);
        u.names = r.texts(item, "names");
        if (u.count && !u.names.empty() && static_cast<std::size_t>(*u.count) < u.names.size())
            r.src().error(r.pos(item, "count"), tr("'{1}': count {2} but {3} names listed; expected a count of at least {3} (or "
                                                   "leave 'count' out: the names are counted)",
                                                   u.kind, *u.count, u.names.size()));
        g.residential_units.push_back(std::move(u));
    }
    return g;
}

std::optional<Person> build_person(const YAML::Node& n, const WardReader& r) {
    if (!n.IsMap()) return std::nullopt;
    return Person{r.text(n, "name"), r.text(n, "title")};
}

// A body the documents address today, named by a province merged away on 1 July 2025 ("Đảng bộ
// tỉnh Hòa Bình"), would print a superior or recipient that no longer exists: a warning, as the
// file stays as valid as it was. History may name old provinces and is not checked: where a unit
// was formed from (ward.formed_from, formed_by) and the past term (past_term) tell of their time.
void present_body(const YAML::Node& n, const WardReader& r, const std::string& key, const std::string& path) {
    for (const std::string& text : r.child(n, key) && r.child(n, key)->IsSequence() ? r.texts(n, key)
                                                                                     : std::vector<std::string>{r.text(n, key)}) {
        const auto old = old_province_in(text);
        if (!old) continue;
        const UnitWords& today = unit_words(old->joined.kind);
        r.src().warning(r.pos(n, key), "'" + path + "': '" + text + "' names tỉnh " + old->old_name + ", which merged into " +
                                           today.kind + " " + old->joined.name + " on 1 July 2025; expected the body of today (" +
                                           today.party + " " + old->joined.name +
                                           "); an old name belongs only to history (ward.formed_from, past_term)");
        return;
    }
}

PartyOrganisation build_party(const YAML::Node& n, const WardReader& r) {
    PartyOrganisation p;
    p.committee = r.text(n, "committee");
    p.superior = r.text(n, "superior");
    present_body(n, r, "superior", "party.superior");
    p.basic_organisations = r.quantity(n, "basic_organisations", spec_at({"party", "basic_organisations"}));
    p.members = r.quantity(n, "members", spec_at({"party", "members"}));
    p.admitted = r.quantity(n, "admitted", spec_at({"party", "admitted"}));
    p.admitted_term = r.term(n, "admitted_term");
    p.executive_committee_size = count(n, "executive_committee_size", r);
    p.standing_committee_size = count(n, "standing_committee_size", r);
    if (auto s = r.child(n, "secretary")) p.secretary = build_person(*s, r);
    for (const YAML::Node& item : r.maps(n, "deputy_secretaries"))
        if (auto d = build_person(item, r)) p.deputy_secretaries.push_back(*d);

    if (p.executive_committee_size && p.standing_committee_size && *p.standing_committee_size > *p.executive_committee_size)
        r.src().error(r.pos(n, "standing_committee_size"),
                      tr("the standing committee ({1}) is larger than the executive committee ({2}); expected the Ban Thường vụ "
                         "to be part of the Ban Chấp hành",
                         *p.standing_committee_size, *p.executive_committee_size));
    if (p.admitted && !p.admitted_term && !p.admitted->year)
        r.src().warning(r.pos(n, "admitted"), tr("'party.admitted' has no period; expected 'admitted_term', e.g. 2020-2025"));
    return p;
}

Economy build_economy(const YAML::Node& n, const WardReader& r) {
    Economy e;
    const yaml::Source& src = r.src();
    std::map<std::pair<std::string, int>, int> sectors_seen;
    for (const YAML::Node& item : r.maps(n, "production")) {
        SectorValue s;
        s.sector = r.text(item, "sector");
        s.name = r.text(item, "name");
        auto value = r.decimal(item, "value");
        auto year = r.year(item, "year");
        if (!value || !year) continue;
        s.value.value = *value;
        s.value.year = year;
        s.value.unit = r.text(item, "unit");
        if (s.value.unit.empty()) s.value.unit = "tỷ đồng";
        s.value.estimated = r.flag(item, "estimated");
        s.value.note = r.text(item, "note");
        s.change = r.decimal(item, "change");
        s.change_since = r.year(item, "change_since");
        if (s.change && !s.change_since && !r.child(item, "change_since"))
            src.error(r.pos(item, "change"),
                      tr("'change' of sector '{1}' has no 'change_since'; expected the year the change is measured from", s.sector));
        if (s.change_since && !s.change && !r.child(item, "change"))
            src.error(r.pos(item, "change_since"),
                      tr("'change_since' of sector '{1}' has no 'change'; expected the change in value since that year", s.sector));
        if (s.change_since && *s.change_since >= *year)
            src.error(r.pos(item, "change_since"), tr("sector '{1}': change since {2} is not before the year of the value ({3}); "
                                                      "expected an earlier year",
                                                      s.sector, *s.change_since, *year));
        const auto [first, inserted] = sectors_seen.emplace(std::make_pair(s.sector, *year), src.at(item).line);
        if (!inserted)
            src.error(src.at(item), tr("sector '{1}' has two values for {2} (first at line {3}); expected one a year", s.sector,
                                       *year, first->second));
        e.production.push_back(std::move(s));
    }
    e.cooperatives = r.quantity(n, "cooperatives", spec_at({"economy", "cooperatives"}));
    e.enterprises = r.quantity(n, "enterprises", spec_at({"economy", "enterprises"}));
    e.household_businesses = r.quantity(n, "household_businesses", spec_at({"economy", "household_businesses"}));
    std::map<int, int> years_seen;
    for (const YAML::Node& item : r.maps(n, "budget_revenue")) {
        BudgetRevenue q;
        auto value = r.decimal(item, "value");
        auto year = r.year(item, "year");
        if (!value || !year) continue;
        q.value = *value;
        q.year = *year;
        q.plan = r.decimal(item, "plan");
        q.unit = r.text(item, "unit");
        if (q.unit.empty()) q.unit = "tỷ đồng";
        q.estimated = r.flag(item, "estimated");
        q.note = r.text(item, "note");
        const auto [first, inserted] = years_seen.emplace(*year, src.at(item).line);
        if (!inserted)
            src.error(r.pos(item, "year"), tr("budget revenue for {1} is given twice (first at line {2}); expected one entry a year",
                                              *year, first->second));
        e.budget_revenue.push_back(std::move(q));
    }
    return e;
}

std::optional<Congress> build_congress(const YAML::Node& n, const WardReader& r) {
    const yaml::Source& src = r.src();
    Congress c;
    auto ordinal = r.whole(n, "ordinal");
    auto term = r.term(n, "term");
    if (!ordinal || !term || *ordinal < 1 || *ordinal > 3999) return std::nullopt;
    c.ordinal = static_cast<int>(*ordinal);
    c.term = *term;
    c.start = r.date(n, "start");
    c.end = r.date(n, "end");
    c.place = r.text(n, "place");
    c.delegates = count(n, "delegates", r);
    c.members_represented = count(n, "members_represented", r);
    for (const YAML::Node& item : r.maps(n, "guests"))
        c.guests.push_back({r.text(item, "name"), r.text(item, "title"), r.text(item, "role")});
    c.theme = r.text(n, "theme");
    c.motto = r.text(n, "motto");
    if (r.text(n, "form") == "all_members") c.form = CongressForm::AllMembers;

    if (c.start && c.end && *c.end < *c.start)
        src.error(r.pos(n, "end"), tr("the congress ends ({1}) before it starts ({2}); expected 'end' on or after 'start'",
                                      date_text(*c.end), date_text(*c.start)));
    if (c.start && c.start->year != c.term.from && c.start->year != c.term.from - 1)
        src.warning(r.pos(n, "start"), tr("the congress starts in {1} but its term begins in {2}; expected the congress in the "
                                          "year the term begins or the year before",
                                          c.start->year, c.term.from));
    if (c.delegates && c.members_represented && *c.delegates > *c.members_represented)
        src.error(r.pos(n, "delegates"), tr("{1} delegates represent only {2} members; expected no more delegates than members "
                                            "represented",
                                            *c.delegates, *c.members_represented));
    return c;
}

PastTerm build_past_term(const YAML::Node& n, const WardReader& r) {
    PastTerm p;
    p.targets_met = count(n, "targets_met", r);
    p.targets_total = count(n, "targets_total", r);
    if (p.targets_met && p.targets_total && *p.targets_met > *p.targets_total)
        r.src().error(r.pos(n, "targets_met"), tr("{1} targets met of {2}; expected at most 'targets_total' (\"12/12 chỉ tiêu\": "
                                                  "targets_met: 12, targets_total: 12)",
                                                  *p.targets_met, *p.targets_total));
    for (const YAML::Node& item : r.maps(n, "results"))
        p.results.push_back(PastResult{r.text(item, "name"), r.decimal(item, "actual"), r.decimal(item, "target"),
                                       r.text(item, "unit"), r.text(item, "statement")});
    return p;
}

// Any id is kept: whether a report of that id exists is the report catalog's to say
// (report::Catalog::check_documents), as the reports are known only once their definitions load.
std::map<std::string, OfficialDocument> build_documents(const YAML::Node& n, const WardReader& r,
                                                       std::map<std::string, std::pair<int, int>>& keys) {
    std::map<std::string, OfficialDocument> docs;
    if (!n.IsMap()) return docs;
    for (auto it = n.begin(); it != n.end(); ++it) {
        if (!it->first.IsScalar() || !it->second.IsMap()) continue;
        const std::string key = it->first.Scalar();
        if (docs.count(key)) continue;  // a duplicate key, reported by the checks
        const yaml::Position at = r.src().at(it->first);
        keys[key] = {at.line, at.column};
        const YAML::Node d = it->second;  // a copy: the iterator hands out a temporary pair
        OfficialDocument doc;
        if (auto number = r.whole(d, "number"); number && *number >= 1 && *number <= 1000000)
            doc.number = static_cast<int>(*number);
        doc.symbol = r.text(d, "symbol");
        doc.issuing_body = r.text(d, "issuing_body");
        doc.superior_body = r.text(d, "superior_body");
        present_body(d, r, "superior_body", "documents." + key + ".superior_body");
        doc.place = r.text(d, "place");
        doc.date = r.date(d, "date");
        if (auto s = r.child(d, "signer"); s && s->IsMap()) {
            doc.signer.authority = r.texts(*s, "authority");
            doc.signer.title = r.text(*s, "title");
            doc.signer.name = r.text(*s, "name");
        }
        doc.recipients = r.texts(d, "recipients");
        present_body(d, r, "recipients", "documents." + key + ".recipients");
        docs.emplace(key, std::move(doc));
    }
    return docs;
}

}  // namespace

Ward build_ward(const YAML::Node& root, const yaml::Source& src) {
    const WardReader r(src);
    Ward w;
    w.source.file = src.name();
    if (root.IsMap())
        for (const auto& kv : root)
            if (kv.first.IsScalar()) w.source.section_lines[kv.first.Scalar()] = src.at(kv.first).line;
    if (auto v = r.whole(root, "wardreport"); v && *v == spec::kFormatVersion) w.format_version = static_cast<int>(*v);
    if (auto n = r.child(root, "ward"); n && n->IsMap()) w.identity = build_identity(*n, r);
    if (auto n = r.child(root, "geography"); n && n->IsMap()) w.geography = build_geography(*n, r);
    if (auto n = r.child(root, "party"); n && n->IsMap()) w.party = build_party(*n, r);
    if (auto n = r.child(root, "economy"); n && n->IsMap()) w.economy = build_economy(*n, r);
    if (auto n = r.child(root, "congress"); n && n->IsMap()) w.congress = build_congress(*n, r);
    if (auto n = r.child(root, "past_term"); n && n->IsMap()) w.past_term = build_past_term(*n, r);
    if (auto n = r.child(root, "resolution"); n && n->IsMap()) w.resolution = build_resolution(*n, r, w.congress);
    if (auto n = r.child(root, "documents"); n && n->IsMap()) w.documents = build_documents(*n, r, w.source.document_keys);
    // A congress section with mistakes has its own errors: this is for a file with none.
    if (w.resolution && !w.congress && !r.child(root, "congress"))
        src.warning(r.key_pos(root, "resolution"), tr("the resolution has no congress; expected a 'congress' section giving the "
                                                      "term its target years are checked against"));
    return w;
}

}  // namespace wardreport::load
