// What the parser accepts but the built-in formats cannot use, checked on the parsed text of
// every key and value (escapes such as "\0", "\x01" or "\u202E" make characters that never
// appear in the file's bytes): control characters, bidirectional controls, characters the
// fonts cannot draw (core/src/util/repertoire.txt), texts too long for any field, and YAML
// tags, which the data format does not read.
#pragma once

#include "yaml/source.hpp"

#include <yaml-cpp/yaml.h>

#include <set>
#include <string>

namespace wardreport::load {

// The longest key and the longest value of any kind; the schema's text fields have their own,
// smaller limits (spec::Node::max_chars).
constexpr std::size_t kMaxKeyChars = 100;
constexpr std::size_t kMaxValueChars = 20000;

struct TextCheck {
    bool errors = false;    // something was reported
    bool too_long = false;  // a key or value over the limits: nothing else should read it
};

// Reports every problem of `root`'s keys and values at its position in the file; `format`
// names the file's format in the message about tags (empty: "the ward data format"). The values of
// the keys `spaced` (a definition's "formula") are not shown as text: a tab there is a space.
TextCheck check_text(const YAML::Node& root, const yaml::Source& src, const std::string& format = "",
                     const std::set<std::string>& spaced = {});

}  // namespace wardreport::load
