// `wardreport schema`: the field table as a JSON Schema (draft 2020-12), for editors.
#include "load/loader.hpp"
#include "load/schema.hpp"

#include <nlohmann/json.hpp>

namespace wardreport::load {
namespace {

using nlohmann::json;

json number_of(const Decimal& d) {
    if (d.is_integer()) return d.rescaled(0).mantissa();
    return d.to_double();
}

void add_range(json& out, const spec::Node& n) {
    if (n.min) out["minimum"] = number_of(*n.min);
    if (n.max) out["maximum"] = number_of(*n.max);
}

json schema_of(const spec::Node& n);

json object_of(const spec::Node& n) {
    json out{{"type", "object"}, {"additionalProperties", false}};
    json properties = json::object();
    json required = json::array();
    for (const spec::Field& f : n.fields) {
        json p = schema_of(*f.node);
        p["description"] = f.node->kind == spec::Kind::Quantity
                               ? f.description + " — a number in " + f.node->unit +
                                     ", or a map {value, unit, year, estimated, note}"
                               : f.description;
        properties[f.key] = std::move(p);
        if (f.required) required.push_back(f.key);
    }
    out["properties"] = std::move(properties);
    if (!required.empty()) out["required"] = std::move(required);
    return out;
}

json schema_of(const spec::Node& n) {
    switch (n.kind) {
        case spec::Kind::Object: return object_of(n);
        case spec::Kind::List: return {{"type", "array"}, {"items", schema_of(*n.item)}};
        case spec::Kind::Dict:
            return {{"type", "object"},
                    {"propertyNames", {{"pattern", n.key_pattern}}},
                    {"additionalProperties", schema_of(*n.item)}};
        case spec::Kind::Text: return {{"type", "string"}};
        case spec::Kind::Integer: {
            json out{{"type", "integer"}};
            if (n.min && n.max && *n.min == *n.max) return {{"const", number_of(*n.min)}};
            add_range(out, n);
            return out;
        }
        case spec::Kind::Number: {
            json out{{"type", "number"}};
            add_range(out, n);
            return out;
        }
        case spec::Kind::Boolean: return {{"type", "boolean"}};
        case spec::Kind::Date:
            return {{"type", "string"},
                    {"pattern", "^([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4})$"},
                    {"examples", {"2025-07-23", "23/7/2025"}}};
        case spec::Kind::Term:
            return {{"type", "string"}, {"pattern", "^[0-9]{4} *[-–] *[0-9]{4}$"}, {"examples", {"2025-2030"}}};
        case spec::Kind::Choice: return {{"enum", n.choices}};
        case spec::Kind::Quantity: {
            json plain{{"type", n.whole ? "integer" : "number"}};
            add_range(plain, n);
            json map = object_of(n);
            if (!n.units.empty()) map["properties"]["unit"]["enum"] = n.units;
            return {{"anyOf", {plain, map}}};
        }
    }
    return json::object();
}

}  // namespace

std::string json_schema() {
    json out = schema_of(spec::root());
    out["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    out["$id"] = "https://wardreport.invalid/schema/ward-" + std::to_string(spec::kFormatVersion) + ".json";
    out["title"] = "wardreport ward data file, format version " + std::to_string(spec::kFormatVersion);
    out["description"] = "Dữ liệu một phường, xã, đặc khu / one ward's data. See docs/data-format.md.";
    return out.dump(2) + "\n";
}

}  // namespace wardreport::load
