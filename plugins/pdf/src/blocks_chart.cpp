// Charts as vector graphics: columns with an axis, value and category labels, a legend and an
// optional reference line; horizontal bars (blocks_hbars.cpp) when the categories' names do
// not fit under columns; pies (blocks_pie.cpp).
#include "chart_parts.hpp"

#include <wardreport/exporter.hpp>
#include <wardreport/vi_format.hpp>

#include <algorithm>
#include <cmath>

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

void Builder::add_bars(const doc::Chart& c) {
    const doc::TextStyle st = role_style(layout_, "chart_label");
    if (c.categories.empty()) throw ExportError(where_ + ": has no categories");
    if (!columns_fit(c, st.size_pt)) return add_hbars(c);
    const double size = st.size_pt, lh = size * 1.15, space = space_width(size, fonts_);
    const Face face = face_of(st);
    const std::size_t ncat = c.categories.size(), nser = c.series.size();
    const Scale sc = scale_of(c);
    const double bot_v = sc.bottom, top_v = sc.top, step = sc.step;

    std::vector<Label> labels;
    std::vector<std::pair<double, Rgb>> swatches;
    // Legend: one entry a series, in a row over the plot.
    double y = 0;
    const bool legend = nser > 1 || !c.series.front().name.empty();
    if (legend) {
        double x = geo_.left + 45;
        for (std::size_t k = 0; k < nser; ++k) {
            // A series without a name has nothing to say in the legend.
            if (c.series[k].name.empty()) continue;
            Label l = one_line(text(c.series[k].name, face), face, size, fonts_);
            swatches.emplace_back(x, colour(k));
            l.x = x + 13;
            l.y = baseline_offset(size, lh);
            x += 13 + l.width + 14;
            labels.push_back(std::move(l));
        }
        y = lh + 8;
    }
    const double plot_top = y + 8, plot_h = 170, plot_bottom = plot_top + plot_h;
    const double x0 = geo_.left + 45, x1 = geo_.left + geo_.width() - 8, group_w = (x1 - x0) / static_cast<double>(ncat);
    auto ypos = [=](double v) { return plot_bottom - (v - bot_v) / (top_v - bot_v) * plot_h; };

    // Axis labels.
    std::vector<double> ticks;
    for (double v = bot_v; v <= top_v + step / 2; v += step) {
        ticks.push_back(ypos(v));
        Label l = one_line(number(v), face, size, fonts_);
        l.x = x0 - 5 - l.width;
        l.y = ypos(v) + size * 0.35;
        labels.push_back(std::move(l));
    }
    // How far the digits of a label reach above and below its baseline: Liberation Serif's
    // figures stand 0.68 em tall, the comma goes 0.15 em down; a point of air each side.
    const double ink_up = 0.70 * size + 1, ink_down = 0.22 * size + 1;
    const double half_ref = 0.5;  // half the reference line's width
    // The reference line and its label at the right end, just over the line.
    std::optional<double> ref_y;
    Label ref_label;
    if (c.reference) {
        ref_y = ypos(*c.reference);
        ref_label = one_line(with_unit(*c.reference, c.unit), face, size, fonts_);
        ref_label.x = x1 - ref_label.width;
        ref_label.y = *ref_y - half_ref - ink_down;
        ref_label.colour = kReference;
    }
    // A value label is never crossed by the reference line nor set over the line's label: the
    // label of a bar ending just under the line goes over it (of a bar below the axis ending
    // just over the line, under it), and next to the line's label, over that.
    auto clear_of_reference = [&](Label& l, bool up) {
        if (!ref_y) return;
        if (l.y - ink_up < *ref_y + half_ref && l.y + ink_down > *ref_y - half_ref)
            l.y = up ? *ref_y - half_ref - ink_down : *ref_y + half_ref + ink_up;
        const bool beside = l.x < ref_label.x + ref_label.width && l.x + l.width > ref_label.x;
        if (up && beside && l.y - ink_up < ref_label.y + ink_down && l.y + ink_down > ref_label.y - ink_up)
            l.y = ref_label.y - ink_up - ink_down;
    };
    // Bars and their values.
    struct Bar {
        double x, top, w, h;
        Rgb fill;
    };
    std::vector<Bar> bars;
    const double bar_w = group_w * 0.7 / static_cast<double>(nser);
    std::size_t label_lines = 1;
    for (std::size_t i = 0; i < ncat; ++i) {
        for (std::size_t k = 0; k < nser; ++k) {
            const auto& v = c.series[k].values[i];
            const double bx = x0 + group_w * static_cast<double>(i) + group_w * 0.15 + bar_w * static_cast<double>(k);
            if (!v) {
                // Unknown is not zero: say so where the bar would stand.
                Label l = one_line(kUnknownText, Face::Italic, size, fonts_);
                l.x = bx + bar_w / 2 - l.width / 2;
                l.y = ypos(std::max(bot_v, 0.0)) - 4;
                l.colour = kUnknown;
                labels.push_back(std::move(l));
                continue;
            }
            const double a = ypos(std::max(*v, 0.0)), b = ypos(std::min(*v, 0.0));
            bars.push_back(Bar{bx, a, bar_w, b - a, colour(k)});
            Label l = one_line(number(*v), face, size, fonts_);
            l.x = bx + bar_w / 2 - l.width / 2;
            l.y = (*v >= 0 ? a - 3 : b + size);
            clear_of_reference(l, *v >= 0);
            labels.push_back(std::move(l));
        }
        // Category name under its group, whole: the chart grows rather than drop words.
        std::vector<Line> lines = set_text({Span{text(c.categories[i], face), face, false}}, group_w - 4, 0, size, fonts_);
        double ly = plot_bottom + 4;
        label_lines = std::max(label_lines, lines.size());
        for (std::size_t n = 0; n < lines.size(); ++n) {
            Label l;
            l.line = std::move(lines[n]);
            l.x = x0 + group_w * static_cast<double>(i) + 2;
            l.y = ly + baseline_offset(size, lh);
            l.width = group_w - 4;
            l.align = doc::Align::Center;
            labels.push_back(std::move(l));
            ly += lh;
        }
    }
    if (ref_y) labels.push_back(std::move(ref_label));
    Item it;
    it.height = plot_bottom + 4 + static_cast<double>(label_lines) * lh + 4;
    it.draw = [=, bars = std::move(bars), labels = std::move(labels), swatches = std::move(swatches),
               ticks = std::move(ticks)](Canvas& cv, double top) {
        for (double t : ticks) cv.line(x0, top + t, x1, top + t, 0.4, kGrid);
        for (const Bar& b : bars) cv.rect(b.x, top + b.top, b.w, b.h, b.fill);
        cv.line(x0, top + plot_top - 4, x0, top + plot_bottom, 0.8);
        cv.line(x0, top + ypos(std::max(bot_v, 0.0)), x1, top + ypos(std::max(bot_v, 0.0)), 0.8);
        if (ref_y) cv.line(x0, top + *ref_y, x1, top + *ref_y, 1.0, kReference, true);
        for (const auto& [x, col] : swatches) cv.rect(x, top + (lh - 9) / 2, 9, 9, col);
        for (const Label& l : labels) draw_label(cv, l, top, size, space);
    };
    push(std::move(it));
}

}  // namespace wardreport::pdf
