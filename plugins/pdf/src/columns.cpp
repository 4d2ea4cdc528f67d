#include "columns.hpp"

#include <algorithm>
#include <numeric>

namespace wardreport::pdf {
namespace {

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

// Takes `amount` from the columns in `from`, each in proportion to its width above its minimum.
// Returns what could not be taken.
double take(std::vector<double>& widths, const std::vector<double>& mins, const std::vector<bool>& from,
            double amount) {
    double spare = 0;
    for (std::size_t c = 0; c < widths.size(); ++c)
        if (from[c]) spare += std::max(0.0, widths[c] - mins[c]);
    if (spare <= 0 || amount <= 0) return amount;
    const double part = std::min(1.0, amount / spare);
    for (std::size_t c = 0; c < widths.size(); ++c)
        if (from[c]) widths[c] -= std::max(0.0, widths[c] - mins[c]) * part;
    return amount - std::min(amount, spare);
}

}  // namespace

std::vector<double> fit_columns(const std::vector<ColumnNeed>& needs, double total) {
    const std::size_t n = needs.size();
    std::vector<double> widths(n), mins(n);
    double shares = 0;
    for (const ColumnNeed& c : needs) shares += std::max(c.share, 0.01);
    for (std::size_t c = 0; c < n; ++c) {
        widths[c] = total * std::max(needs[c].share, 0.01) / shares;
        mins[c] = needs[c].word;
    }
    if (sum(mins) > total) {
        // Allow breaks after hyphens, in the columns where that saves most first.
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return needs[a].word - needs[a].hyphenated > needs[b].word - needs[b].hyphenated;
        });
        for (std::size_t c : order) {
            if (sum(mins) <= total) break;
            mins[c] = std::min(mins[c], needs[c].hyphenated);
        }
    }
    if (sum(mins) > total) return widths;  // nothing fits: cells cut words

    // Raise the columns below their minimum, then take that width back from the others.
    double deficit = 0;
    std::vector<bool> text(n), other(n);
    for (std::size_t c = 0; c < n; ++c) {
        if (widths[c] < mins[c]) {
            deficit += mins[c] - widths[c];
            widths[c] = mins[c];
        }
        text[c] = needs[c].text;
        other[c] = !needs[c].text;
    }
    deficit = take(widths, mins, text, deficit);
    take(widths, mins, other, deficit);
    return widths;
}

std::vector<std::string_view> hyphen_parts(std::string_view word) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (word[i] == '-' && i > start && i + 1 < word.size() && word[i + 1] != '-') {
            parts.push_back(word.substr(start, i + 1 - start));
            start = i + 1;
        }
    parts.push_back(word.substr(start));
    return parts;
}

void measure_words(std::string_view text, Face face, double size, Metrics& metrics, double& word,
                   double& hyphenated) {
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != '\n') ++j;
        if (j > i) {
            const std::string_view w = text.substr(i, j - i);
            const std::vector<std::string_view> parts = hyphen_parts(w);
            if (parts.size() == 1) {
                const double width = metrics.width(face, size, w);
                word = std::max(word, width);
                hyphenated = std::max(hyphenated, width);
            } else {
                double whole = 0;
                for (std::string_view p : parts) {
                    const double width = metrics.width(face, size, p);
                    whole += width;
                    hyphenated = std::max(hyphenated, width);
                }
                word = std::max(word, whole);
            }
        }
        i = j;
    }
}

}  // namespace wardreport::pdf
