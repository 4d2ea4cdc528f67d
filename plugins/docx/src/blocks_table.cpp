// Tables: typed columns (numbers right-aligned, in Vietnamese format), a bold header row Word
// repeats on every page the table runs onto (w:tblHeader), rows kept whole, a totals row.
#include "body.hpp"

#include "columns.hpp"
#include "styles.hpp"
#include "width.hpp"
#include "xml.hpp"

#include <wardreport/exporter.hpp>
#include <wardreport/vi_format.hpp>

#include <algorithm>
#include <numeric>
#include <optional>

namespace wardreport::docx {
namespace {

bool numeric(doc::CellType t) {
    return t == doc::CellType::Integer || t == doc::CellType::Decimal || t == doc::CellType::Percent ||
           t == doc::CellType::Money;
}

const char* jc(doc::Align a) {
    switch (a) {
        case doc::Align::Left: return "left";
        case doc::Align::Center: return "center";
        case doc::Align::Right: return "right";
        case doc::Align::Justify: return "both";
    }
    return "left";
}

}  // namespace

pugi::xml_node BodyWriter::table(const std::vector<double>& widths, bool ruled) {
    pugi::xml_node tbl = elem(body_, "w:tbl");
    pugi::xml_node pr = elem(tbl, "w:tblPr");
    if (ruled) elem(pr, "w:tblStyle", {{"w:val", "TableGrid"}});
    const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    elem(pr, "w:tblW", {{"w:w", twips_pt(total)}, {"w:type", "dxa"}});
    elem(pr, "w:tblLayout", {{"w:type", "fixed"}});
    elem(pr, "w:tblLook", {{"w:val", "0000"}, {"w:firstRow", "0"}, {"w:lastRow", "0"}, {"w:firstColumn", "0"},
                          {"w:lastColumn", "0"}, {"w:noHBand", "1"}, {"w:noVBand", "1"}});
    pugi::xml_node grid = elem(tbl, "w:tblGrid");
    for (double w : widths) elem(grid, "w:gridCol", {{"w:w", twips_pt(w)}});
    return tbl;
}

pugi::xml_node BodyWriter::cell(pugi::xml_node row, double width_pt, bool centred) {
    pugi::xml_node tc = elem(row, "w:tc");
    pugi::xml_node pr = elem(tc, "w:tcPr");
    elem(pr, "w:tcW", {{"w:w", twips_pt(width_pt)}, {"w:type", "dxa"}});
    elem(pr, "w:vAlign", {{"w:val", centred ? "center" : "top"}});
    return tc;
}

void BodyWriter::spacer() {
    // Space after a table, as the pdf leaves it; also keeps two tables from running together.
    pugi::xml_node p = elem(body_, "w:p");
    pugi::xml_node ppr = elem(p, "w:pPr");
    elem(ppr, "w:pStyle", {{"w:val", style_id("body")}});
    elem(ppr, "w:spacing", {{"w:before", "0"}, {"w:after", "0"},
                           {"w:line", twips_pt(std::max(layout_.paragraph_spacing_pt, 1.0))}, {"w:lineRule", "exact"}});
    elem(elem(ppr, "w:rPr"), "w:sz", {{"w:val", "2"}});
}

void BodyWriter::add(const doc::Table& t) {
    const std::string block = where_;
    const std::string name = block + ", table '" + t.id + "'";
    where_ = name;
    const std::size_t ncols = t.columns.size();
    if (ncols == 0) throw ExportError(name + ": has no columns");
    const double head_size = layout_.style("table_header").size_pt, cell_size = layout_.style("table_cell").size_pt;
    const bool cell_bold = layout_.style("table_cell").bold;

    if (!t.title.empty()) {
        pugi::xml_node p = paragraph("table_title");
        run(p, t.title);
    }
    if (!t.unit_note.empty()) {
        pugi::xml_node p = paragraph("table_note");
        pugi::xml_node ppr = p.child("w:pPr");
        elem(ppr, "w:keepNext");
        elem(ppr, "w:jc", {{"w:val", "right"}});
        run(p, t.unit_note, false, true);
    }

    std::vector<std::string> head;
    std::vector<ColumnNeed> needs(ncols);
    std::vector<const char*> aligns;
    for (std::size_t c = 0; c < ncols; ++c) {
        const doc::Column& col = t.columns[c];
        where_ = name + ", header of column '" + col.key + "'";
        std::string title = col.title;
        if (col.type == doc::CellType::Money && !col.unit.empty()) title += "\n(" + col.unit + ")";
        head.push_back(text(title));
        needs[c].share = col.width;
        needs[c].text = col.type == doc::CellType::Text;
        needs[c].word = longest_word_pt(head.back(), head_size, true);
        aligns.push_back(jc(numeric(col.type) && col.align != doc::Align::Center ? doc::Align::Right
                            : col.align == doc::Align::Justify ? doc::Align::Left
                                                               : col.align));
    }

    std::vector<doc::Cell> cells;
    std::vector<std::string> texts(ncols);
    std::vector<bool> bolds(ncols), overflowed(ncols);
    std::vector<std::optional<Decimal>> sums(ncols);
    // Row `i`'s cells as checked text; sums the totals when `sum` is set.
    auto format_row = [&](std::size_t i, bool sum) {
        cells.clear();
        t.rows->row(i, cells);
        const std::string row = name + ", row " + std::to_string(i + 1);
        if (cells.size() != ncols)
            throw ExportError(row + ": has " + std::to_string(cells.size()) + " cells; expected " +
                              std::to_string(ncols) + ", one per column");
        for (std::size_t c = 0; c < ncols; ++c) {
            const doc::Column& col = t.columns[c];
            const doc::Cell& cell = cells[c];
            where_ = row + ", column '" + col.key + "'";
            texts[c] = text(vi::cell(cell, col.decimals));
            bolds[c] = cell.bold;
            if (sum && col.total == doc::Aggregate::Sum && numeric(cell.type) && !overflowed[c]) {
                // A total past 64 bits is left empty rather than wrapped into a wrong figure.
                const auto s = sums[c] ? Decimal::checked_add(*sums[c], cell.number) : cell.number;
                if (s) sums[c] = *s;
                else overflowed[c] = true;
            }
        }
    };
    // Columns as wide as their longest word needs: a first pass over the rows measures them.
    const std::size_t n = t.size();
    for (std::size_t i = 0; i < n; ++i) {
        format_row(i, true);
        for (std::size_t c = 0; c < ncols; ++c)
            needs[c].word = std::max(needs[c].word, longest_word_pt(texts[c], cell_size, cell_bold || bolds[c]));
    }
    std::vector<std::string> totals(ncols);
    if (t.totals) {
        for (std::size_t c = 0; c < ncols; ++c) {
            const doc::Column& col = t.columns[c];
            where_ = name + ", totals row, column '" + col.key + "'";
            doc::Cell cell;
            if (col.total == doc::Aggregate::Label) {
                cell.type = doc::CellType::Text;
                cell.text = t.totals_label;
            } else if (col.total == doc::Aggregate::Sum && sums[c] && !overflowed[c]) {
                cell.type = col.type;
                cell.number = *sums[c];
            }
            totals[c] = text(vi::cell(cell, col.decimals));
            needs[c].word = std::max(needs[c].word, longest_word_pt(totals[c], cell_size, true));
        }
    }
    for (ColumnNeed& need : needs) need.word += 2 * kCellPadPt + 1;
    const std::vector<double> widths = fit_columns(needs, text_width_pt());

    // The table's rows go to the sink one at a time: its start tag and properties first (what
    // precedes it too), its rows as the body's children, each flushed, then its end tag.
    pugi::xml_node tbl = table(widths, true);
    std::string start;
    append_children(start, body_);
    const std::string end = "</w:tbl>";
    if (start.size() < end.size() || start.compare(start.size() - end.size(), end.size(), end) != 0)
        throw ExportError(name + ": internal error: the table's start did not serialise as expected");
    sink_ += start.substr(0, start.size() - end.size());
    while (pugi::xml_node c = body_.first_child()) body_.remove_child(c);
    (void)tbl;
    auto add_row = [&](const std::vector<std::string>& values, const char* role, bool header, bool all_bold,
                       const std::vector<const char*>& row_aligns) {
        pugi::xml_node tr = elem(body_, "w:tr");
        pugi::xml_node trpr = elem(tr, "w:trPr");
        elem(trpr, "w:cantSplit");
        if (header) elem(trpr, "w:tblHeader");
        for (std::size_t c = 0; c < ncols; ++c) {
            pugi::xml_node p = paragraph(cell(tr, widths[c]), role);
            pugi::xml_node ppr = p.child("w:pPr");
            if (header) elem(ppr, "w:keepNext");  // not alone at a page's foot
            elem(ppr, "w:jc", {{"w:val", row_aligns[c]}});
            run(p, values[c], all_bold || (!header && bolds[c]));
        }
        flush();
    };
    add_row(head, "table_header", true, false, std::vector<const char*>(ncols, "center"));
    for (std::size_t i = 0; i < n; ++i) {
        format_row(i, false);
        add_row(texts, "table_cell", false, false, aligns);
    }
    if (t.totals) {
        std::vector<const char*> total_aligns = aligns;
        for (std::size_t c = 0; c < ncols; ++c)
            if (t.columns[c].total == doc::Aggregate::Label) total_aligns[c] = "center";
        std::fill(bolds.begin(), bolds.end(), false);
        add_row(totals, "table_cell", false, true, total_aligns);
    }
    sink_ += end;
    for (std::size_t k = 0; k < t.notes.size(); ++k) {
        where_ = name + ", note " + std::to_string(k + 1);
        pugi::xml_node p = paragraph("table_note");
        elem(p.child("w:pPr"), "w:jc", {{"w:val", "both"}});
        run(p, t.notes[k]);
    }
    spacer();
    where_ = block;
}

}  // namespace wardreport::docx
