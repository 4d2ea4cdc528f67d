// A text template of a definition: mustache (kainjow) over the ward data tree. Checked when the
// definition is loaded: its syntax, and every name it uses against the shape of the data tree,
// so that a misspelt field is reported at its FILE:LINE:COLUMN instead of printing nothing.
// Output is plain text: no HTML escaping. Values cannot inject the run markup (**bold**,
// *italic*) templates use, because a "*" from the data comes out as a literal "*".
#pragma once

#include "report/data_tree_node.hpp"
#include "yaml/source.hpp"

#include <kainjow/mustache.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wardreport::report {

using yaml::Origin;  // where a definition's piece is, for FILE:LINE:COLUMN messages
using MData = kainjow::mustache::data;

// The schema nodes a template's names are resolved against, innermost last (the root first,
// then the list element a table row or list item binds to).
using Scope = std::vector<DataNode>;

// Resolves `path` as mustache does (the innermost scope holding the whole path wins).
std::optional<DataNode> resolve(const Scope& scope, const std::string& path);

// Checks a field path against the schema; reports "unknown field" with a suggestion.
std::optional<DataNode> check_path(const Scope& scope, const std::string& path, const Origin& where,
                                   Diagnostics& diags);

class Template {
public:
    static std::optional<Template> compile(const std::string& source, const Origin& origin, const Scope& scope,
                                           Diagnostics& diags);

    // Renders with `stack` as the mustache context (the root data first).
    std::string render(const std::vector<const MData*>& stack) const;
    const std::string& source() const { return source_; }
    const Origin& origin() const { return origin_; }

private:
    std::string source_;
    Origin origin_;
    std::shared_ptr<kainjow::mustache::mustache> compiled_;
};

// The data tree as mustache data: null, false and "" become false so that sections over absent
// data disappear; a figure, date or term becomes the map of its written forms.
MData to_mustache(const DataNode& node);

// The private-use character that stands for a "*" coming from the data while markup is parsed.
extern const char* const literal_star;

}  // namespace wardreport::report
