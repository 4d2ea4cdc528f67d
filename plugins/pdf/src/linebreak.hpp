// Breaking styled text into lines, and placing the words of a line. Justified lines are set
// word by word: libharu's own justification spaces letters apart, and PDF word spacing does not
// apply to the 2-byte CID fonts Vietnamese needs.
#pragma once

#include "metrics.hpp"

#include <wardreport/document.hpp>

#include <string>
#include <utility>
#include <vector>

namespace wardreport::pdf {

// Text in one face. '\n' forces a line break; runs of spaces are one break opportunity.
struct Span {
    std::string text;
    Face face = Face::Regular;
    bool underline = false;
};

// A part of a word in one face (a word may change face mid-way: "**1.**Kinh tế").
struct Piece {
    std::string text;
    Face face = Face::Regular;
    bool underline = false;
    double width = 0;
};

struct Word {
    std::vector<Piece> pieces;
    double width = 0;
    bool break_after = false;  // a '\n' follows
};

struct Line {
    std::vector<Word> words;
    double width = 0;    // natural width: words and one space between each two
    double indent = 0;   // first line of a paragraph
    bool last = false;   // last line of a paragraph or before a forced break: never stretched
};

std::vector<Word> split_words(const std::vector<Span>& spans, double size, Metrics& metrics);

// Greedy breaking into lines `width` wide, the first one indented by `indent`. A word wider
// than a line breaks after its hyphens ("CN-" / "TTCN"), and only where that is not enough,
// between characters.
std::vector<Line> break_lines(const std::vector<Word>& words, double width, double indent, double space,
                              double size, Metrics& metrics);

// Convenience: spans → lines.
std::vector<Line> set_text(const std::vector<Span>& spans, double width, double indent, double size,
                           Metrics& metrics);

// The x offset (from the start of the measure) of each word of `line` set `width` wide.
std::vector<double> word_positions(const Line& line, double width, doc::Align align, double space);

// Where the underlines of `line` run when its words start at `xs` (from word_positions): one
// span for each run of underlined pieces, across the spaces between underlined words ("Nơi
// nhận:" is one rule, not one a word).
std::vector<std::pair<double, double>> underline_spans(const Line& line, const std::vector<double>& xs);

// Width of a space in the regular face at `size`.
double space_width(double size, Metrics& metrics);

}  // namespace wardreport::pdf
