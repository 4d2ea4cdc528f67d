// Reading definitions and profiles from YAML with FILE:LINE:COLUMN errors for every mistake:
// syntax, invalid UTF-8, unknown keys (with a suggestion), wrong kinds of values.
#pragma once

#include "report/source.hpp"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>

namespace wardreport::report {

// Reads `path` (UTF-8, normalised to NFC) and parses it; nullopt after reporting an error.
std::optional<YAML::Node> load_yaml(const std::filesystem::path& path, Diagnostics& diags,
                                    std::shared_ptr<const SourceFile>& file);

class YamlReader {
public:
    YamlReader(std::shared_ptr<const SourceFile> file, Diagnostics& diags) : file_(std::move(file)), diags_(diags) {}

    Origin at(const YAML::Node& node) const { return Origin::of(file_, node); }
    Diagnostics& diags() const { return diags_; }
    const std::shared_ptr<const SourceFile>& file() const { return file_; }
    void error(const YAML::Node& node, const std::string& message) const { at(node).error(diags_, message); }

    // `node` is a mapping whose keys are all in `allowed`; reports each other key.
    bool check_map(const YAML::Node& node, std::initializer_list<const char*> allowed, const std::string& what) const;

    std::optional<std::string> string(const YAML::Node& node, const std::string& what) const;
    std::optional<double> number(const YAML::Node& node, const std::string& what) const;
    std::optional<int> integer(const YAML::Node& node, const std::string& what) const;
    std::optional<bool> boolean(const YAML::Node& node, const std::string& what) const;

    // The key node of `key` in mapping `map` (for positions), or the map itself.
    YAML::Node key_node(const YAML::Node& map, const std::string& key) const;

private:
    std::shared_ptr<const SourceFile> file_;
    Diagnostics& diags_;
};

// "did you mean 'x'?" among `candidates`, or "".
std::string suggestion(const std::string& word, std::initializer_list<const char*> candidates);

}  // namespace wardreport::report
