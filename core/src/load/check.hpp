// The structural checks every file gets from the field table (schema.hpp): maps where maps
// belong, no unknown or duplicate keys, required fields present, scalars of the right type and
// range. Rules that relate one field to another are in rules.cpp.
#pragma once

#include "load/schema.hpp"
#include "yaml/reader.hpp"

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

namespace wardreport::load {

// Checks `node` (never null) against `spec`; `path` names it in messages ("ward.name").
void check(const YAML::Node& node, const spec::Node& spec, const std::string& path, const yaml::Source& src);

// Whether a scalar was written in quotes, which makes it text in YAML. A tag ("!!str 5") is an
// error of its own (text_check.cpp): the value is read as if the tag were not there.
inline bool quoted(const YAML::Node& scalar) { return scalar.Tag() == "!"; }

// "a map", "a list", "the value 'x'": what was found, for messages.
std::string describe(const YAML::Node& node);

}  // namespace wardreport::load
