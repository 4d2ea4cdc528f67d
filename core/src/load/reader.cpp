#include "load/reader.hpp"

#include "load/check.hpp"
#include "load/scalars.hpp"
#include "util/text.hpp"

#include <stdexcept>

namespace wardreport::load {

std::optional<std::int64_t> WardReader::whole(const YAML::Node& map, const std::string& key) const {
    auto c = child(map, key);
    if (!c || !c->IsScalar()) return std::nullopt;
    auto v = parse_integer(c->Scalar(), quoted(*c));
    if (auto* i = std::get_if<std::int64_t>(&v)) return *i;
    return std::nullopt;
}

std::optional<int> WardReader::year(const YAML::Node& map, const std::string& key) const {
    auto v = whole(map, key);
    if (!v || *v < first_year || *v > last_year) return std::nullopt;
    return static_cast<int>(*v);
}

std::optional<Decimal> WardReader::decimal(const YAML::Node& map, const std::string& key) const {
    auto c = child(map, key);
    if (!c || !c->IsScalar()) return std::nullopt;
    auto v = parse_number(c->Scalar(), quoted(*c));
    if (auto* d = std::get_if<Decimal>(&v)) return *d;
    return std::nullopt;
}

bool WardReader::flag(const YAML::Node& map, const std::string& key) const {
    auto c = child(map, key);
    if (!c || !c->IsScalar()) return false;
    auto v = parse_boolean(c->Scalar());
    return std::holds_alternative<bool>(v) && std::get<bool>(v);
}

std::optional<Date> WardReader::date(const YAML::Node& map, const std::string& key) const {
    auto c = child(map, key);
    if (!c || !c->IsScalar()) return std::nullopt;
    auto v = parse_date(c->Scalar());
    if (auto* d = std::get_if<Date>(&v)) return *d;
    return std::nullopt;
}

std::optional<Term> WardReader::term(const YAML::Node& map, const std::string& key) const {
    auto c = child(map, key);
    if (!c || !c->IsScalar()) return std::nullopt;
    auto v = parse_term(c->Scalar());
    if (auto* t = std::get_if<Term>(&v)) return *t;
    return std::nullopt;
}



std::optional<Quantity> WardReader::quantity(const YAML::Node& map, const std::string& key, const spec::Node& spec) const {
    auto c = child(map, key);
    if (!c) return std::nullopt;
    Quantity q;
    q.unit = spec.unit;
    const bool whole = spec.whole;
    auto value_of = [&](const YAML::Node& scalar) -> std::optional<Decimal> {
        if (!scalar.IsScalar()) return std::nullopt;
        if (whole) {
            auto v = parse_integer(scalar.Scalar(), quoted(scalar));
            if (auto* i = std::get_if<std::int64_t>(&v); i && *i >= 0) return Decimal::integer(*i);
            return std::nullopt;
        }
        auto v = parse_number(scalar.Scalar(), quoted(scalar));
        if (auto* d = std::get_if<Decimal>(&v)) return *d;
        return std::nullopt;
    };
    if (c->IsScalar()) {
        auto v = value_of(*c);
        if (!v) return std::nullopt;
        q.value = *v;
        return q;
    }
    if (!c->IsMap()) return std::nullopt;
    auto value = child(*c, "value");
    if (!value) return std::nullopt;
    auto v = value_of(*value);
    if (!v) return std::nullopt;
    q.value = *v;
    if (const std::string unit = text(*c, "unit"); !unit.empty()) {
        if (!spec.units.empty()) {
            bool known = false;
            for (const std::string& u : spec.units) known = known || u == unit;
            if (!known) return std::nullopt;
        }
        q.unit = unit;
    }
    q.year = year(*c, "year");
    q.estimated = flag(*c, "estimated");
    q.note = text(*c, "note");
    // Area: the model keeps km². 1 ha = 0,01 km², so the same digits two places further right.
    if (q.unit == "ha") {
        q.value = Decimal(q.value.mantissa(), q.value.scale() + 2);
        q.unit = "km²";
    } else if (q.unit == "km2") {
        q.unit = "km²";
    }
    return q;
}

const spec::Node& spec_at(std::initializer_list<const char*> path) {
    const spec::Node* n = &spec::root();
    for (const char* key : path) {
        while (n->kind == spec::Kind::List || n->kind == spec::Kind::Dict) n = n->item;
        const spec::Field* f = n->field(key);
        if (!f) throw std::logic_error(std::string("field table has no '") + key + "'");
        n = f->node;
    }
    return *n;
}

}  // namespace wardreport::load
