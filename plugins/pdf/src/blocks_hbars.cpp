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

// The text measures of the chart's labels.
struct Type {
    Face face;
    double size, lh, space;
    Metrics& metrics;
};

// Where each part of the chart goes across the page, and the scale.
struct Across {
    double name_x = 0, name_w = 0;  // the names' column
    double x0 = 0, x1 = 0;          // the plot
    double value_w = 0;             // room right of the plot for the longest value
    Scale scale;
    std::vector<double> ticks;      // x of each step of the scale
    std::optional<double> ref;      // x of the reference line
    double pos(double v) const { return x0 + scale.fraction(v) * (x1 - x0); }
    double zero() const { return pos(std::max(scale.bottom, 0.0)); }
};

// The names' column as wide as the longest name on one line, at most 38% of the width; the
// plot the rest, less room for the value of a bar reaching the top of the scale.
Across across(const doc::Chart& c, const std::vector<std::string>& names, double left, double width, const Type& t) {
    Across ac;
    ac.scale = scale_of(c);
    double widest = 0;
    for (const std::string& n : names) widest = std::max(widest, t.metrics.width(t.face, t.size, n) + 4);
    ac.name_x = left;
    ac.name_w = std::min(widest, width * 0.38);
    for (const doc::Series& s : c.series)
        for (const auto& v : s.values)
            if (v) ac.value_w = std::max(ac.value_w, t.metrics.width(t.face, t.size, number(*v)) + 4);
    ac.x0 = ac.name_x + ac.name_w + 6;
    ac.x1 = left + width - std::max(ac.value_w, 10.0);
    for (double v = ac.scale.bottom; v <= ac.scale.top + ac.scale.step / 2; v += ac.scale.step) ac.ticks.push_back(ac.pos(v));
    if (c.reference) ac.ref = ac.pos(*c.reference);
    return ac;
}

// The header, repeated on every page the chart runs onto: the legend (`series`: the series'
// names, checked drawable), the reference line's value, the scale.
Item scale_header(const doc::Chart& c, const std::vector<std::string>& series, const Across& ac, const Type& t) {
    std::vector<Label> head;
    std::vector<std::pair<double, Rgb>> swatches;  // legend squares: x, colour
    double y = 0;
    if (series.size() > 1 || !series.front().empty()) {
        double x = ac.x0;
        for (std::size_t k = 0; k < series.size(); ++k) {
            if (series[k].empty()) continue;
            Label l = one_line(series[k], t.face, t.size, t.metrics);
            swatches.emplace_back(x, colour(k));
            l.x = x + 13;
            l.y = baseline_offset(t.size, t.lh);
            x += 13 + l.width + 14;
            head.push_back(std::move(l));
        }
        y += t.lh + 4;
    }
    if (ac.ref) {
        Label l = one_line(with_unit(*c.reference, c.unit), t.face, t.size, t.metrics);
        l.x = std::min(*ac.ref - l.width / 2, ac.x1 + ac.value_w - l.width);
        l.y = y + baseline_offset(t.size, t.lh);
        l.colour = kReference;
        head.push_back(std::move(l));
        y += t.lh;
    }
    for (std::size_t k = 0; k < ac.ticks.size(); ++k) {
        Label l = one_line(number(ac.scale.bottom + ac.scale.step * static_cast<double>(k)), t.face, t.size, t.metrics);
        l.x = ac.ticks[k] - l.width / 2;
        l.y = y + baseline_offset(t.size, t.lh);
        head.push_back(std::move(l));
    }
    y += t.lh + 2;
    Item header;
    header.height = y;
    header.keep_with_next = true;
    header.draw = [=, size = t.size, lh = t.lh, space = t.space, head = std::move(head),
                   swatches = std::move(swatches)](Canvas& cv, double top) {
        for (const auto& [x, col] : swatches) cv.rect(x, top + (lh - 9) / 2, 9, 9, col);
        for (const Label& l : head) draw_label(cv, l, top, size, space);
        cv.line(ac.x0, top + y, ac.x1, top + y, 0.8);
    };
    return header;
}

// Category `i`'s row: its name (checked drawable) and a bar for each series, or the words
// saying its value is unknown where the bar would start.
Item bar_row(const doc::Chart& c, std::size_t i, const std::string& name, const Across& ac, const Type& t) {
    const double bar_h = t.size + 1, bar_gap = 1, pad = 3;
    const std::size_t nser = c.series.size();
    std::vector<Line> lines = set_text({Span{name, t.face, false}}, ac.name_w - 4, 0, t.size, t.metrics);
    const double bars_h = static_cast<double>(nser) * (bar_h + bar_gap) - bar_gap;
    const double h = std::max(static_cast<double>(lines.size()) * t.lh, bars_h) + 2 * pad;
    std::vector<Label> labels;
    double ly = (h - static_cast<double>(lines.size()) * t.lh) / 2;
    for (Line& line : lines) {
        Label l;
        l.line = std::move(line);
        l.x = ac.name_x;
        l.y = ly + baseline_offset(t.size, t.lh);
        l.width = ac.name_w - 4;
        labels.push_back(std::move(l));
        ly += t.lh;
    }
    struct Bar {
        double x, y, w, h;  // y from the row's top
        Rgb fill;
    };
    std::vector<Bar> bars;
    double by = (h - bars_h) / 2;
    for (std::size_t k = 0; k < nser; ++k, by += bar_h + bar_gap) {
        const auto& v = c.series[k].values[i];
        const double mid = by + bar_h / 2 + t.size * 0.35;
        if (!v) {
            Label l = one_line(kUnknownText, Face::Italic, t.size, t.metrics);
            l.x = ac.zero() + 3;
            l.y = mid;
            l.colour = kUnknown;
            labels.push_back(std::move(l));
            continue;
        }
        const double a = ac.pos(std::min(*v, 0.0)), b = ac.pos(std::max(*v, 0.0));
        bars.push_back(Bar{a, by, b - a, bar_h, colour(k)});
        Label l = one_line(number(*v), t.face, t.size, t.metrics);
        l.x = *v >= 0 ? b + 3 : a - 3 - l.width;
        l.y = mid;
        labels.push_back(std::move(l));
    }
    Item it;
    it.height = h;
    const bool last = i + 1 == c.categories.size();
    // One chain: a chart that fits on a page is never cut; a longer one is cut between rows
    // where the page ends (paginate), its scale repeated over the rest.
    it.keep_with_next = !last;
    it.draw = [=, size = t.size, space = t.space, labels = std::move(labels), bars = std::move(bars)](Canvas& cv,
                                                                                                  double top) {
        for (double x : ac.ticks) cv.line(x, top, x, top + h, 0.4, kGrid);
        for (const Bar& b : bars) cv.rect(b.x, top + b.y, b.w, b.h, b.fill);
        cv.line(ac.zero(), top, ac.zero(), top + h, 0.8);
        if (ac.ref) cv.line(*ac.ref, top, *ac.ref, top + h, 1.0, kReference, true);
        if (last) cv.line(ac.x0, top + h, ac.x1, top + h, 0.8);
        for (const Label& l : labels) draw_label(cv, l, top, size, space);
    };
    return it;
}

}  // namespace

void Builder::add_hbars(const doc::Chart& c) {
    const doc::TextStyle st = role_style(layout_, "chart_label");
    const Type t{face_of(st), st.size_pt, st.size_pt * 1.15, space_width(st.size_pt, fonts_), fonts_};
    std::vector<std::string> names, series;
    for (const std::string& n : c.categories) names.push_back(text(n, t.face));
    for (const doc::Series& s : c.series) series.push_back(text(s.name, t.face));
    const Across ac = across(c, names, geo_.left, geo_.width(), t);

    Item header = scale_header(c, series, ac, t);
    header.where = where_ + ", scale";
    const int group = static_cast<int>(groups_.size());
    groups_.push_back(Group{header.height, header.draw});
    push(std::move(header));
    for (std::size_t i = 0; i < names.size(); ++i) {
        Item it = bar_row(c, i, names[i], ac, t);
        it.group = group;
        it.where = where_ + ", category " + std::to_string(i + 1);
        push(std::move(it));
    }
}

}  // namespace wardreport::pdf
