// Positions in the file being loaded. yaml-cpp marks are 0-based and count bytes; clerks'
// editors count characters from 1, so a mark is turned into a 1-based line and a column in
// code points of that line.
#pragma once

#include "util/diagnostics.hpp"

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace wardreport::load {

struct Position {
    int line = 0;    // 1-based; 0 unknown
    int column = 0;  // 1-based, in code points; 0 unknown
};

// The text of one file and where its problems go.
class Source {
public:
    Source(std::string_view text, std::string name, Diagnostics& diags);

    const std::string& name() const { return name_; }
    std::string_view text() const { return text_; }
    Diagnostics& diags() const { return diags_; }

    Position at_offset(std::size_t byte_offset) const;
    Position at(const YAML::Mark& mark) const;
    Position at(const YAML::Node& node) const { return at(node.Mark()); }

    void error(Position p, i18n::Text message) const;
    void warning(Position p, i18n::Text message) const;

private:
    std::string_view text_;
    std::string name_;
    Diagnostics& diags_;
    // Characters (code points) before every kBlock-th byte: a column is then found in a bounded
    // count however long the line is (a JSON file may be one line of megabytes).
    static constexpr std::size_t kBlock = 256;
    std::size_t chars_before(std::size_t byte_offset) const;

    std::vector<std::size_t> line_starts_;
    std::vector<std::size_t> block_chars_;
};

}  // namespace wardreport::load
