// Positions in a YAML file being read: a ward data file, a report definition, a profile.
// yaml-cpp marks are 0-based and count bytes; clerks' editors count characters from 1, so a
// mark is turned into a 1-based line and a column in code points of that line.
#pragma once

#include "util/diagnostics.hpp"

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace wardreport::yaml {

struct Position {
    int line = 0;    // 1-based; 0 unknown
    int column = 0;  // 1-based, in code points; 0 unknown
};

// One file's name and text, indexed by line: shared by every Origin in it, which may outlive
// the reading (a definition's templates report their problems when a document is built).
class File {
public:
    File(std::string text, std::string name);

    const std::string& name() const { return name_; }
    const std::string& text() const { return text_; }

    Position at_offset(std::size_t byte_offset) const;
    Position at(const YAML::Mark& mark) const;

private:
    std::string text_;
    std::string name_;
    // Characters (code points) before every kBlock-th byte: a column is then found in a bounded
    // count however long the line is (a JSON file may be one line of megabytes).
    static constexpr std::size_t kBlock = 256;
    std::size_t chars_before(std::size_t byte_offset) const;

    std::vector<std::size_t> line_starts_;
    std::vector<std::size_t> block_chars_;
};

// Where a piece of a file is, kept with the piece (a definition's block, a template).
struct Origin {
    std::shared_ptr<const File> file;
    std::size_t pos = 0;  // byte offset of the node in the file
    int line = 0;         // 1-based
    int column = 0;       // 1-based, in code points

    static Origin of(const std::shared_ptr<const File>& file, const YAML::Node& node);
    const std::string& name() const;

    // The position of the `occurrence`-th (0-based) `needle` at or after this origin: the exact
    // place of a template tag inside a scalar. Falls back to the origin itself.
    Origin locate(const std::string& needle, int occurrence) const;

    void error(Diagnostics& diags, i18n::Text message) const;
    void warning(Diagnostics& diags, i18n::Text message) const;
};

// A file being read and where its problems go.
class Source {
public:
    Source(std::shared_ptr<const File> file, Diagnostics& diags) : file_(std::move(file)), diags_(diags) {}
    Source(std::string text, std::string name, Diagnostics& diags)
        : Source(std::make_shared<const File>(std::move(text), std::move(name)), diags) {}

    const std::string& name() const { return file_->name(); }
    std::string_view text() const { return file_->text(); }
    const std::shared_ptr<const File>& file() const { return file_; }
    Diagnostics& diags() const { return diags_; }

    Position at_offset(std::size_t byte_offset) const { return file_->at_offset(byte_offset); }
    Position at(const YAML::Mark& mark) const { return file_->at(mark); }
    Position at(const YAML::Node& node) const { return at(node.Mark()); }
    Origin origin(const YAML::Node& node) const { return Origin::of(file_, node); }

    void error(Position p, i18n::Text message) const;
    void warning(Position p, i18n::Text message) const;

private:
    std::shared_ptr<const File> file_;
    Diagnostics& diags_;
};

}  // namespace wardreport::yaml
