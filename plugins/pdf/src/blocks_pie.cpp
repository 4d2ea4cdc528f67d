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

struct Slice {
    double a0, a1;
    Rgb fill;
};

// Legend entries laid out from the top of the item they are drawn in.
struct Swatch {
    double x, y;
    Rgb fill;
};
struct Legend {
    std::vector<Label> labels;
    std::vector<Swatch> swatches;
    double height = 0;
    void draw(Canvas& cv, double top, double size, double space) const {
        for (const Swatch& sw : swatches) cv.rect(sw.x, top + sw.y, 9, 9, sw.fill);
        for (const Label& l : labels) draw_label(cv, l, top, size, space);
    }
};

struct Box {
    double x0, y0, x1, y1;
    bool meets(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

}  // namespace

void Builder::add_pie(const doc::Chart& c) {
    const doc::TextStyle st = role_style(layout_, "chart_label");
    const double size = st.size_pt, lh = size * 1.2, space = space_width(size, fonts_);
    const Face face = face_of(st), bold = face_of(true, st.italic);
    const doc::Series& s = c.series.front();
    double sum = 0;
    for (const auto& v : s.values)
        if (v && *v > 0) sum += *v;
    if (sum <= 0) throw ExportError(where_ + ": a pie needs at least one positive value");

    // Labels show the values as the data gives them (shares rounded in the data need not sum
    // to 100: 68,3 + 28,9 + 2,9); only the angles are proportional to value / sum.
    const int decimals = table_decimals(doc_, c, s);
    std::vector<std::string> entries, values;
    double widest = 0;
    for (std::size_t i = 0; i < c.categories.size(); ++i) {
        const auto& v = s.values[i];
        values.push_back(v ? text(value_text(*v, decimals, c.unit), bold) : std::string());
        entries.push_back(text(c.categories[i], face) + ": " +
                          (v ? text(value_text(*v, decimals, c.unit), face) : std::string(kUnknownText)));
        widest = std::max(widest, fonts_.width(face, size, entries.back()) + 17);
    }
    const double legend_w = std::min(widest, geo_.width() - 2 * kRadius - kGap);
    double beside_h = 0;
    for (const std::string& e : entries)
        beside_h += static_cast<double>(set_text({Span{e, face, false}}, legend_w - 16, 0, size, fonts_).size()) * lh + 4;
    const bool beside = beside_h <= kPieHeight + 2 * lh;
    const double cx = beside ? geo_.left + std::max(0.0, (geo_.width() - 2 * kRadius - kGap - legend_w) / 2) + kRadius
                             : geo_.left + geo_.width() / 2;

    std::vector<Slice> slices;
    std::vector<Label> labels;
    std::vector<Box> taken;
    const double turn = 4 * std::acos(0.0);
    double angle = 0;
    for (std::size_t i = 0; i < c.categories.size(); ++i) {
        const auto& v = s.values[i];
        if (!v || *v <= 0) continue;
        const double a1 = angle + *v / sum * turn, mid = (angle + a1) / 2;
        slices.push_back(Slice{angle, a1, colour(i)});
        // The value on the slice, or just outside it when the slice is thin; none on a slice
        // too thin to point at, nor over another label.
        const bool inside = a1 - angle > 0.45;
        const double r = inside ? kRadius * 0.64 : kRadius + 12;
        Label l = one_line(values[i], bold, size, fonts_);
        l.x = cx + r * std::sin(mid) - l.width / 2;
        l.y = kCentreY - r * std::cos(mid) + size * 0.35;
        l.colour = inside ? Rgb{1, 1, 1} : Rgb{};
        const Box box{l.x, l.y - size, l.x + l.width, l.y + size * 0.3};
        if (a1 - angle >= kLabelledSlice && std::none_of(taken.begin(), taken.end(), [&](const Box& b) { return b.meets(box); })) {
            taken.push_back(box);
            labels.push_back(std::move(l));
        }
        angle = a1;
    }

    // The legend: beside the pie in one column, or under it in as many columns as fit (up to
    // 3), each row of entries an item of its own.
    const std::size_t columns =
        beside ? 1 : std::clamp<std::size_t>(static_cast<std::size_t>(geo_.width() / std::max(widest, 1.0)), 1, 3);
    const double column_w = beside ? legend_w : geo_.width() / static_cast<double>(columns);
    const double legend_x = beside ? cx + kRadius + kGap : geo_.left;
    std::vector<Legend> rows(1);
    double ly = beside ? 4 : 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::size_t col = i % columns;
        if (!beside && col == 0 && i > 0) {
            rows.emplace_back();
            ly = 0;
        }
        Legend& row = rows.back();
        const double x = legend_x + column_w * static_cast<double>(col);
        row.swatches.push_back(Swatch{x, ly + (lh - 9) / 2, colour(i)});
        double y = ly;
        for (Line& line : set_text({Span{entries[i], face, false}}, column_w - 16 - (beside ? 0 : 8), 0, size, fonts_)) {
            Label l;
            l.line = std::move(line);
            l.x = x + 16;
            l.y = y + baseline_offset(size, lh);
            l.width = column_w - 16;
            row.labels.push_back(std::move(l));
            y += lh;
        }
        row.height = std::max(row.height, y - ly + 4);
        if (beside) ly = y + 4;
    }

    Item pie;
    pie.height = beside ? std::max(kPieHeight, ly) : kPieHeight;
    Legend side = beside ? std::move(rows.front()) : Legend{};
    pie.draw = [slices = std::move(slices), labels = std::move(labels), side = std::move(side), cx, size,
                space](Canvas& cv, double top) {
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
        it.draw = [row = std::move(rows[r]), size, space](Canvas& cv, double top) { row.draw(cv, top, size, space); };
        push(std::move(it));
    }
}

}  // namespace wardreport::pdf
