#include "linebreak.hpp"

#include "columns.hpp"
#include "text.hpp"

#include <algorithm>

namespace wardreport::pdf {
namespace {

constexpr double kEpsilon = 0.01;  // points: rounding must not push a fitting word over

void finish_word(std::vector<Word>& out, Word& w) {
    if (w.pieces.empty()) return;
    out.push_back(std::move(w));
    w = Word{};
}

// Cuts `w` into chunks no wider than `width` (the first `first` wide), between characters.
std::vector<Word> cut_word(const Word& w, double first, double width, double size, Metrics& m) {
    std::vector<Word> out(1);
    double avail = first;
    for (const Piece& p : w.pieces) {
        std::size_t i = 0;
        while (i < p.text.size()) {
            const std::size_t n = utf8_length(static_cast<unsigned char>(p.text[i]));
            const std::string ch = p.text.substr(i, n);
            const double cw = m.width(p.face, size, ch);
            Word* cur = &out.back();
            if (cur->width + cw > avail + kEpsilon && !cur->pieces.empty()) {
                out.emplace_back();
                cur = &out.back();
                avail = width;
            }
            if (cur->pieces.empty() || cur->pieces.back().face != p.face ||
                cur->pieces.back().underline != p.underline)
                cur->pieces.push_back(Piece{"", p.face, p.underline, 0});
            cur->pieces.back().text += ch;
            cur->pieces.back().width += cw;
            cur->width += cw;
            i += n;
        }
    }
    out.back().break_after = w.break_after;
    return out;
}

// `w` as the parts between its hyphens ("CN-", "TTCN"), each piece measured again.
std::vector<Word> word_parts(const Word& w, double size, Metrics& m) {
    std::vector<Word> out(1);
    for (const Piece& p : w.pieces) {
        const std::vector<std::string_view> parts = hyphen_parts(p.text);
        for (std::size_t k = 0; k < parts.size(); ++k) {
            if (k > 0) out.emplace_back();
            if (parts[k].empty()) continue;
            const double width = m.width(p.face, size, parts[k]);
            out.back().pieces.push_back(Piece{std::string(parts[k]), p.face, p.underline, width});
            out.back().width += width;
        }
    }
    return out;
}

void join(Word& into, const Word& part) {
    for (const Piece& p : part.pieces) {
        if (!into.pieces.empty() && into.pieces.back().face == p.face && into.pieces.back().underline == p.underline) {
            into.pieces.back().text += p.text;
            into.pieces.back().width += p.width;
        } else {
            into.pieces.push_back(p);
        }
    }
    into.width += part.width;
}

// Splits a word wider than its line: after hyphens where that is enough ("CN-" / "TTCN"),
// between characters only inside a part that alone is wider than a line. The first chunk is
// at most `first` wide, the others `width`.
std::vector<Word> split_word(const Word& w, double first, double width, double size, Metrics& m) {
    std::vector<Word> out(1);
    double avail = first;
    for (const Word& part : word_parts(w, size, m)) {
        if (!out.back().pieces.empty() && out.back().width + part.width > avail + kEpsilon) {
            out.emplace_back();
            avail = width;
        }
        if (part.width > avail + kEpsilon) {
            std::vector<Word> cut = cut_word(part, avail, width, size, m);
            out.back() = std::move(cut.front());
            for (std::size_t i = 1; i < cut.size(); ++i) out.push_back(std::move(cut[i]));
            if (cut.size() > 1) avail = width;
        } else {
            join(out.back(), part);
        }
    }
    for (Word& c : out) c.break_after = false;
    out.back().break_after = w.break_after;
    return out;
}

}  // namespace

std::vector<std::pair<double, double>> underline_spans(const Line& line, const std::vector<double>& xs) {
    std::vector<std::pair<double, double>> spans;
    bool open = false;  // the last span reaches the end of the previous piece
    for (std::size_t i = 0; i < line.words.size(); ++i) {
        double x = xs[i];
        for (std::size_t k = 0; k < line.words[i].pieces.size(); ++k) {
            const Piece& p = line.words[i].pieces[k];
            if (!p.underline) {
                open = false;
            } else if (open) {
                spans.back().second = x + p.width;  // across the space or the face change
            } else {
                spans.emplace_back(x, x + p.width);
                open = true;
            }
            x += p.width;
        }
    }
    return spans;
}

double space_width(double size, Metrics& metrics) { return metrics.width(Face::Regular, size, " "); }

std::vector<Word> split_words(const std::vector<Span>& spans, double size, Metrics& metrics) {
    std::vector<Word> out;
    Word cur;
    std::string chunk;  // pending text of the current piece
    Face face = Face::Regular;
    bool underline = false;
    auto flush_piece = [&] {
        if (chunk.empty()) return;
        const double w = metrics.width(face, size, chunk);
        cur.pieces.push_back(Piece{chunk, face, underline, w});
        cur.width += w;
        chunk.clear();
    };
    for (const Span& s : spans) {
        if (s.face != face || s.underline != underline) flush_piece();
        face = s.face;
        underline = s.underline;
        for (char c : s.text) {
            if (c == ' ' || c == '\n') {
                flush_piece();
                if (c == '\n') {
                    if (cur.pieces.empty()) {
                        // An empty line, or a break right after a space: mark what precedes.
                        if (!out.empty() && !out.back().break_after) {
                            out.back().break_after = true;
                        } else {
                            Word empty;
                            empty.break_after = true;
                            out.push_back(empty);
                        }
                    } else {
                        cur.break_after = true;
                        out.push_back(std::move(cur));
                        cur = Word{};
                    }
                } else {
                    finish_word(out, cur);
                }
            } else {
                chunk += c;
            }
        }
    }
    flush_piece();
    finish_word(out, cur);
    return out;
}

namespace {
std::string text_of(const Word& w) {
    std::string s;
    for (const Piece& p : w.pieces) s += p.text;
    return s;
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether words[i] is a lone dash between two numbers: "2020 - 2025", "10 – 12".
bool joins_numbers(const std::vector<Word>& words, std::size_t i) {
    if (i == 0 || i + 1 >= words.size() || words[i - 1].break_after || words[i].break_after) return false;
    const std::string dash = text_of(words[i]), before = text_of(words[i - 1]), after = text_of(words[i + 1]);
    return (dash == "-" || dash == "\u2013") && !before.empty() && !after.empty() && is_digit(before.back()) &&
           is_digit(after.front());
}
}  // namespace

std::vector<Line> break_lines(const std::vector<Word>& words, double width, double indent, double space,
                              double size, Metrics& metrics) {
    std::vector<Line> lines;
    Line cur;
    cur.indent = indent;
    double avail = width - indent;
    auto push = [&](bool last) {
        cur.last = last;
        lines.push_back(std::move(cur));
        cur = Line{};
        avail = width;
    };
    auto append = [&](const Word& w) {
        cur.width += (cur.words.empty() ? 0 : space) + w.width;
        cur.words.push_back(w);
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Word& w = words[i];
        if (w.pieces.empty()) {  // a forced empty line
            push(true);
            continue;
        }
        // A span of numbers ("2020 - 2025") is one unit for breaking: never "2020" / "- 2025".
        std::size_t last = i;
        double unit = w.width;
        while (last + 2 < words.size() && joins_numbers(words, last + 1)) {
            unit += 2 * space + words[last + 1].width + words[last + 2].width;
            last += 2;
        }
        if (last > i && unit <= width + kEpsilon) {
            if (!cur.words.empty() && cur.width + space + unit > avail + kEpsilon) push(false);
            for (std::size_t k = i; k <= last; ++k) append(words[k]);
            if (words[last].break_after) push(true);
            i = last;
            continue;
        }
        const double needed = cur.words.empty() ? w.width : cur.width + space + w.width;
        if (needed <= avail + kEpsilon) {
            append(w);
        } else {
            if (!cur.words.empty()) push(false);
            if (w.width > avail + kEpsilon) {
                std::vector<Word> parts = split_word(w, avail, width, size, metrics);
                for (std::size_t p = 0; p + 1 < parts.size(); ++p) {
                    append(parts[p]);
                    push(false);
                }
                append(parts.back());
            } else {
                append(w);
            }
        }
        if (w.break_after) push(true);
    }
    if (!cur.words.empty()) push(true);
    return lines;
}

std::vector<Line> set_text(const std::vector<Span>& spans, double width, double indent, double size,
                           Metrics& metrics) {
    return break_lines(split_words(spans, size, metrics), width, indent, space_width(size, metrics), size,
                       metrics);
}

std::vector<double> word_positions(const Line& line, double width, doc::Align align, double space) {
    std::vector<double> xs;
    xs.reserve(line.words.size());
    const double avail = width - line.indent;
    double x = line.indent, gap = space;
    switch (align) {
        case doc::Align::Center: x = line.indent + std::max(0.0, (avail - line.width) / 2); break;
        case doc::Align::Right: x = line.indent + std::max(0.0, avail - line.width); break;
        case doc::Align::Justify:
            if (!line.last && line.words.size() > 1 && avail > line.width)
                gap = space + (avail - line.width) / static_cast<double>(line.words.size() - 1);
            break;
        case doc::Align::Left: break;
    }
    for (const Word& w : line.words) {
        xs.push_back(x);
        x += w.width + gap;
    }
    return xs;
}

}  // namespace wardreport::pdf
