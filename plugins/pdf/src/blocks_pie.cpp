// A pie with its values on the slices and a legend naming each category with its value. The
// legend stands beside the pie while it is no taller than the pie; a longer one (a commune of
// twenty ethnic groups) goes under it in columns, a row of entries at a time, so that it
// continues on the next page rather than running off this one.
#include "chart_parts.hpp"

#include <wardreport/exporter.hpp>

#include <algorithm>
#include <cmath>

namespace wardreport::pdf {

using namespace chart;

namespace {

const double kRadius = 80, kGap = 30, kCentreY = kRadius + 20;  // room above for outside labels
const double kPieHeight = kCentreY + kRadius + 14;
// A slice thinner than this (about 1.3%) gets no label of its own: its value is in the legend.
const double kLabelledSlice = 0.08;

struct Type {
    Face face, bold;
    double size, lh, space;
    Metrics& metrics;
};

struct Slice {
    double a0, a1;
    Rgb fill;
};

// The slices of the pie centred at `cx`, and the labels of those wide enough to point at: on
// the slice, or just outside a thin one, never over another label. `values`: each category's
// value text ("" when unknown); only the angles are proportional to value / sum.
std::pair<std::vector<Slice>, std::vector<Label>> slices_of(const doc::Series& s, const std::vector<std::string>& values,
                                                            double sum, double cx, const Type& t) {
    struct Box {
        double x0, y0, x1, y1;
        bool meets(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    };
    std::vector<Slice> slices;
    std::vector<Label> labels;
    std::vector<Box> taken;
    const double turn = 4 * std::acos(0.0);
    double angle = 0;
    for (std::size_t i = 0; i < s.values.size(); ++i) {
        const auto& v = s.values[i];
        if (!v || *v <= 0) continue;
        const double a1 = angle + *v / sum * turn, mid = (angle + a1) / 2;
        slices.push_back(Slice{angle, a1, colour(i)});
        const bool inside = a1 - angle > 0.45;
        const double r = inside ? kRadius * 0.64 : kRadius + 12;
        Label l = one_line(values[i], t.bold, t.size, t.metrics);
        l.x = cx + r * std::sin(mid) - l.width / 2;
        l.y = kCentreY - r * std::cos(mid) + t.size * 0.35;
        l.colour = inside ? Rgb{1, 1, 1} : Rgb{};
        const Box box{l.x, l.y - t.size, l.x + l.width, l.y + t.size * 0.3};
        if (a1 - angle >= kLabelledSlice &&
            std::none_of(taken.begin(), taken.end(), [&](const Box& b) { return b.meets(box); })) {
            taken.push_back(box);
            labels.push_back(std::move(l));
        }
        angle = a1;
    }
    return {std::move(slices), std::move(labels)};
}

// Legend entries laid out from the top of the item they are drawn in.
struct Legend {
    struct Swatch {
        double x, y;
        Rgb fill;
    };
    std::vector<Label> labels;
    std::vector<Swatch> swatches;
    double height = 0;
    void draw(Canvas& cv, double top, double size, double space) const {
        for (const Swatch& sw : swatches) cv.rect(sw.x, top + sw.y, 9, 9, sw.fill);
        for (const Label& l : labels) draw_label(cv, l, top, size, space);
    }
};

// The legend in `columns` columns `column_w` wide from `x`: one Legend holding every entry when
// `stacked` (beside the pie), else one a row of entries.
std::vector<Legend> legend_rows(const std::vector<std::string>& entries, std::size_t columns, double column_w, double x,
                                bool stacked, const Type& t) {
    std::vector<Legend> rows(1);
    double ly = stacked ? 4 : 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::size_t col = i % columns;
        if (!stacked && col == 0 && i > 0) {
            rows.emplace_back();
            ly = 0;
        }
        Legend& row = rows.back();
        const double ex = x + column_w * static_cast<double>(col);
        row.swatches.push_back(Legend::Swatch{ex, ly + (t.lh - 9) / 2, colour(i)});
        double y = ly;
        for (Line& line : set_text({Span{entries[i], t.face, false}}, column_w - 16 - (stacked ? 0 : 8), 0, t.size, t.metrics)) {
            Label l;
            l.line = std::move(line);
            l.x = ex + 16;
            l.y = y + baseline_offset(t.size, t.lh);
            l.width = column_w - 16;
            row.labels.push_back(std::move(l));
            y += t.lh;
        }
        row.height = stacked ? y + 4 : std::max(row.height, y - ly + 4);
        if (stacked) ly = y + 4;
    }
    return rows;
}

}  // namespace

void Builder::add_pie(const doc::Chart& c) {
    const doc::TextStyle st = role_style(layout_, "chart_label");
    const Type t{face_of(st), face_of(true, st.italic), st.size_pt, st.size_pt * 1.2, space_width(st.size_pt, fonts_), fonts_};
    const doc::Series& s = c.series.front();
    double sum = 0;
    for (const auto& v : s.values)
        if (v && *v > 0) sum += *v;
    if (sum <= 0) throw ExportError(where_ + ": a pie needs at least one positive value");

    // Labels show the values as the data gives them (shares rounded in the data need not sum
    // to 100: 68,3 + 28,9 + 2,9).
    const int decimals = doc::series_decimals(doc_, c, s);
    std::vector<std::string> entries, values;
    double widest = 0;
    for (std::size_t i = 0; i < c.categories.size(); ++i) {
        const auto& v = s.values[i];
        values.push_back(v ? text(value_text(*v, decimals, c.unit), t.bold) : std::string());
        entries.push_back(text(c.categories[i], t.face) + ": " +
                          (v ? text(value_text(*v, decimals, c.unit), t.face) : std::string(kUnknownText)));
        widest = std::max(widest, fonts_.width(t.face, t.size, entries.back()) + 17);
    }
    // Beside the pie while the legend is about as tall as the pie; else under it in as many
    // columns as fit (up to 3), each row of entries an item of its own.
    const double side_w = std::min(widest, geo_.width() - 2 * kRadius - kGap);
    const double side_cx = geo_.left + std::max(0.0, (geo_.width() - 2 * kRadius - kGap - side_w) / 2) + kRadius;
    std::vector<Legend> rows = legend_rows(entries, 1, side_w, side_cx + kRadius + kGap, true, t);
    const bool beside = rows.front().height <= kPieHeight + 2 * t.lh;
    const double cx = beside ? side_cx : geo_.left + geo_.width() / 2;
    if (!beside) {
        const auto columns = std::clamp<std::size_t>(static_cast<std::size_t>(geo_.width() / std::max(widest, 1.0)), 1, 3);
        rows = legend_rows(entries, columns, geo_.width() / static_cast<double>(columns), geo_.left, false, t);
    }
    auto [slices, labels] = slices_of(s, values, sum, cx, t);

    Item pie;
    pie.height = beside ? std::max(kPieHeight, rows.front().height) : kPieHeight;
    Legend side = beside ? std::move(rows.front()) : Legend{};
    pie.draw = [slices = std::move(slices), labels = std::move(labels), side = std::move(side), cx, size = t.size,
                space = t.space](Canvas& cv, double top) {
        for (const Slice& sl : slices) cv.slice(cx, top + kCentreY, kRadius, sl.a0, sl.a1, sl.fill);
        for (const Label& l : labels) draw_label(cv, l, top, size, space);
        side.draw(cv, top, size, space);
    };
    if (beside) return push(std::move(pie));
    // The pie never ends a page without the legend's first row; the rows keep together while
    // they fit on a page (paginate cuts a longer chain where it must).
    pie.keep_with_next = true;
    push(std::move(pie));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        Item it;
        it.height = rows[r].height;
        it.keep_with_next = r + 1 < rows.size();
        it.where = where_ + ", legend row " + std::to_string(r + 1);
        it.draw = [row = std::move(rows[r]), size = t.size, space = t.space](Canvas& cv, double top) {
            row.draw(cv, top, size, space);
        };
        push(std::move(it));
    }
}

}  // namespace wardreport::pdf
