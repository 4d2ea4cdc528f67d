#include "chart_parts.hpp"

#include <wardreport/vi_format.hpp>

#include <algorithm>
#include <cmath>

namespace wardreport::pdf::chart {
namespace {

const Rgb kPalette[] = {{0.18, 0.36, 0.62}, {0.85, 0.42, 0.15}, {0.33, 0.60, 0.30}, {0.86, 0.70, 0.16},
                        {0.55, 0.36, 0.62}, {0.40, 0.66, 0.78}, {0.72, 0.28, 0.33}, {0.50, 0.50, 0.50}};

// A step of 1, 2, 2.5 or 5 times a power of ten giving about `ticks` intervals up to `top`.
double nice_step(double top, int ticks) {
    const double raw = top / ticks;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * p >= raw - 1e-12) return m * p;
    return 10 * p;
}

}  // namespace

Rgb colour(std::size_t i) { return kPalette[i % (sizeof kPalette / sizeof kPalette[0])]; }

Line first_line(const std::vector<Span>& spans, double width, double size, Metrics& metrics) {
    std::vector<Line> lines = set_text(spans, width, 0, size, metrics);
    return lines.empty() ? Line{} : std::move(lines.front());
}

std::string number(double v) {
    for (int d = 0; d < 2; ++d) {
        const Decimal x = Decimal::from_double(v, d);
        if (std::fabs(x.to_double() - v) < 1e-9) return vi::number(x);
    }
    return vi::number(Decimal::from_double(v, 2));
}

std::string with_unit(double v, const std::string& unit) {
    if (unit.empty()) return number(v);
    return number(v) + (unit == "%" ? "" : " ") + unit;
}

std::string value_text(double v, int decimals, const std::string& unit) {
    if (decimals < 0) return with_unit(v, unit);
    const std::string n = vi::number(v, decimals);
    if (unit.empty()) return n;
    return n + (unit == "%" ? "" : " ") + unit;
}

Scale scale_of(const doc::Chart& c) {
    double hi = 0, lo = 0;
    for (const doc::Series& s : c.series)
        for (const auto& v : s.values)
            if (v) {
                hi = std::max(hi, *v);
                lo = std::min(lo, *v);
            }
    if (c.reference) hi = std::max(hi, *c.reference);
    if (hi <= lo) hi = lo + 1;
    Scale sc;
    sc.step = nice_step(hi - lo, 5);
    sc.top = std::ceil(hi / sc.step - 1e-9) * sc.step;
    sc.bottom = std::floor(lo / sc.step + 1e-9) * sc.step;
    return sc;
}

Label one_line(const std::string& s, Face face, double size, Metrics& metrics) {
    Label l;
    l.width = metrics.width(face, size, s) + 1;
    l.line = first_line({Span{s, face, false}}, l.width, size, metrics);
    return l;
}

void draw_label(Canvas& cv, const Label& l, double top, double size, double space) {
    const std::vector<double> xs = word_positions(l.line, l.width, l.align, space);
    for (std::size_t w = 0; w < l.line.words.size(); ++w) {
        double px = l.x + xs[w];
        for (const Piece& p : l.line.words[w].pieces) {
            cv.text(px, top + l.y, p.face, size, p.text, l.colour);
            px += p.width;
        }
    }
}

}  // namespace wardreport::pdf::chart
