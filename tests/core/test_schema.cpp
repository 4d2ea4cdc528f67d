// The JSON Schema printed by `wardreport schema` and the samples agree: every key the samples
// use is in the schema, every required key is in the samples, and the fictional sample uses
// every field of the format.
#include "load/loader.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <regex>
#include <set>

using nlohmann::json;
using wardreport::test::read_file;
using wardreport::test::source_path;

namespace {

// The object schema a value must match: itself, or the object branch of an anyOf (quantities).
const json* object_schema(const json& schema) {
    if (schema.contains("properties")) return &schema;
    if (schema.contains("anyOf"))
        for (const json& branch : schema["anyOf"])
            if (branch.contains("properties")) return &branch;
    return nullptr;
}

// Walks a YAML document against the schema: structure, known keys, required keys, scalar
// kinds. Records every schema path the document uses in `used`.
void walk(const YAML::Node& node, const json& schema, const std::string& path, std::set<std::string>& used,
          std::vector<std::string>& problems) {
    used.insert(path);
    if (node.IsMap()) {
        if (schema.contains("propertyNames")) {  // a dict keyed by id
            const std::regex pattern(schema["propertyNames"]["pattern"].get<std::string>());
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (!std::regex_match(it->first.Scalar(), pattern)) problems.push_back(path + ": bad key " + it->first.Scalar());
                walk(it->second, schema["additionalProperties"], path + ".*", used, problems);
            }
            return;
        }
        const json* object = object_schema(schema);
        if (!object) {
            problems.push_back(path + ": a map where the schema has no object");
            return;
        }
        std::set<std::string> keys;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const std::string key = it->first.Scalar();
            keys.insert(key);
            if (schema.contains("anyOf")) used.insert("quantity." + key);
            if (!(*object)["properties"].contains(key)) {
                problems.push_back(path + ": key '" + key + "' is not in the schema");
                continue;
            }
            walk(it->second, (*object)["properties"][key], path + "." + key, used, problems);
        }
        if (object->contains("required"))
            for (const json& r : (*object)["required"])
                if (!keys.count(r.get<std::string>())) problems.push_back(path + ": required '" + r.get<std::string>() + "' missing");
        return;
    }
    if (node.IsSequence()) {
        if (schema.value("type", "") != "array") {
            problems.push_back(path + ": a list where the schema has no array");
            return;
        }
        for (const YAML::Node& item : node) walk(item, schema["items"], path + "[]", used, problems);
        return;
    }
    // A scalar: it must not be where only an object or array is allowed.
    const std::string type = schema.value("type", "");
    if (type == "object" || type == "array") problems.push_back(path + ": a scalar where the schema wants " + type);
    if (schema.contains("enum")) {
        bool found = false;
        for (const json& e : schema["enum"]) found = found || e.get<std::string>() == node.Scalar();
        if (!found) problems.push_back(path + ": '" + node.Scalar() + "' not in the enum");
    }
}

// Every path of the schema down to its leaves (quantity branches included).
void schema_paths(const json& schema, const std::string& path, std::set<std::string>& out) {
    out.insert(path);
    if (schema.contains("propertyNames")) {
        schema_paths(schema["additionalProperties"], path + ".*", out);
        return;
    }
    if (schema.contains("anyOf")) return;  // a quantity: its map fields are counted once, as quantity.*
    if (const json* object = object_schema(schema)) {
        for (auto it = (*object)["properties"].begin(); it != (*object)["properties"].end(); ++it)
            schema_paths(it.value(), path + "." + it.key(), out);
        return;
    }
    if (schema.value("type", "") == "array") schema_paths(schema["items"], path + "[]", out);
}

}  // namespace

TEST_CASE("the schema is JSON Schema draft 2020-12 of the whole format", "[schema]") {
    const json schema = json::parse(wardreport::load::json_schema());
    CHECK(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
    CHECK(schema["type"] == "object");
    CHECK(schema["additionalProperties"] == false);
    CHECK(schema["required"] == json::array({"wardreport", "ward"}));
    CHECK(schema["properties"]["wardreport"]["const"] == 1);
    CHECK(schema["properties"]["ward"]["properties"]["kind"]["enum"] == json::array({"phường", "xã", "đặc khu"}));
    const json& share = schema["properties"]["geography"]["properties"]["ethnic_groups"]["items"]["properties"]["share"];
    CHECK(share["minimum"] == 0);
    CHECK(share["maximum"] == 100);
    const json& area = schema["properties"]["geography"]["properties"]["area"];
    REQUIRE(area.contains("anyOf"));
    CHECK(area["anyOf"][0]["type"] == "number");
    CHECK(area["anyOf"][1]["required"] == json::array({"value"}));
    CHECK(area["anyOf"][1]["properties"]["unit"]["enum"] == json::array({"km²", "km2", "ha"}));
    CHECK(schema["properties"]["party"]["properties"]["members"]["anyOf"][0]["type"] == "integer");
    CHECK(schema["properties"]["party"]["properties"]["members"]["anyOf"][0]["minimum"] == 0);
    CHECK(schema["properties"]["documents"]["propertyNames"]["pattern"] == "^[a-z0-9]+(-[a-z0-9]+)*$");
    CHECK(schema["properties"]["congress"]["properties"]["start"]["pattern"].is_string());
    // Every property documented, for editors' hover text.
    std::set<std::string> paths;
    schema_paths(schema, "", paths);
    CHECK(paths.size() > 100);
}

TEST_CASE("the samples match the printed schema", "[schema]") {
    const json schema = json::parse(wardreport::load::json_schema());
    for (const char* sample : {"samples/ky-son.yaml", "samples/xa-minh-hoa-demo.yaml"}) {
        INFO(sample);
        std::set<std::string> used;
        std::vector<std::string> problems;
        walk(YAML::Load(read_file(source_path(sample))), schema, "", used, problems);
        std::string all;
        for (const std::string& p : problems) all += p + "\n";
        INFO(all);
        CHECK(problems.empty());
    }
}

TEST_CASE("the fictional sample uses every field of the format", "[schema]") {
    const json schema = json::parse(wardreport::load::json_schema());
    std::set<std::string> used, all;
    std::vector<std::string> problems;
    walk(YAML::Load(read_file(source_path("samples/xa-minh-hoa-demo.yaml"))), schema, "", used, problems);
    schema_paths(schema, "", all);
    for (const char* key : {"value", "unit", "year", "estimated", "note"}) all.insert(std::string("quantity.") + key);
    std::string missing;
    for (const std::string& p : all)
        if (!used.count(p)) missing += p + "\n";
    INFO("fields the fictional sample does not use:\n" << missing);
    CHECK(missing.empty());
}

TEST_CASE("the documentation describes every field", "[schema]") {
    const std::string doc = read_file(source_path("docs/data-format.md"));
    const json schema = json::parse(wardreport::load::json_schema());
    std::set<std::string> all;
    schema_paths(schema, "", all);
    for (const std::string& p : all) {
        const auto dot = p.find_last_of('.');
        if (dot == std::string::npos) continue;
        std::string key = p.substr(dot + 1);
        while (!key.empty() && (key.back() == ']' || key.back() == '[')) key.pop_back();
        if (key.empty() || key == "*") continue;
        INFO(p);
        CHECK(doc.find("`" + key + "`") != std::string::npos);
    }
}
