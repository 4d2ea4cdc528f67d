// Charts as vector graphics: columns with an axis, value and category labels, a legend and an
// optional reference line; horizontal bars (blocks_hbars.cpp) when the categories' names do
// not fit under columns; pies (blocks_pie.cpp).
#include "chart_parts.hpp"

#include <wardreport/exporter.hpp>
#include <wardreport/vi_format.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace wardreport::pdf {

using namespace chart;

void Builder::add(const doc::Chart& c) {
    const std::string block = where_;
    where_ = block + ", chart '" + c.id + "'";
    if (!c.title.empty()) {
        const doc::TextStyle st = role_style(layout_, "chart_title");
        const Face f = face_of(st);
        add_lines({Span{text(c.title, f), f, false}}, st, doc::Align::Center, 0,
                  std::max(layout_.paragraph_spacing_pt, st.space_before_pt));
        items_.back().keep_with_next = true;
    }
    if (c.series.empty()) throw ExportError(where_ + ": has no series to draw");
    for (const doc::Series& s : c.series)
        if (s.values.size() != c.categories.size())
            throw ExportError(where_ + ", series '" + s.name + "': has " + std::to_string(s.values.size()) +
                              " values for " + std::to_string(c.categories.size()) + " categories");
    if (c.kind == doc::ChartKind::Pie) add_pie(c);
    else add_bars(c);
    pending_space_ = std::max(pending_space_, layout_.paragraph_spacing_pt);
    where_ = block;
}

// Columns read well while each category's name fits under its column in a few lines and an
// unknown value's words fit its width; otherwise the names go left of horizontal bars, as wide
// as they need, one row each, which also lets a long chart continue on the next page.
bool Builder::columns_fit(const doc::Chart& c, double size) {
    const std::size_t ncat = c.categories.size(), nser = c.series.size();
    if (ncat * nser > 24) return false;
    const double group_w = (geo_.width() - 53) / static_cast<double>(ncat);
    const Face face = face_of(role_style(layout_, "chart_label"));
    for (std::size_t i = 0; i < ncat; ++i) {
        if (set_text({Span{text(c.categories[i], face), face, false}}, group_w - 4, 0, size, fonts_).size() > 3)
            return false;
        for (const doc::Series& s : c.series)
            if (!s.values[i] && fonts_.width(Face::Italic, size, kUnknownText) + 1 > group_w / static_cast<double>(nser))
                return false;
    }
    return true;
}

namespace {

// Where the plot of a column chart is, and where a value goes on it.
struct Plot {
    double x0, x1, group_w;
    double top, h, bottom;
    double bot_v, top_v;
    double y(double v) const { return bottom - (v - bot_v) / (top_v - bot_v) * h; }
};

struct Bar {
    double x, top, w, h;
    Rgb fill;
};

using Swatches = std::vector<std::pair<double, Rgb>>;

// The legend: one entry a series, in a row over the plot, starting at `x`. `text` checks a
// text drawable (Builder::text). Returns the height it takes.
template <class Text>
double legend(const doc::Chart& c, double x, Face face, double size, double lh, FontSet& fonts, const Text& text,
              std::vector<Label>& labels, Swatches& swatches) {
    for (std::size_t k = 0; k < c.series.size(); ++k) {
        // A series without a name has nothing to say in the legend.
        if (c.series[k].name.empty()) continue;
        Label l = one_line(text(c.series[k].name, face), face, size, fonts);
        swatches.emplace_back(x, colour(k));
        l.x = x + 13;
        l.y = baseline_offset(size, lh);
        x += 13 + l.width + 14;
        labels.push_back(std::move(l));
    }
    return lh + 8;
}

// The axis labels; returns where the grid lines go.
std::vector<double> axis(const Plot& p, double step, Face face, double size, FontSet& fonts, std::vector<Label>& labels) {
    std::vector<double> ticks;
    for (double v = p.bot_v; v <= p.top_v + step / 2; v += step) {
        ticks.push_back(p.y(v));
        Label l = one_line(number(v), face, size, fonts);
        l.x = p.x0 - 5 - l.width;
        l.y = p.y(v) + size * 0.35;
        labels.push_back(std::move(l));
    }
    return ticks;
}

// The reference line and its label at the right end, just over the line.
struct Reference {
    std::optional<double> y;
    Label label;
    // How far the digits of a label reach above and below its baseline: Liberation Serif's
    // figures stand 0.68 em tall, the comma goes 0.15 em down; a point of air each side.
    double ink_up = 0, ink_down = 0;
    static constexpr double half = 0.5;  // half the reference line's width

    Reference(const doc::Chart& c, const Plot& p, Face face, double size, FontSet& fonts)
        : ink_up(0.70 * size + 1), ink_down(0.22 * size + 1) {
        if (!c.reference) return;
        y = p.y(*c.reference);
        label = one_line(with_unit(*c.reference, c.unit), face, size, fonts);
        label.x = p.x1 - label.width;
        label.y = *y - half - ink_down;
        label.colour = kReference;
    }

    // A value label is never crossed by the reference line nor set over the line's label: the
    // label of a bar ending just under the line goes over it (of a bar below the axis ending
    // just over the line, under it), and next to the line's label, over that.
    void clear(Label& l, bool up) const {
        if (!y) return;
        if (l.y - ink_up < *y + half && l.y + ink_down > *y - half) l.y = up ? *y - half - ink_down : *y + half + ink_up;
        const bool beside = l.x < label.x + label.width && l.x + l.width > label.x;
        if (up && beside && l.y - ink_up < label.y + ink_down && l.y + ink_down > label.y - ink_up)
            l.y = label.y - ink_up - ink_down;
    }
};

// The bars of category `i` and their values (or "no data" where a value is unknown).
void category_bars(const doc::Chart& c, std::size_t i, const Plot& p, const Reference& ref, Face face, double size,
                   FontSet& fonts, std::vector<Bar>& bars, std::vector<Label>& labels) {
    const std::size_t nser = c.series.size();
    const double bar_w = p.group_w * 0.7 / static_cast<double>(nser);
    for (std::size_t k = 0; k < nser; ++k) {
        const auto& v = c.series[k].values[i];
        const double bx = p.x0 + p.group_w * static_cast<double>(i) + p.group_w * 0.15 + bar_w * static_cast<double>(k);
        if (!v) {
            // Unknown is not zero: say so where the bar would stand.
            Label l = one_line(kUnknownText, Face::Italic, size, fonts);
            l.x = bx + bar_w / 2 - l.width / 2;
            l.y = p.y(std::max(p.bot_v, 0.0)) - 4;
            l.colour = kUnknown;
            labels.push_back(std::move(l));
            continue;
        }
        const double a = p.y(std::max(*v, 0.0)), b = p.y(std::min(*v, 0.0));
        bars.push_back(Bar{bx, a, bar_w, b - a, colour(k)});
        Label l = one_line(number(*v), face, size, fonts);
        l.x = bx + bar_w / 2 - l.width / 2;
        l.y = (*v >= 0 ? a - 3 : b + size);
        ref.clear(l, *v >= 0);
        labels.push_back(std::move(l));
    }
}

// Category `i`'s name (already checked drawable) under its group, whole: the chart grows
// rather than drop words. Returns its number of lines.
std::size_t category_name(const std::string& name, std::size_t i, const Plot& p, Face face, double size, double lh,
                          FontSet& fonts, std::vector<Label>& labels) {
    std::vector<Line> lines = set_text({Span{name, face, false}}, p.group_w - 4, 0, size, fonts);
    double ly = p.bottom + 4;
    for (std::size_t n = 0; n < lines.size(); ++n) {
        Label l;
        l.line = std::move(lines[n]);
        l.x = p.x0 + p.group_w * static_cast<double>(i) + 2;
        l.y = ly + baseline_offset(size, lh);
        l.width = p.group_w - 4;
        l.align = doc::Align::Center;
        labels.push_back(std::move(l));
        ly += lh;
    }
    return lines.size();
}

}  // namespace

void Builder::add_bars(const doc::Chart& c) {
    const doc::TextStyle st = role_style(layout_, "chart_label");
    if (c.categories.empty()) throw ExportError(where_ + ": has no categories");
    if (!columns_fit(c, st.size_pt)) return add_hbars(c);
    const double size = st.size_pt, lh = size * 1.15, space = space_width(size, fonts_);
    const Face face = face_of(st);
    const std::size_t ncat = c.categories.size(), nser = c.series.size();
    const Scale sc = scale_of(c);

    std::vector<Label> labels;
    Swatches swatches;
    double y = 0;
    if (nser > 1 || !c.series.front().name.empty())
        y = legend(c, geo_.left + 45, face, size, lh, fonts_, [this](const std::string& s, Face f) { return text(s, f); },
                   labels, swatches);
    const double plot_top = y + 8, plot_h = 170, plot_bottom = plot_top + plot_h;
    const double x0 = geo_.left + 45, x1 = geo_.left + geo_.width() - 8;
    const Plot p{x0, x1, (x1 - x0) / static_cast<double>(ncat), plot_top, plot_h, plot_bottom, sc.bottom, sc.top};
    std::vector<double> ticks = axis(p, sc.step, face, size, fonts_, labels);
    Reference ref(c, p, face, size, fonts_);
    std::vector<Bar> bars;
    std::size_t label_lines = 1;
    for (std::size_t i = 0; i < ncat; ++i) {
        category_bars(c, i, p, ref, face, size, fonts_, bars, labels);
        label_lines = std::max(label_lines, category_name(text(c.categories[i], face), i, p, face, size, lh, fonts_, labels));
    }
    const std::optional<double> ref_y = ref.y;
    if (ref_y) labels.push_back(std::move(ref.label));
    Item it;
    it.height = plot_bottom + 4 + static_cast<double>(label_lines) * lh + 4;
    it.draw = [=, bars = std::move(bars), labels = std::move(labels), swatches = std::move(swatches),
               ticks = std::move(ticks)](Canvas& cv, double top) {
        for (double t : ticks) cv.line(x0, top + t, x1, top + t, 0.4, kGrid);
        for (const Bar& b : bars) cv.rect(b.x, top + b.top, b.w, b.h, b.fill);
        cv.line(x0, top + plot_top - 4, x0, top + plot_bottom, 0.8);
        cv.line(x0, top + p.y(std::max(p.bot_v, 0.0)), x1, top + p.y(std::max(p.bot_v, 0.0)), 0.8);
        if (ref_y) cv.line(x0, top + *ref_y, x1, top + *ref_y, 1.0, kReference, true);
        for (const auto& [x, col] : swatches) cv.rect(x, top + (lh - 9) / 2, 9, 9, col);
        for (const Label& l : labels) draw_label(cv, l, top, size, space);
    };
    push(std::move(it));
}

}  // namespace wardreport::pdf
