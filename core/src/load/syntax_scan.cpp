#include "load/syntax_scan.hpp"
#include "util/i18n.hpp"

#include <algorithm>

namespace wardreport::load {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool blank(char c) { return c == ' ' || c == '\t'; }

struct Line {
    std::size_t begin = 0;
    std::size_t end = 0;  // before the '\n', and before a '\r' that precedes it (CRLF files)
};

std::vector<Line> split_lines(std::string_view text) {
    std::vector<Line> lines;
    std::size_t begin = 0;
    while (begin <= text.size()) {
        std::size_t nl = text.find('\n', begin);
        const bool last = nl == npos;
        if (last) nl = text.size();
        std::size_t end = nl;
        if (end > begin && text[end - 1] == '\r') --end;
        lines.push_back({begin, end});
        if (last) break;
        begin = nl + 1;
    }
    return lines;
}

// The offset of the quote that closes the quoted text opened at `open`, or npos. Double quotes
// escape with a backslash, single quotes by doubling.
std::size_t closing_quote(std::string_view text, std::size_t open) {
    const char q = text[open];
    for (std::size_t i = open + 1; i < text.size(); ++i) {
        if (q == '"' && text[i] == '\\') {
            ++i;
            continue;
        }
        if (text[i] != q) continue;
        if (q == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
            ++i;
            continue;
        }
        return i;
    }
    return npos;
}

std::size_t line_of(const std::vector<Line>& lines, std::size_t offset) {
    const auto it = std::upper_bound(lines.begin(), lines.end(), offset,
                                     [](std::size_t o, const Line& l) { return o < l.begin; });
    return static_cast<std::size_t>(it - lines.begin()) - 1;
}

// Where closers go: after the last non-blank character before `stop` (a comment or the line end).
std::size_t content_end(std::string_view text, std::size_t from, std::size_t stop) {
    while (stop > from && blank(text[stop - 1])) --stop;
    return stop;
}

// In a quoted text left open, a comment cannot be told from text; a blank then '#' is taken
// as the comment the clerk meant to write after the closing quote.
std::size_t comment_in(std::string_view text, std::size_t from, std::size_t end) {
    for (std::size_t i = from; i + 1 < end; ++i)
        if (blank(text[i]) && text[i + 1] == '#') return i;
    return end;
}

char closer_of(char opener) { return opener == '{' ? '}' : ']'; }

struct Open {
    char c;
    std::size_t offset;
    std::size_t line;
};

// The closers of the collections opened on `line` and still open, innermost first.
std::string closers_on(const std::vector<Open>& stack, std::size_t line) {
    std::string out;
    for (auto it = stack.rbegin(); it != stack.rend() && it->line == line; ++it) out += closer_of(it->c);
    return out;
}

std::size_t column_of(std::string_view text, std::size_t offset) {
    std::size_t begin = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    begin = (begin == npos || offset == 0) ? 0 : begin + 1;
    std::size_t column = 1;
    for (std::size_t i = begin; i < offset; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    return column;
}

}  // namespace

std::vector<Slip> scan_syntax(std::string_view text) {
    std::vector<Slip> slips;
    const std::vector<Line> lines = split_lines(text);
    std::vector<Open> stack;       // flow collections open, across lines
    bool in_block_text = false;    // inside the lines of a '|' or '>' text
    std::size_t block_indent = 0;  // the indentation of the line that started it
    std::size_t resume = 0;        // where a quoted text spanning lines ends
    for (std::size_t n = 0; n < lines.size(); ++n) {
        const Line l = lines[n];
        if (l.end < resume || (l.end == resume && l.begin < resume)) continue;  // inside a quoted text
        std::size_t i = std::max(l.begin, resume);
        const bool continuing = i > l.begin;
        std::size_t indent = 0;
        if (!continuing) {
            std::size_t tab = npos;
            while (i < l.end && blank(text[i])) {
                if (text[i] == '\t' && tab == npos) tab = i;
                ++i;
            }
            indent = i - l.begin;
            if (in_block_text) {
                if (i == l.end || indent > block_indent) continue;  // text, not YAML
                in_block_text = false;
            }
            if (tab != npos && stack.empty()) {
                Slip s;
                s.kind = Slip::Kind::Tab;
                s.line = n;
                s.offset = tab;
                slips.push_back(s);
            }
        }
        char last = continuing ? '"' : '\0';  // the last character that was not blank
        bool after_blank = !continuing;
        bool slipped = false;
        std::size_t stop = l.end;  // where the YAML of the line ends: a comment or the end
        for (; i < l.end; ++i) {
            const char c = text[i];
            if (blank(c)) {
                after_blank = true;
                continue;
            }
            // Quotes and brackets are YAML only where a value starts; inside a plain text
            // ("Dao \"x\"", "a[1]") they are characters like any other.
            const bool value_start = last == '\0' || last == ',' || last == '[' || last == '{' ||
                                     ((last == '-' || last == '?' || last == ':') && after_blank) ||
                                     (last == ':' && !stack.empty());
            if (c == '#' && after_blank) {
                stop = i;
                break;
            }
            if ((c == '"' || c == '\'') && value_start) {
                const std::size_t close = closing_quote(text, i);
                if (close != npos && close < l.end) {
                    i = close;
                    last = c;
                    after_blank = false;
                    continue;
                }
                Slip s;
                s.kind = Slip::Kind::Quote;
                s.line = n;
                s.offset = i;
                s.opener = c;
                s.closed_on_line = close == npos ? npos : line_of(lines, close);
                // In a flow collection the text most likely ends where the next item or the
                // collection does; elsewhere at the end of the line.
                const std::size_t end = comment_in(text, i + 1, l.end);
                const std::size_t item_end = stack.empty() ? npos : text.substr(0, end).find_first_of(",]}", i + 1);
                if (item_end != npos) {
                    s.repair_offset = content_end(text, i + 1, item_end);
                    s.repair_text = std::string(1, c);
                } else {
                    s.repair_offset = content_end(text, i + 1, end);
                    s.repair_text = std::string(1, c) + closers_on(stack, n);
                }
                slips.push_back(s);
                slipped = true;
                if (close == npos) return slips;  // the rest of the file is inside the quotes
                resume = close + 1;
                break;
            }
            if ((c == '{' || c == '[') && value_start) {
                stack.push_back({c, i, n});
                last = c;
                after_blank = false;
                continue;
            }
            if ((c == '}' || c == ']') && !stack.empty()) {
                const Open top = stack.back();
                stack.pop_back();
                if (c != closer_of(top.c) && top.line == n && !slipped) {
                    Slip s;
                    s.kind = Slip::Kind::Mismatch;
                    s.line = n;
                    s.offset = top.offset;
                    s.opener = top.c;
                    s.closer_offset = i;
                    s.repair_offset = i;
                    s.repair_text = std::string(1, closer_of(top.c));
                    // '{a: [1, 2}': the '}' closes the '{', and the ']' is what is missing.
                    s.closes_outer = !stack.empty() && closer_of(stack.back().c) == c;
                    if (s.closes_outer)
                        stack.pop_back();
                    else
                        s.repair_length = 1;
                    slips.push_back(s);
                    slipped = true;
                }
                last = c;
                after_blank = false;
                continue;
            }
            if ((c == '|' || c == '>') && stack.empty() && after_blank && (last == ':' || last == '-' || last == '?')) {
                in_block_text = true;
                block_indent = indent;
                stop = l.end;
                break;
            }
            last = c;
            after_blank = false;
        }
        if (!slipped && !stack.empty() && stack.back().line == n) {
            Slip s;
            s.kind = Slip::Kind::Unclosed;
            s.line = n;
            s.offset = stack.back().offset;
            s.opener = stack.back().c;
            s.repair_offset = content_end(text, l.begin, stop);
            s.repair_text = closers_on(stack, n);
            slips.push_back(s);
        }
    }
    return slips;
}

std::string repaired(std::string_view text, const Slip& slip) {
    std::string out(text.substr(0, slip.repair_offset));
    out += slip.repair_text;
    out += text.substr(slip.repair_offset + slip.repair_length);
    return out;
}

std::string slip_message(std::string_view text, const Slip& slip) {
    const char opener = slip.opener;
    switch (slip.kind) {
        case Slip::Kind::Tab:
            return tr("a tab is used for indentation; YAML needs spaces");
        case Slip::Kind::Unclosed:
            return tr("'{1}' opened here is not closed on this line; expected '{2}'", opener, closer_of(slip.opener));
        case Slip::Kind::Mismatch:
            if (slip.closes_outer)
                return tr("'{1}' opened here is not closed before the '{2}' at column {3}; expected '{4}' before it", opener,
                          text[slip.closer_offset], column_of(text, slip.closer_offset), closer_of(slip.opener));
            return tr("'{1}' opened here is closed by '{2}' at column {3}; expected '{4}'", opener, text[slip.closer_offset],
                      column_of(text, slip.closer_offset), closer_of(slip.opener));
        case Slip::Kind::Quote:
            if (slip.closed_on_line == npos)
                return tr("'{1}' opened here is never closed, so the rest of the file is read as part of the text; expected "
                          "'{1}' at the end of the text on this line",
                          opener);
            return tr("'{1}' opened here is not closed on this line, so the text runs on to line {2} and takes in the lines "
                      "between; expected '{1}' at the end of the text on this line",
                      opener, slip.closed_on_line + 1);
    }
    return {};
}

std::optional<std::size_t> too_deep_at(std::string_view text, int limit) {
    int depth = 0;
    std::size_t line_start = 0;
    char quote = 0;  // '"', '\'' or '#' (a comment) while inside one
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            line_start = i + 1;
            if (quote == '#') quote = 0;
            continue;
        }
        if (quote) {
            if (c == quote && quote != '#') quote = 0;
            continue;
        }
        if (c == '"' || c == '\'') quote = c;
        else if (c == '#' && (i == line_start || text[i - 1] == ' ')) quote = '#';
        else if ((c == '[' || c == '{') && ++depth > limit) return i;
        else if ((c == ']' || c == '}') && depth > 0) --depth;
    }
    return std::nullopt;
}

}  // namespace wardreport::load
