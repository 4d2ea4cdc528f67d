#include "columns.hpp"

#include <algorithm>
#include <numeric>

namespace wardreport::docx {
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
    if (sum(mins) > total) return widths;
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

}  // namespace wardreport::docx
