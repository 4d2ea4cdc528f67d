#include "chart_part.hpp"

#include "xml.hpp"

#include <cstdio>

namespace wardreport::docx {
namespace {

// The pdf's palette, so both formats colour a chart alike.
const char* const kPalette[] = {"2E5C9E", "D96B26", "54994D", "DBB329", "8C5C9E", "66A8C7", "B8474F", "808080"};
const char* colour(std::size_t i) { return kPalette[i % (sizeof kPalette / sizeof kPalette[0])]; }

// The shortest round-trip text of a value, as spreadsheets store numbers.
std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

void val(pugi::xml_node parent, const char* name, const std::string& v) { elem(parent, name, {{"val", v}}); }

void fill(pugi::xml_node sppr, const char* rgb) {
    elem(elem(sppr, "a:solidFill"), "a:srgbClr", {{"val", rgb}});
}

// Text properties: the document's font at `size_pt`.
void text_props(pugi::xml_node parent, const std::string& font, double size_pt) {
    pugi::xml_node tx = elem(parent, "c:txPr");
    elem(tx, "a:bodyPr");
    elem(tx, "a:lstStyle");
    pugi::xml_node p = elem(tx, "a:p");
    pugi::xml_node ppr = elem(p, "a:pPr");
    pugi::xml_node def = elem(ppr, "a:defRPr", {{"sz", std::to_string(std::lround(size_pt * 100))}});
    elem(def, "a:latin", {{"typeface", font}});
    elem(def, "a:cs", {{"typeface", font}});
    elem(p, "a:endParaRPr", {{"lang", "vi-VN"}});
}

std::string range(std::size_t column, std::size_t rows) {
    const std::string c = column == 0 ? "A" : series_column(column - 1);
    return std::string(kChartSheet) + "!$" + c + "$2:$" + c + "$" + std::to_string(rows + 1);
}

void series_name(pugi::xml_node ser, const ChartSeries& s, std::size_t k) {
    pugi::xml_node ref = elem(elem(ser, "c:tx"), "c:strRef");
    elem_text(ref, "c:f", std::string(kChartSheet) + "!$" + series_column(k) + "$1");
    pugi::xml_node cache = elem(ref, "c:strCache");
    val(cache, "c:ptCount", "1");
    elem_text(elem(cache, "c:pt", {{"idx", "0"}}), "c:v", s.name);
}

void categories(pugi::xml_node ser, const ChartData& d) {
    pugi::xml_node ref = elem(elem(ser, "c:cat"), "c:strRef");
    elem_text(ref, "c:f", range(0, d.categories.size()));
    pugi::xml_node cache = elem(ref, "c:strCache");
    val(cache, "c:ptCount", std::to_string(d.categories.size()));
    for (std::size_t i = 0; i < d.categories.size(); ++i)
        elem_text(elem(cache, "c:pt", {{"idx", std::to_string(i)}}), "c:v", d.categories[i]);
}

void values(pugi::xml_node ser, const ChartSeries& s, std::size_t k, std::size_t rows) {
    pugi::xml_node ref = elem(elem(ser, "c:val"), "c:numRef");
    elem_text(ref, "c:f", range(k + 1, rows));
    pugi::xml_node cache = elem(ref, "c:numCache");
    elem_text(cache, "c:formatCode", s.format);
    val(cache, "c:ptCount", std::to_string(s.values.size()));
    for (std::size_t i = 0; i < s.values.size(); ++i)  // an unknown value has no point: a gap
        if (s.values[i]) elem_text(elem(cache, "c:pt", {{"idx", std::to_string(i)}}), "c:v", number(*s.values[i]));
}

void labels(pugi::xml_node ser, const ChartSeries& s, const char* position) {
    pugi::xml_node dl = elem(ser, "c:dLbls");
    elem(dl, "c:numFmt", {{"formatCode", s.format}, {"sourceLinked", "0"}});
    elem(elem(dl, "c:spPr"), "a:noFill");
    if (position) val(dl, "c:dLblPos", position);
    for (const char* flag : {"c:showLegendKey", "c:showVal", "c:showCatName", "c:showSerName", "c:showPercent",
                             "c:showBubbleSize"})
        val(dl, flag, std::string(flag) == "c:showVal" ? "1" : "0");
}

void pie(pugi::xml_node plot, const ChartData& d) {
    pugi::xml_node chart = elem(plot, "c:pieChart");
    val(chart, "c:varyColors", "1");
    const ChartSeries& s = d.series.front();
    pugi::xml_node ser = elem(chart, "c:ser");
    val(ser, "c:idx", "0");
    val(ser, "c:order", "0");
    series_name(ser, s, 0);
    for (std::size_t i = 0; i < d.categories.size(); ++i) {
        pugi::xml_node pt = elem(ser, "c:dPt");
        val(pt, "c:idx", std::to_string(i));
        val(pt, "c:bubble3D", "0");
        fill(elem(pt, "c:spPr"), colour(i));
    }
    labels(ser, s, "bestFit");
    categories(ser, d);
    values(ser, s, 0, d.categories.size());
    val(chart, "c:firstSliceAng", "0");
}

void axes(pugi::xml_node plot, const std::string& font, double size, const std::string& format) {
    pugi::xml_node cat = elem(plot, "c:catAx");
    val(cat, "c:axId", "1001");
    val(elem(cat, "c:scaling"), "c:orientation", "minMax");
    val(cat, "c:delete", "0");
    val(cat, "c:axPos", "b");
    elem(cat, "c:numFmt", {{"formatCode", "General"}, {"sourceLinked", "0"}});
    val(cat, "c:majorTickMark", "none");
    val(cat, "c:minorTickMark", "none");
    val(cat, "c:tickLblPos", "low");
    text_props(cat, font, size);
    val(cat, "c:crossAx", "1002");
    val(cat, "c:crosses", "autoZero");
    val(cat, "c:auto", "1");
    val(cat, "c:lblAlgn", "ctr");
    val(cat, "c:lblOffset", "100");
    val(cat, "c:noMultiLvlLbl", "0");
    pugi::xml_node v = elem(plot, "c:valAx");
    val(v, "c:axId", "1002");
    val(elem(v, "c:scaling"), "c:orientation", "minMax");
    val(v, "c:delete", "0");
    val(v, "c:axPos", "l");
    pugi::xml_node grid = elem(elem(v, "c:majorGridlines"), "c:spPr");
    pugi::xml_node ln = elem(grid, "a:ln", {{"w", "6350"}});
    fill(ln, "D1D1D1");
    elem(v, "c:numFmt", {{"formatCode", format}, {"sourceLinked", "0"}});
    val(v, "c:majorTickMark", "out");
    val(v, "c:minorTickMark", "none");
    val(v, "c:tickLblPos", "nextTo");
    text_props(v, font, size);
    val(v, "c:crossAx", "1001");
    val(v, "c:crosses", "autoZero");
    val(v, "c:crossBetween", "between");
}

void bars(pugi::xml_node plot, const ChartData& d, const std::string& font, double size) {
    pugi::xml_node chart = elem(plot, "c:barChart");
    val(chart, "c:barDir", "col");
    val(chart, "c:grouping", "clustered");
    val(chart, "c:varyColors", "0");
    std::size_t reference = d.series.size();
    for (std::size_t k = 0; k < d.series.size(); ++k) {
        const ChartSeries& s = d.series[k];
        if (s.reference) {
            reference = k;
            continue;
        }
        pugi::xml_node ser = elem(chart, "c:ser");
        val(ser, "c:idx", std::to_string(k));
        val(ser, "c:order", std::to_string(k));
        series_name(ser, s, k);
        fill(elem(ser, "c:spPr"), colour(k));
        val(ser, "c:invertIfNegative", "0");
        labels(ser, s, "outEnd");
        categories(ser, d);
        values(ser, s, k, d.categories.size());
    }
    val(chart, "c:gapWidth", "80");
    val(chart, "c:axId", "1001");
    val(chart, "c:axId", "1002");
    if (reference < d.series.size()) {
        // The reference level as a red dashed line over the same axes.
        pugi::xml_node line = elem(plot, "c:lineChart");
        val(line, "c:grouping", "standard");
        val(line, "c:varyColors", "0");
        const ChartSeries& s = d.series[reference];
        pugi::xml_node ser = elem(line, "c:ser");
        val(ser, "c:idx", std::to_string(reference));
        val(ser, "c:order", std::to_string(reference));
        series_name(ser, s, reference);
        pugi::xml_node ln = elem(elem(ser, "c:spPr"), "a:ln", {{"w", "19050"}});
        fill(ln, "CC1A1A");
        val(ln, "a:prstDash", "dash");
        val(elem(ser, "c:marker"), "c:symbol", "none");
        // Its value ("100%") at its right end, just over the line, as the pdf labels it.
        pugi::xml_node dls = elem(ser, "c:dLbls");
        pugi::xml_node dl = elem(dls, "c:dLbl");
        val(dl, "c:idx", std::to_string(d.categories.size() - 1));
        val(dl, "c:dLblPos", "t");
        for (const char* flag : {"c:showLegendKey", "c:showVal", "c:showCatName", "c:showSerName", "c:showPercent",
                                 "c:showBubbleSize"})
            val(dl, flag, std::string(flag) == "c:showSerName" ? "1" : "0");
        for (const char* flag : {"c:showLegendKey", "c:showVal", "c:showCatName", "c:showSerName", "c:showPercent",
                                 "c:showBubbleSize"})
            val(dls, flag, "0");
        categories(ser, d);
        values(ser, s, reference, d.categories.size());
        val(ser, "c:smooth", "0");
        val(line, "c:marker", "1");
        val(line, "c:axId", "1001");
        val(line, "c:axId", "1002");
    }
    axes(plot, font, size, d.series.front().format);
}

}  // namespace

std::string chart_part(const ChartData& d, const doc::Layout& layout, const std::string& font) {
    pugi::xml_document x;
    pugi::xml_node space = start_part(x, "c:chartSpace", {{"c", ns::c}, {"a", ns::a}, {"r", ns::r}});
    val(space, "c:date1904", "0");
    val(space, "c:lang", "vi-VN");
    val(space, "c:roundedCorners", "0");
    pugi::xml_node chart = elem(space, "c:chart");
    // The title is the paragraph above the chart, as in the pdf: editable with the text.
    val(chart, "c:autoTitleDeleted", "1");
    pugi::xml_node plot = elem(chart, "c:plotArea");
    elem(plot, "c:layout");
    const double size = layout.style("chart_label").size_pt;
    if (d.kind == doc::ChartKind::Pie) pie(plot, d);
    else bars(plot, d, font, size);
    // A legend as the pdf has one: for a pie, and for bars of several series or a named one.
    std::size_t bars = 0, named = 0;
    for (const ChartSeries& s : d.series) {
        bars += !s.reference;
        named += !s.reference && !s.name.empty();
    }
    if (d.kind == doc::ChartKind::Pie || bars > 1 || named > 0) {
        pugi::xml_node legend = elem(chart, "c:legend");
        val(legend, "c:legendPos", d.kind == doc::ChartKind::Pie ? "r" : "t");
        for (std::size_t k = 0; k < d.series.size(); ++k)
            if (d.series[k].reference) {  // the line is labelled by its value, not in the legend
                pugi::xml_node e = elem(legend, "c:legendEntry");
                val(e, "c:idx", std::to_string(k));
                val(e, "c:delete", "1");
            }
        val(legend, "c:overlay", "0");
    }
    val(chart, "c:plotVisOnly", "1");
    val(chart, "c:dispBlanksAs", "gap");
    // No frame around the chart, as in the pdf.
    pugi::xml_node sppr = elem(space, "c:spPr");
    elem(sppr, "a:noFill");
    elem(elem(sppr, "a:ln"), "a:noFill");
    text_props(space, font, size);
    pugi::xml_node ext = elem(space, "c:externalData", {{"r:id", kChartWorkbookRelId}});
    val(ext, "c:autoUpdate", "0");
    return serialise(x);
}

}  // namespace wardreport::docx
