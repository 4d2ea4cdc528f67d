// Tables: typed columns (numbers right-aligned, in Vietnamese format), a bold header row Word
// repeats on every page the table runs onto (w:tblHeader), rows kept whole, a totals row.
#include "body.hpp"

#include "columns.hpp"
#include "styles.hpp"
#include "text.hpp"
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

// A table's header, rows and totals (the engine's, from the document) as checked text (NFC,
// drawable; errors say where).
class RowReader {
public:
    RowReader(const doc::Table& t, std::string name)
        : t_(t), name_(std::move(name)), texts(t.columns.size()), bolds(t.columns.size()) {}

    // Row `i` into `texts` and `bolds`.
    void read(std::size_t i) {
        const std::size_t ncols = t_.columns.size();
        cells_.clear();
        t_.rows->row(i, cells_);
        const std::string row = name_ + ", row " + std::to_string(i + 1);
        if (cells_.size() != ncols)
            throw ExportError(row + ": has " + std::to_string(cells_.size()) + " cells; expected " +
                              std::to_string(ncols) + ", one per column");
        for (std::size_t c = 0; c < ncols; ++c) {
            const doc::Column& col = t_.columns[c];
            const doc::Cell& cell = cells_[c];
            texts[c] = checked_text(vi::cell(cell, col.decimals), row + ", column '" + col.key + "'");
            bolds[c] = cell.bold;
        }
    }

    // The totals row the engine computed (an unknown total is an empty cell), or none.
    std::vector<std::string> totals() const {
        std::vector<std::string> out;
        if (t_.totals.empty()) return out;
        if (t_.totals.size() != t_.columns.size())
            throw ExportError(name_ + ", totals row: has " + std::to_string(t_.totals.size()) + " cells; expected " +
                              std::to_string(t_.columns.size()) + ", one per column");
        for (std::size_t c = 0; c < t_.columns.size(); ++c)
            out.push_back(checked_text(vi::cell(t_.totals[c], t_.columns[c].decimals),
                                       name_ + ", totals row, column '" + t_.columns[c].key + "'"));
        return out;
    }

    // The header row: each column's title, a money column's unit under it.
    std::vector<std::string> header() const {
        std::vector<std::string> out;
        for (const doc::Column& col : t_.columns) {
            std::string title = col.title;
            if (col.type == doc::CellType::Money && !col.unit.empty()) title += "\n(" + col.unit + ")";
            out.push_back(checked_text(title, name_ + ", header of column '" + col.key + "'"));
        }
        return out;
    }

    // What each column needs before its rows are read: its share and its title's longest word.
    std::vector<ColumnNeed> header_needs(double size) const {
        std::vector<ColumnNeed> needs;
        const std::vector<std::string> head = header();
        for (std::size_t c = 0; c < head.size(); ++c) {
            const doc::Column& col = t_.columns[c];
            needs.push_back({col.width, longest_word_pt(head[c], size, true), col.type == doc::CellType::Text});
        }
        return needs;
    }

    // Numbers right-aligned (unless centred), text as its column says.
    std::vector<const char*> aligns() const {
        std::vector<const char*> out;
        for (const doc::Column& col : t_.columns)
            out.push_back(jc(numeric(col.type) && col.align != doc::Align::Center ? doc::Align::Right
                             : col.align == doc::Align::Justify ? doc::Align::Left
                                                                : col.align));
        return out;
    }

private:
    const doc::Table& t_;
    std::string name_;
    std::vector<doc::Cell> cells_;

public:
    // The row read last.
    std::vector<std::string> texts;
    std::vector<bool> bolds;

private:
};

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

void BodyWriter::table_caption(const doc::Table& t) {
    if (!t.title.empty()) run(paragraph("table_title"), t.title);
    if (!t.unit_note.empty()) {
        pugi::xml_node p = paragraph("table_note");
        pugi::xml_node ppr = p.child("w:pPr");
        elem(ppr, "w:keepNext");
        elem(ppr, "w:jc", {{"w:val", "right"}});
        run(p, t.unit_note, false, true);
    }
}

void BodyWriter::table_row(const std::vector<std::string>& values, const std::vector<bool>& bold,
                           const std::vector<double>& widths, const std::vector<const char*>& aligns,
                           const char* role, bool header) {
    pugi::xml_node tr = elem(body_, "w:tr");
    pugi::xml_node trpr = elem(tr, "w:trPr");
    elem(trpr, "w:cantSplit");
    if (header) elem(trpr, "w:tblHeader");
    for (std::size_t c = 0; c < values.size(); ++c) {
        pugi::xml_node p = paragraph(cell(tr, widths[c]), role);
        pugi::xml_node ppr = p.child("w:pPr");
        if (header) elem(ppr, "w:keepNext");  // not alone at a page's foot
        elem(ppr, "w:jc", {{"w:val", aligns[c]}});
        run_text(p, values[c], bold[c]);
    }
    flush();
}

std::string BodyWriter::start_streamed_table(const std::vector<double>& widths) {
    // The table's start tag and properties go to the sink first (with what precedes it), its
    // rows then one at a time as the body's children, then its end tag (returned).
    table(widths, true);
    std::string start;
    append_children(start, body_);
    const std::string end = "</w:tbl>";
    if (start.size() < end.size() || start.compare(start.size() - end.size(), end.size(), end) != 0)
        throw ExportError(where_ + ": internal error: the table's start did not serialise as expected");
    sink_ += start.substr(0, start.size() - end.size());
    while (pugi::xml_node c = body_.first_child()) body_.remove_child(c);
    return end;
}

void BodyWriter::add(const doc::Table& t) {
    const std::string block = where_;
    const std::string name = block + ", table '" + t.id + "'";
    where_ = name;
    if (t.columns.empty()) throw ExportError(name + ": has no columns");
    table_caption(t);

    // Columns as wide as their longest word needs: a first pass over the rows measures them.
    RowReader rows(t, name);
    std::vector<ColumnNeed> needs = rows.header_needs(layout_.style("table_header").size_pt);
    const double cell_size = layout_.style("table_cell").size_pt;
    const bool cell_bold = layout_.style("table_cell").bold;
    const std::size_t n = t.size(), ncols = t.columns.size();
    for (std::size_t i = 0; i < n; ++i) {
        rows.read(i);
        for (std::size_t c = 0; c < ncols; ++c)
            needs[c].word = std::max(needs[c].word, longest_word_pt(rows.texts[c], cell_size, cell_bold || rows.bolds[c]));
    }
    const std::vector<std::string> totals = rows.totals();
    for (std::size_t c = 0; c < totals.size(); ++c)
        needs[c].word = std::max(needs[c].word, longest_word_pt(totals[c], cell_size, true));
    for (ColumnNeed& need : needs) need.word += 2 * kCellPadPt + 1;
    const std::vector<double> widths = fit_columns(needs, text_width_pt());

    where_ = name;
    const std::string end = start_streamed_table(widths);
    table_row(rows.header(), std::vector<bool>(ncols, false), widths, std::vector<const char*>(ncols, "center"),
              "table_header", true);
    const std::vector<const char*> aligns = rows.aligns();
    for (std::size_t i = 0; i < n; ++i) {
        rows.read(i);
        table_row(rows.texts, rows.bolds, widths, aligns, "table_cell", false);
    }
    if (!totals.empty()) {
        std::vector<const char*> total_aligns = aligns;
        for (std::size_t c = 0; c < ncols; ++c)
            if (t.columns[c].total == doc::Aggregate::Label) total_aligns[c] = "center";
        table_row(totals, std::vector<bool>(ncols, true), widths, total_aligns, "table_cell", false);
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
