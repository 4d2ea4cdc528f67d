// Which characters a TrueType face can draw, read from its own cmap table. libharu has no
// coverage API and draws a missing character as a blank or a box without any error, so the
// writer checks every character against the face file it actually embeds.
#pragma once

#include <filesystem>
#include <utility>
#include <vector>

namespace wardreport::pdf {

class Coverage {
public:
    // Reads the Unicode cmap (format 4 or 12) of the TrueType file `path`; throws ExportError
    // when the file cannot be read or has no Unicode cmap.
    static Coverage from_ttf(const std::filesystem::path& path);
    // For tests and synthetic faces: the inclusive ranges given.
    explicit Coverage(std::vector<std::pair<char32_t, char32_t>> ranges = {});

    // Does the face have a glyph for `c`? Control characters never count: they draw nothing.
    bool has(char32_t c) const;
    std::size_t size() const;  // number of code points covered

private:
    std::vector<std::pair<char32_t, char32_t>> ranges_;  // sorted, disjoint, inclusive
};

}  // namespace wardreport::pdf
