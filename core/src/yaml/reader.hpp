// Reading the maps of a YAML file with FILE:LINE:COLUMN problems: the one reader of ward data
// files (load/reader.hpp adds the ward format's scalars), report definitions and profiles.
#pragma once

#include "yaml/source.hpp"

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace wardreport::yaml {

class Reader {
public:
    explicit Reader(Source src) : src_(std::move(src)) {}

    const Source& src() const { return src_; }
    Diagnostics& diags() const { return src_.diags(); }
    const std::shared_ptr<const File>& file() const { return src_.file(); }
    Origin at(const YAML::Node& node) const { return src_.origin(node); }
    void error(const YAML::Node& node, i18n::Text message) const { src_.error(src_.at(node), std::move(message)); }

    // Lookups that report nothing: the structural checks reported what is wrong already.
    // The value of `key` (the first one if written twice), unless absent or empty.
    std::optional<YAML::Node> child(const YAML::Node& map, const std::string& key) const;
    // Where `key`'s value is, or the map itself when the key is absent.
    Position pos(const YAML::Node& map, const std::string& key) const;
    // Where `key` itself is written, or the map when absent: for problems of a whole list.
    Position key_pos(const YAML::Node& map, const std::string& key) const;
    // The key node of `key` in mapping `map` (for origins), or the map itself.
    YAML::Node key_node(const YAML::Node& map, const std::string& key) const;
    std::string text(const YAML::Node& map, const std::string& key) const;  // NFC; "" when absent
    std::vector<std::string> texts(const YAML::Node& map, const std::string& key) const;
    // The items of a list that are maps (each with its position through pos()).
    std::vector<YAML::Node> maps(const YAML::Node& map, const std::string& key) const;

    // Checks that report what is wrong, naming the value as `what`.
    // `node` is a mapping whose keys are all in `allowed`; reports each other key.
    bool check_map(const YAML::Node& node, std::initializer_list<const char*> allowed, const std::string& what) const;
    std::optional<std::string> string(const YAML::Node& node, const std::string& what) const;
    std::optional<double> number(const YAML::Node& node, const std::string& what) const;
    std::optional<int> integer(const YAML::Node& node, const std::string& what) const;
    std::optional<bool> boolean(const YAML::Node& node, const std::string& what) const;

private:
    Source src_;
};

// The first of `candidates` nearest to `word` when at most `max_distance` edits away, or "".
std::string nearest(const std::string& word, const std::vector<std::string>& candidates, std::size_t max_distance);

// The candidate closest to `word` when it is close enough to be a typo of it, or "": up to a
// third of the word (in characters) may be wrong, at least one character, at most three.
std::string closest(const std::string& word, const std::vector<std::string>& candidates);

// "did you mean 'x'?" among `candidates`, or "" (a third of the word's bytes, at least two).
std::string suggestion(const std::string& word, std::initializer_list<const char*> candidates);

}  // namespace wardreport::yaml
