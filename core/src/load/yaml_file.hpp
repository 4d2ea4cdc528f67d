// Reading a YAML file other than a ward's (a report definition, a layout profile) with the
// checks a ward file's text gets: encoding, control characters, depth, what check_text finds.
#pragma once

#include "yaml/source.hpp"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>

namespace wardreport::load {

// Reads `path` (UTF-8, normalised to NFC) and parses it; nullopt after reporting an error.
// `format` names the file's format in check_text's messages, `spaced` its keys whose values
// are not shown as text (check_text).
std::optional<YAML::Node> load_yaml(const std::filesystem::path& path, Diagnostics& diags,
                                    std::shared_ptr<const yaml::File>& file, const std::string& format,
                                    const std::set<std::string>& spaced);

}  // namespace wardreport::load
