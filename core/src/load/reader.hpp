// The ward data format's scalars read from a checked map. Each getter returns nothing for a
// field that is absent, empty or invalid: the structural checks reported the invalid ones already.
#pragma once

#include <wardreport/model.hpp>

#include "load/schema.hpp"
#include "yaml/reader.hpp"

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wardreport::load {

class WardReader : public yaml::Reader {
public:
    using yaml::Reader::Reader;

    std::optional<std::int64_t> whole(const YAML::Node& map, const std::string& key) const;
    std::optional<int> year(const YAML::Node& map, const std::string& key) const;
    std::optional<Decimal> decimal(const YAML::Node& map, const std::string& key) const;
    bool flag(const YAML::Node& map, const std::string& key) const;  // false when absent
    std::optional<Date> date(const YAML::Node& map, const std::string& key) const;
    std::optional<Term> term(const YAML::Node& map, const std::string& key) const;
    // A figure of the quantity field `spec` (its default unit; hectares converted to km²).
    std::optional<Quantity> quantity(const YAML::Node& map, const std::string& key, const spec::Node& spec) const;
};

// The table's node at a path of field names ({"geography", "area"}); lists are stepped through.
const spec::Node& spec_at(std::initializer_list<const char*> path);

}  // namespace wardreport::load
