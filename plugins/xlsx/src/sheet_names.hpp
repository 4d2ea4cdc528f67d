// Excel sheet names: at most 31 characters, none of []:*?/\, not starting or ending with an
// apostrophe, unique without regard to case, and never the reserved "History".
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace wardreport::xlsx {

constexpr std::size_t max_sheet_name_chars = 31;

class SheetNamer {
public:
    // A valid name not used yet, as close to `wanted` (valid UTF-8) as possible: forbidden
    // characters become spaces ('/' a hyphen), a long name is cut at a word boundary when one
    // is near (else at a character) and ends with "…", and a name already taken gets " (2)",
    // " (3)", ...
    // `fallback` is used when nothing of `wanted` is left.
    std::string claim(std::string_view wanted, std::string_view fallback);

private:
    bool taken(const std::string& name) const;
    std::set<std::string> used_;  // case-folded
};

// Is `name` one Excel accepts (ignoring uniqueness)?
bool valid_sheet_name(std::string_view name);

// `name` quoted for a formula reference, apostrophes doubled: 'Dân số'!A1.
std::string quoted_sheet(std::string_view name);

}  // namespace wardreport::xlsx
