// A bar chart drawn sideways: each category a row, its name wrapped at the left as wide as it
// needs, its bars running right from the axis. Used when the names do not fit under columns
// (Builder::columns_fit): any number of categories with names of any length then stay
// readable, and a chart longer than a page continues on the next one, its scale repeated on
// top like a table's header row.
#include "chart_parts.hpp"

#include <wardreport/exporter.hpp>

#include <algorithm>

namespace wardreport::pdf {

using namespace chart;

namespace {

struct Bar {
    double x, y, w, h;  // y from the row's top
    Rgb fill;
};

// Where each part of the chart goes across the page, and the scale's ticks.
struct Across {
    double name_x = 0, name_w = 0;  // the names' column
    double x0 = 0, x1 = 0;          // the plot
    Scale scale;
    double pos(double v) const { return x0 + scale.fraction(v) * (x1 - x0); }
    double zero() const { return pos(std::max(scale.bottom, 0.0)); }
};

}  // namespace

void Builder::add_hbars(const doc::Chart& c) {
    const doc::TextStyle st = role_style(layout_, "chart_label");
    const double size = st.size_pt, lh = size * 1.15, space = space_width(size, fonts_);
    const Face face = face_of(st);
    const std::size_t ncat = c.categories.size(), nser = c.series.size();
    const double bar_h = size + 1, bar_gap = 1, pad = 3;

    // The names' column: as wide as the longest name on one line, at most 38% of the width.
    std::vector<std::string> names;
    double widest = 0;
    for (const std::string& n : c.categories) {
        names.push_back(text(n, face));
        widest = std::max(widest, fonts_.width(face, size, names.back()) + 4);
    }
    Across ac;
    ac.scale = scale_of(c);
    ac.name_x = geo_.left;
    ac.name_w = std::min(widest, geo_.width() * 0.38);
    // Room right of the plot for the value of a bar reaching the top of the scale.
    double value_w = 0;
    for (const doc::Series& s : c.series)
        for (const auto& v : s.values)
            if (v) value_w = std::max(value_w, fonts_.width(face, size, number(*v)) + 4);
    ac.x0 = ac.name_x + ac.name_w + 6;
    ac.x1 = geo_.left + geo_.width() - std::max(value_w, 10.0);

    std::vector<double> tick_x;
    for (double v = ac.scale.bottom; v <= ac.scale.top + ac.scale.step / 2; v += ac.scale.step)
        tick_x.push_back(ac.pos(v));
    std::optional<double> ref_x;
    if (c.reference) ref_x = ac.pos(*c.reference);

    // The header, repeated on every page the chart runs onto: the legend, the reference line's
    // value, the scale.
    std::vector<Label> head;
    std::vector<std::pair<double, Rgb>> swatches;  // legend squares: x, colour
    double y = 0;
    if (nser > 1 || !c.series.front().name.empty()) {
        double x = ac.x0;
        for (std::size_t k = 0; k < nser; ++k) {
            if (c.series[k].name.empty()) continue;
            Label l = one_line(text(c.series[k].name, face), face, size, fonts_);
            swatches.emplace_back(x, colour(k));
            l.x = x + 13;
            l.y = baseline_offset(size, lh);
            x += 13 + l.width + 14;
            head.push_back(std::move(l));
        }
        y += lh + 4;
    }
    if (ref_x) {
        Label l = one_line(with_unit(*c.reference, c.unit), face, size, fonts_);
        l.x = std::min(*ref_x - l.width / 2, ac.x1 + value_w - l.width);
        l.y = y + baseline_offset(size, lh);
        l.colour = kReference;
        head.push_back(std::move(l));
        y += lh;
    }
    for (std::size_t t = 0; t < tick_x.size(); ++t) {
        Label l = one_line(number(ac.scale.bottom + ac.scale.step * static_cast<double>(t)), face, size, fonts_);
        l.x = tick_x[t] - l.width / 2;
        l.y = y + baseline_offset(size, lh);
        head.push_back(std::move(l));
    }
    y += lh + 2;
    Item header;
    header.height = y;
    header.keep_with_next = true;
    header.where = where_ + ", scale";
    header.draw = [=, head = std::move(head), swatches = std::move(swatches)](Canvas& cv, double top) {
        for (const auto& [x, col] : swatches) cv.rect(x, top + (lh - 9) / 2, 9, 9, col);
        for (const Label& l : head) draw_label(cv, l, top, size, space);
        cv.line(ac.x0, top + y, ac.x1, top + y, 0.8);
    };
    const int group = static_cast<int>(groups_.size());
    groups_.push_back(Group{header.height, header.draw});
    push(std::move(header));

    for (std::size_t i = 0; i < ncat; ++i) {
        std::vector<Line> lines = set_text({Span{names[i], face, false}}, ac.name_w - 4, 0, size, fonts_);
        const double bars_h = static_cast<double>(nser) * (bar_h + bar_gap) - bar_gap;
        const double h = std::max(static_cast<double>(lines.size()) * lh, bars_h) + 2 * pad;
        std::vector<Label> labels;
        double ly = (h - static_cast<double>(lines.size()) * lh) / 2;
        for (Line& line : lines) {
            Label l;
            l.line = std::move(line);
            l.x = ac.name_x;
            l.y = ly + baseline_offset(size, lh);
            l.width = ac.name_w - 4;
            labels.push_back(std::move(l));
            ly += lh;
        }
        std::vector<Bar> bars;
        double by = (h - bars_h) / 2;
        for (std::size_t k = 0; k < nser; ++k, by += bar_h + bar_gap) {
            const auto& v = c.series[k].values[i];
            const double mid = by + bar_h / 2 + size * 0.35;
            if (!v) {
                // Unknown is not zero: say so where the bar would start.
                Label l = one_line(kUnknownText, Face::Italic, size, fonts_);
                l.x = ac.zero() + 3;
                l.y = mid;
                l.colour = kUnknown;
                labels.push_back(std::move(l));
                continue;
            }
            const double a = ac.pos(std::min(*v, 0.0)), b = ac.pos(std::max(*v, 0.0));
            bars.push_back(Bar{a, by, b - a, bar_h, colour(k)});
            Label l = one_line(number(*v), face, size, fonts_);
            l.x = *v >= 0 ? b + 3 : a - 3 - l.width;
            l.y = mid;
            labels.push_back(std::move(l));
        }
        Item it;
        it.height = h;
        it.group = group;
        it.where = where_ + ", category " + std::to_string(i + 1);
        const bool last = i + 1 == ncat;
        // One chain: a chart that fits on a page is never cut; a longer one is cut between
        // rows where the page ends (paginate), its scale repeated over the rest.
        it.keep_with_next = !last;
        it.draw = [=, labels = std::move(labels), bars = std::move(bars)](Canvas& cv, double top) {
            for (double x : tick_x) cv.line(x, top, x, top + h, 0.4, kGrid);
            for (const Bar& b : bars) cv.rect(b.x, top + b.y, b.w, b.h, b.fill);
            cv.line(ac.zero(), top, ac.zero(), top + h, 0.8);
            if (ref_x) cv.line(*ref_x, top, *ref_x, top + h, 1.0, kReference, true);
            if (last) cv.line(ac.x0, top + h, ac.x1, top + h, 0.8);
            for (const Label& l : labels) draw_label(cv, l, top, size, space);
        };
        push(std::move(it));
    }
}

}  // namespace wardreport::pdf
