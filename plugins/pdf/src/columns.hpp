// Table column widths: each column gets its share of the table's width, widened to its
// longest unbreakable word (what a cell would otherwise have to cut mid-word: "CN-TTC / N"),
// the width taken from the columns that can spare it.
#pragma once

#include "metrics.hpp"

#include <string_view>
#include <vector>

namespace wardreport::pdf {

// What a column needs, padding included.
struct ColumnNeed {
    double share = 1;        // relative preferred width (doc::Column::width)
    double word = 0;         // its longest word, whole
    double hyphenated = 0;   // the same when words may break after a hyphen ("CN-" / "TTCN")
    bool text = false;       // a text column: the first to give up width
};

// Widths summing to `total`. Each column is at least its longest word, or when that cannot fit
// in `total`, its longest hyphen-broken part (columns switched one by one, those gaining most
// first). The width a column needs beyond its share comes from the other columns' width above
// their own minimum, text columns first, in proportion to what they can spare (so wide text
// columns give most). When not even the hyphen-broken parts fit, the shares as they are:
// words are then cut between characters.
std::vector<double> fit_columns(const std::vector<ColumnNeed>& needs, double total);

// Widens `word` and `hyphenated` to cover the words of `text` (split at spaces and line breaks;
// for `hyphenated`, also after each hyphen inside a word) set in `face` at `size`.
void measure_words(std::string_view text, Face face, double size, Metrics& metrics, double& word,
                   double& hyphenated);

// `word` split after each hyphen that has a character on both sides: "CN-TTCN" → "CN-", "TTCN";
// a leading minus ("-5") or a lone "-" stays whole.
std::vector<std::string_view> hyphen_parts(std::string_view word);

}  // namespace wardreport::pdf
