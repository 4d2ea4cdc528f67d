// Text that reaches the workbook must not corrupt it: libxlsxwriter copies strings into the XML
// as they are, so invalid UTF-8 or a control character gives a file Excel refuses to open.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace wardreport::xlsx {

// Excel's limit for the text of one cell, in UTF-16 code units.
constexpr std::size_t max_cell_chars = 32767;

// What is wrong with `s` for a cell, or nullopt when it may be written: invalid UTF-8,
// a control character other than tab, line feed and carriage return (C0, DEL, C1),
// the non-characters U+FFFE/U+FFFF, or more than `max_chars` UTF-16 code units.
std::optional<std::string> text_problem(std::string_view s, std::size_t max_chars = max_cell_chars);

// `s` with CR LF and lone CR turned into LF, the only line break a cell knows.
std::string normalise_newlines(std::string_view s);

// Code points of valid UTF-8 `s`.
std::size_t code_points(std::string_view s);

// The longest prefix of valid UTF-8 `s` with at most `n` code points.
std::string_view prefix_code_points(std::string_view s, std::size_t n);

// The longest prefix of valid UTF-8 `s` with at most `n` bytes, ending on a character boundary.
std::string_view prefix_bytes(std::string_view s, std::size_t n);

}  // namespace wardreport::xlsx
