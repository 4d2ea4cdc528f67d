// Fills the model from a structurally checked document and applies the rules that relate
// fields to each other (shares adding up, dates in order, targets within the term...).
#pragma once

#include <wardreport/model.hpp>

#include "yaml/source.hpp"

#include <yaml-cpp/yaml.h>

namespace wardreport::load {

// `root` is the file's top-level map. Values that failed the structural checks are skipped
// silently (they were reported already); rule violations are reported to `src`.
Ward build_ward(const YAML::Node& root, const yaml::Source& src);

}  // namespace wardreport::load

namespace wardreport::load {

class WardReader;

// The resolution section; `congress` gives the term its target years must fall in.
Resolution build_resolution(const YAML::Node& node, const WardReader& r, const std::optional<Congress>& congress);

}  // namespace wardreport::load
