// Charts: the title as a paragraph (as the pdf sets it), then the chart itself inline, a native
// Word chart with its data in an embedded workbook (chart_part.hpp, chart_workbook.hpp).
#include "body.hpp"

#include "chart_part.hpp"
#include "chart_workbook.hpp"
#include "styles.hpp"
#include "text.hpp"
#include "xml.hpp"

#include <wardreport/exporter.hpp>

#include <algorithm>
#include <cmath>

namespace wardreport::docx {
namespace {

// A spreadsheet number format with `decimals` digits (as many as needed, up to 2, when -1)
// and the chart's unit: 0.0"%", #,##0" người".
std::string number_format(int decimals, const std::string& unit) {
    std::string f = decimals < 0 ? "#,##0.##" : decimals == 0 ? "#,##0" : "#,##0." + std::string(static_cast<std::size_t>(decimals), '0');
    if (!unit.empty()) f += "\"" + std::string(unit == "%" ? "" : " ") + unit + "\"";
    return f;
}

// The reference level's label, "100%", in Vietnamese notation.
std::string reference_name(double v, const std::string& unit) {
    const bool whole = std::fabs(v - std::round(v)) < 1e-9;
    const Decimal d = Decimal::from_double(v, whole ? 0 : 2);
    std::string s = d.to_string();
    std::replace(s.begin(), s.end(), '.', ',');
    if (unit.empty()) return s;
    return s + (unit == "%" ? "" : " ") + unit;
}

}  // namespace

void BodyWriter::add(const doc::Chart& c) {
    const std::string block = where_;
    where_ = block + ", chart '" + c.id + "'";
    if (c.series.empty() || c.categories.empty()) throw ExportError(where_ + ": has no data to draw");
    if (!c.title.empty()) run(paragraph("chart_title"), c.title);

    ChartData data;
    data.kind = c.kind;
    data.date = doc_.meta.date;
    for (std::size_t i = 0; i < c.categories.size(); ++i) {
        where_ = block + ", chart '" + c.id + "', category " + std::to_string(i + 1);
        data.categories.push_back(text(c.categories[i]));
    }
    if (const doc::Table* t = c.table.empty() ? nullptr : doc_.find_table(c.table))
        for (const doc::Column& col : t->columns)
            if (col.key == c.category_column) data.category_title = text(col.title);
    const std::size_t nseries = c.kind == doc::ChartKind::Pie ? 1 : c.series.size();
    for (std::size_t k = 0; k < nseries; ++k) {
        const doc::Series& s = c.series[k];
        where_ = block + ", chart '" + c.id + "', series " + std::to_string(k + 1);
        if (s.values.size() != c.categories.size())
            throw ExportError(where_ + ": has " + std::to_string(s.values.size()) + " values; expected " +
                              std::to_string(c.categories.size()) + ", one per category");
        for (const auto& v : s.values)
            if (v && !std::isfinite(*v)) throw ExportError(where_ + ": a value is not a finite number");
        // As the pdf labels them: a slice with the table's decimals and the unit, a bar with
        // as few decimals as it needs (the axis and the title carry the unit).
        const std::string format =
            c.kind == doc::ChartKind::Pie ? number_format(doc::series_decimals(doc_, c, s), c.unit) : "General";
        data.series.push_back({text(s.name), s.values, format, false});
    }
    if (c.reference && c.kind == doc::ChartKind::Bar && std::isfinite(*c.reference)) {
        ChartSeries ref;
        ref.name = reference_name(*c.reference, c.unit);
        ref.values.assign(c.categories.size(), *c.reference);
        ref.format = "General";
        ref.reference = true;
        data.series.push_back(std::move(ref));
    }
    where_ = block + ", chart '" + c.id + "'";
    const std::string font = font_name(layout_);
    parts_.charts.push_back({chart_part(data, layout_, font), chart_workbook(data, scratch_, where_)});
    const std::size_t k = parts_.charts.size();

    // The chart inline, as wide as the text, in a centred paragraph kept with its title.
    const double width_mm = text_width_pt() * 25.4 / 72;
    const double height_mm = c.kind == doc::ChartKind::Pie ? 75 : 90;
    pugi::xml_node p = paragraph("chart_title");
    elem(p.child("w:pPr"), "w:jc", {{"w:val", "center"}});
    pugi::xml_node inl = elem(elem(elem(p, "w:r"), "w:drawing"), "wp:inline",
                             {{"distT", "0"}, {"distB", "0"}, {"distL", "0"}, {"distR", "0"}});
    elem(inl, "wp:extent", {{"cx", std::to_string(emu_mm(width_mm))}, {"cy", std::to_string(emu_mm(height_mm))}});
    elem(inl, "wp:effectExtent", {{"l", "0"}, {"t", "0"}, {"r", "0"}, {"b", "0"}});
    elem(inl, "wp:docPr", {{"id", std::to_string(k)}, {"name", "Chart " + std::to_string(k)},
                          {"descr", c.title.empty() ? c.id : text(c.title)}});
    elem(inl, "wp:cNvGraphicFramePr");
    pugi::xml_node data_node = elem(elem(inl, "a:graphic", {{"xmlns:a", ns::a}}), "a:graphicData", {{"uri", ns::c}});
    elem(data_node, "c:chart", {{"xmlns:c", ns::c}, {"xmlns:r", ns::r}, {"r:id", chart_rel_id(k - 1)}});
    where_ = block;
}

}  // namespace wardreport::docx
