// A cheap line-by-line look at the raw text for the slips clerks make that yaml-cpp reports far
// away or not at all: a tab in the indentation, a '{' or '[' not closed on its line, a quote not
// closed on its line. A slip found here is only a suspect: the loader confirms it (closing the
// bracket or quote makes the file parse, or parse with fewer errors) before it reports it, since
// a flow collection or a quoted text may legitimately span lines (JSON files do).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wardreport::load {

struct Slip {
    enum class Kind {
        Tab,       // a tab in the indentation (outside any flow collection or block text)
        Unclosed,  // '{' or '[' opened on the line and still open at its end
        Mismatch,  // '{' closed by ']' or '[' by '}' on the same line
        Quote,     // a quoted text not closed on its line
    };
    Kind kind = Kind::Tab;
    std::size_t line = 0;    // 0-based
    std::size_t offset = 0;  // byte offset of the tab, the opening bracket or the quote
    char opener = 0;         // '{', '[', '"' or '\''
    // Unclosed, Quote: the line the bracket or text is closed on, 0-based; npos when never.
    std::size_t closed_on_line = std::string_view::npos;
    // Mismatch: the offset of the wrong closer, and whether it closes the collection around
    // (the right closer is missing before it) rather than standing for the right one.
    std::size_t closer_offset = 0;
    bool closes_outer = false;
    // The repair that makes the line whole: replace `repair_length` bytes at `repair_offset`
    // with `repair_text` (the missing closers before any trailing comment, or the right closer).
    std::size_t repair_offset = 0;
    std::size_t repair_length = 0;
    std::string repair_text;
};

// The slips of `text` (UTF-8, LF or CRLF line ends), in file order; at most one bracket or
// quote slip a line (the first thing that goes wrong on it).
std::vector<Slip> scan_syntax(std::string_view text);

// `text` with the slip's repair applied. Line numbers stay the same, and so do the positions
// before the repair on its line.
std::string repaired(std::string_view text, const Slip& slip);

// The byte offset where the brackets of `text` are first nested deeper than `limit` ('[' and
// '{' outside quotes and comments), or nullopt. yaml-cpp reports its depth limit where it
// stopped scanning, often the end of the file; this is the place to name.
std::optional<std::size_t> too_deep_at(std::string_view text, int limit);

// The error message for the slip (with columns counted in characters).
std::string slip_message(std::string_view text, const Slip& slip);

}  // namespace wardreport::load
