// What the pie, the column chart and the bar chart share: colours, value texts in Vietnamese
// notation, the value scale, and labels laid out once and drawn later.
#pragma once

#include "builder.hpp"
#include "haru.hpp"

#include <wardreport/document.hpp>

#include <string>
#include <vector>

namespace wardreport::pdf::chart {

inline const Rgb kGrid{0.82, 0.82, 0.82};
inline const Rgb kReference{0.80, 0.10, 0.10};
inline const Rgb kUnknown{0.4, 0.4, 0.4};
// Said where a bar would stand when its value is unknown: unknown is not zero.
inline const char* const kUnknownText = "chưa có số liệu";

Rgb colour(std::size_t i);

// The first line `spans` set `width` wide: empty text sets no lines, and gives an empty one.
Line first_line(const std::vector<Span>& spans, double width, double size, Metrics& metrics);

// A value in Vietnamese notation with as few decimals (up to 2) as it needs.
std::string number(double v);
std::string with_unit(double v, const std::string& unit);

// A value as the data gives it, in Vietnamese notation with the chart's unit.
std::string value_text(double v, int decimals, const std::string& unit);

// The value axis of a bar chart: from `bottom` to `top` in steps of `step` (1, 2, 2.5 or 5
// times a power of ten), covering every known value, zero and the reference line.
struct Scale {
    double bottom = 0, top = 1, step = 1;
    double fraction(double v) const { return (v - bottom) / (top - bottom); }
};
Scale scale_of(const doc::Chart& c);

struct Label {
    Line line;
    double x = 0, y = 0, width = 0;  // y: baseline below the item's top
    doc::Align align = doc::Align::Left;
    Rgb colour{};
};

// A one-line label `s` of `face`, `width` its measured width plus a point.
Label one_line(const std::string& s, Face face, double size, Metrics& metrics);

// Draws one laid-out label, word by word, `top` being the item's top on the page.
void draw_label(Canvas& cv, const Label& l, double top, double size, double space);

}  // namespace wardreport::pdf::chart
