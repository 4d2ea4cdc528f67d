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

// The scan, line by line, with what carries from one line to the next.
class Scanner {
public:
    explicit Scanner(std::string_view text) : text_(text), lines_(split_lines(text)) {}

    std::vector<Slip> run() {
        for (std::size_t n = 0; n < lines_.size(); ++n)
            if (!scan_line(n)) break;
        return std::move(slips_);
    }

private:
    // What the scan of one line knows of the characters before the current one.
    struct LineState {
        char last;         // the last character that was not blank
        bool after_blank;
        bool slipped;      // a slip was found on the line
        std::size_t stop;  // where the YAML of the line ends: a comment or the end
    };
    enum class Step { Next, EndOfLine, EndOfFile };

    std::string_view text_;
    std::vector<Line> lines_;
    std::vector<Slip> slips_;
    std::vector<Open> stack_;       // flow collections open, across lines
    bool in_block_text_ = false;    // inside the lines of a '|' or '>' text
    std::size_t block_indent_ = 0;  // the indentation of the line that started it
    std::size_t resume_ = 0;        // where a quoted text spanning lines ends

    // Skips the indentation of line `n` from `i`, noting a tab in it; false when the line is
    // text of a block text, not YAML.
    bool indentation(std::size_t n, std::size_t& i, std::size_t& indent) {
        const Line l = lines_[n];
        std::size_t tab = npos;
        while (i < l.end && blank(text_[i])) {
            if (text_[i] == '\t' && tab == npos) tab = i;
            ++i;
        }
        indent = i - l.begin;
        if (in_block_text_) {
            if (i == l.end || indent > block_indent_) return false;
            in_block_text_ = false;
        }
        if (tab != npos && stack_.empty()) {
            Slip s;
            s.kind = Slip::Kind::Tab;
            s.line = n;
            s.offset = tab;
            slips_.push_back(s);
        }
        return true;
    }

    // The quoted text opening at `i`: skipped when it closes on the line, else a slip.
    Step quote(std::size_t n, std::size_t& i, char c, LineState& st) {
        const Line l = lines_[n];
        const std::size_t close = closing_quote(text_, i);
        if (close != npos && close < l.end) {
            i = close;
            st.last = c;
            st.after_blank = false;
            return Step::Next;
        }
        Slip s;
        s.kind = Slip::Kind::Quote;
        s.line = n;
        s.offset = i;
        s.opener = c;
        s.closed_on_line = close == npos ? npos : line_of(lines_, close);
        // In a flow collection the text most likely ends where the next item or the
        // collection does; elsewhere at the end of the line.
        const std::size_t end = comment_in(text_, i + 1, l.end);
        const std::size_t item_end = stack_.empty() ? npos : text_.substr(0, end).find_first_of(",]}", i + 1);
        if (item_end != npos) {
            s.repair_offset = content_end(text_, i + 1, item_end);
            s.repair_text = std::string(1, c);
        } else {
            s.repair_offset = content_end(text_, i + 1, end);
            s.repair_text = std::string(1, c) + closers_on(stack_, n);
        }
        slips_.push_back(s);
        st.slipped = true;
        if (close == npos) return Step::EndOfFile;  // the rest of the file is inside the quotes
        resume_ = close + 1;
        return Step::EndOfLine;
    }

    // A '}' or ']' at `i` closing the innermost open collection: a slip when it is the wrong one.
    void close_collection(std::size_t n, std::size_t i, char c, LineState& st) {
        const Open top = stack_.back();
        stack_.pop_back();
        if (c != closer_of(top.c) && top.line == n && !st.slipped) {
            Slip s;
            s.kind = Slip::Kind::Mismatch;
            s.line = n;
            s.offset = top.offset;
            s.opener = top.c;
            s.closer_offset = i;
            s.repair_offset = i;
            s.repair_text = std::string(1, closer_of(top.c));
            // '{a: [1, 2}': the '}' closes the '{', and the ']' is what is missing.
            s.closes_outer = !stack_.empty() && closer_of(stack_.back().c) == c;
            if (s.closes_outer)
                stack_.pop_back();
            else
                s.repair_length = 1;
            slips_.push_back(s);
            st.slipped = true;
        }
        st.last = c;
        st.after_blank = false;
    }

    // False when the rest of the file is inside an unclosed quote.
    bool scan_line(std::size_t n) {
        const Line l = lines_[n];
        if (l.end < resume_ || (l.end == resume_ && l.begin < resume_)) return true;  // inside a quoted text
        std::size_t i = std::max(l.begin, resume_);
        const bool continuing = i > l.begin;
        std::size_t indent = 0;
        if (!continuing && !indentation(n, i, indent)) return true;
        LineState st{continuing ? '"' : '\0', !continuing, false, l.end};
        for (; i < l.end; ++i) {
            const char c = text_[i];
            if (blank(c)) {
                st.after_blank = true;
                continue;
            }
            // Quotes and brackets are YAML only where a value starts; inside a plain text
            // ("Dao \"x\"", "a[1]") they are characters like any other.
            const bool value_start = st.last == '\0' || st.last == ',' || st.last == '[' || st.last == '{' ||
                                     ((st.last == '-' || st.last == '?' || st.last == ':') && st.after_blank) ||
                                     (st.last == ':' && !stack_.empty());
            if (c == '#' && st.after_blank) {
                st.stop = i;
                break;
            }
            if ((c == '"' || c == '\'') && value_start) {
                const Step step = quote(n, i, c, st);
                if (step == Step::EndOfFile) return false;
                if (step == Step::EndOfLine) break;
                continue;
            }
            if ((c == '{' || c == '[') && value_start) {
                stack_.push_back({c, i, n});
                st.last = c;
                st.after_blank = false;
                continue;
            }
            if ((c == '}' || c == ']') && !stack_.empty()) {
                close_collection(n, i, c, st);
                continue;
            }
            if ((c == '|' || c == '>') && stack_.empty() && st.after_blank &&
                (st.last == ':' || st.last == '-' || st.last == '?')) {
                in_block_text_ = true;
                block_indent_ = indent;
                st.stop = l.end;
                break;
            }
            st.last = c;
            st.after_blank = false;
        }
        if (!st.slipped && !stack_.empty() && stack_.back().line == n) {
            Slip s;
            s.kind = Slip::Kind::Unclosed;
            s.line = n;
            s.offset = stack_.back().offset;
            s.opener = stack_.back().c;
            s.repair_offset = content_end(text_, l.begin, st.stop);
            s.repair_text = closers_on(stack_, n);
            slips_.push_back(s);
        }
        return true;
    }
};

}  // namespace

std::vector<Slip> scan_syntax(std::string_view text) { return Scanner(text).run(); }

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
