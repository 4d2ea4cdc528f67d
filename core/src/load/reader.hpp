// Typed access to the fields of a checked YAML map. Each getter returns nothing for a field
// that is absent, empty or invalid: the structural checks reported the invalid ones already.
#pragma once

#include <wardreport/model.hpp>

#include "load/schema.hpp"
#include "load/source.hpp"

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wardreport::load {

class Reader {
public:
    explicit Reader(const Source& src) : src_(src) {}

    const Source& src() const { return src_; }

    // The value of `key` (the first one if written twice), unless absent or empty.
    std::optional<YAML::Node> child(const YAML::Node& map, const std::string& key) const;
    // Where `key`'s value is, or the map itself when the key is absent.
    Position pos(const YAML::Node& map, const std::string& key) const;
    // Where `key` itself is written, or the map when absent: for problems of a whole list.
    Position key_pos(const YAML::Node& map, const std::string& key) const;

    std::string text(const YAML::Node& map, const std::string& key) const;  // NFC; "" when absent
    std::optional<std::int64_t> integer(const YAML::Node& map, const std::string& key) const;
    std::optional<int> year(const YAML::Node& map, const std::string& key) const;
    std::optional<Decimal> number(const YAML::Node& map, const std::string& key) const;
    bool flag(const YAML::Node& map, const std::string& key) const;  // false when absent
    std::optional<Date> date(const YAML::Node& map, const std::string& key) const;
    std::optional<Term> term(const YAML::Node& map, const std::string& key) const;
    std::vector<std::string> texts(const YAML::Node& map, const std::string& key) const;
    // The items of a list that are maps (each with its position through pos()).
    std::vector<YAML::Node> maps(const YAML::Node& map, const std::string& key) const;
    // A figure of the quantity field `spec` (its default unit; hectares converted to km²).
    std::optional<Quantity> quantity(const YAML::Node& map, const std::string& key, const spec::Node& spec) const;

private:
    const Source& src_;
};

// The table's node at a path of field names ({"geography", "area"}); lists are stepped through.
const spec::Node& spec_at(std::initializer_list<const char*> path);

}  // namespace wardreport::load
