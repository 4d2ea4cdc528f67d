// Tables: typed columns (numbers right-aligned in Vietnamese format), wrapped cells, ruled
// borders, a bold header row repeated on every page the table runs onto, a totals row.
#include "builder.hpp"

#include "columns.hpp"
#include "haru.hpp"

#include <wardreport/exporter.hpp>
#include <wardreport/vi_format.hpp>

#include <algorithm>
#include <optional>

namespace wardreport::pdf {
namespace {

constexpr double kPadX = 3, kPadY = 2.5, kRule = 0.5;

bool numeric(doc::CellType t) {
    return t == doc::CellType::Integer || t == doc::CellType::Decimal || t == doc::CellType::Percent ||
           t == doc::CellType::Money;
}

}  // namespace

Item Builder::table_row(const std::vector<std::string>& texts, const std::vector<Face>& faces,
                        const std::vector<double>& widths, const std::vector<doc::Align>& aligns,
                        const doc::TextStyle& st) {
    const double size = st.size_pt, lh = size * std::min(layout_.line_spacing, 1.2);
    const double space = space_width(size, fonts_);
    struct CellLines {
        std::vector<Line> lines;
        double x = 0, width = 0;
        doc::Align align = doc::Align::Left;
    };
    std::vector<CellLines> cells(texts.size());
    std::size_t most = 1;
    double x = geo_.left;
    for (std::size_t c = 0; c < texts.size(); ++c) {
        cells[c].x = x;
        cells[c].width = widths[c];
        cells[c].align = aligns[c];
        cells[c].lines = set_text({Span{texts[c], faces[c], false}}, widths[c] - 2 * kPadX, 0, size, fonts_);
        most = std::max(most, cells[c].lines.size());
        x += widths[c];
    }
    Item it;
    it.height = static_cast<double>(most) * lh + 2 * kPadY;
    const double h = it.height, base = baseline_offset(size, lh), left = geo_.left, right = x;
    it.draw = [cells = std::move(cells), h, lh, base, size, space, left, right](Canvas& c, double top) {
        for (const CellLines& cell : cells) {
            // Vertically centred in the row.
            double y = top + (h - static_cast<double>(cell.lines.size()) * lh) / 2;
            for (const Line& l : cell.lines) {
                draw_line(c, l, cell.x + kPadX, cell.width - 2 * kPadX, cell.align, y + base, size, space);
                y += lh;
            }
        }
        c.line(left, top, right, top, kRule);
        c.line(left, top + h, right, top + h, kRule);
        c.line(left, top, left, top + h, kRule);
        for (const CellLines& cell : cells) c.line(cell.x + cell.width, top, cell.x + cell.width, top + h, kRule);
    };
    return it;
}

// A table being added: its columns' texts and the widths they need, filled step by step.
struct Builder::TableWork {
    const doc::Table& t;
    std::string name;  // "block 3, table 'x'" for messages
    std::size_t ncols;
    doc::TextStyle head_st, cell_st;
    Face head_face, total_face;
    std::vector<doc::Align> aligns;
    std::vector<std::string> head;
    std::vector<ColumnNeed> needs;
    // The current row's cells, as text, and their faces.
    std::vector<doc::Cell> cells;
    std::vector<std::string> texts;
    std::vector<Face> faces;
    std::vector<std::string> total_texts;
};

void Builder::table_captions(const doc::Table& t) {
    const doc::TextStyle title_st = role_style(layout_, "table_title");
    const doc::TextStyle note_st = role_style(layout_, "table_note");
    if (!t.title.empty()) {
        const Face f = face_of(title_st);
        add_lines({Span{text(t.title, f), f, false}}, title_st, doc::Align::Center, 0,
                  std::max(layout_.paragraph_spacing_pt, title_st.space_before_pt));
        items_.back().keep_with_next = true;
    }
    if (!t.unit_note.empty()) {
        const Face f = face_of(false, true);
        add_lines({Span{text(t.unit_note, f), f, false}}, note_st, doc::Align::Right, 0, 0);
        items_.back().keep_with_next = true;
    }
}

// The header's texts, the columns' alignments and what the header needs of their widths.
void Builder::table_header(TableWork& w) {
    for (std::size_t c = 0; c < w.ncols; ++c) {
        const doc::Column& col = w.t.columns[c];
        const bool num = numeric(col.type);
        w.aligns.push_back(num && col.align != doc::Align::Center ? doc::Align::Right
                           : col.align == doc::Align::Justify ? doc::Align::Left
                                                              : col.align);
        where_ = w.name + ", header of column '" + col.key + "'";
        std::string title = col.title;
        if (col.type == doc::CellType::Money && !col.unit.empty()) title += "\n(" + col.unit + ")";
        w.head.push_back(text(title, w.head_face));
        w.needs[c].share = col.width;
        w.needs[c].text = col.type == doc::CellType::Text;
        measure_words(w.head.back(), w.head_face, w.head_st.size_pt, fonts_, w.needs[c].word, w.needs[c].hyphenated);
    }
}

// Row `i`'s cells as text, checked drawable, into w.texts and w.faces; returns the row's name.
std::string Builder::table_cells(TableWork& w, std::size_t i) {
    w.cells.clear();
    w.t.rows->row(i, w.cells);
    const std::string row = w.name + ", row " + std::to_string(i + 1);
    if (w.cells.size() != w.ncols)
        throw ExportError(row + ": has " + std::to_string(w.cells.size()) + " cells; expected " +
                          std::to_string(w.ncols) + ", one per column");
    for (std::size_t c = 0; c < w.ncols; ++c) {
        const doc::Column& col = w.t.columns[c];
        const doc::Cell& cell = w.cells[c];
        where_ = row + ", column '" + col.key + "'";
        w.faces[c] = face_of(w.cell_st.bold || cell.bold, w.cell_st.italic);
        w.texts[c] = text(vi::cell(cell, col.decimals), w.faces[c]);
    }
    return row;
}

void Builder::table_totals(TableWork& w) {
    if (w.t.totals.empty()) return;
    if (w.t.totals.size() != w.ncols)
        throw ExportError(w.name + ", totals row: has " + std::to_string(w.t.totals.size()) + " cells; expected " +
                          std::to_string(w.ncols) + ", one per column");
    for (std::size_t c = 0; c < w.ncols; ++c) {
        const doc::Column& col = w.t.columns[c];
        where_ = w.name + ", totals row, column '" + col.key + "'";
        w.total_texts[c] = text(vi::cell(w.t.totals[c], col.decimals), w.total_face);
        measure_words(w.total_texts[c], w.total_face, w.cell_st.size_pt, fonts_, w.needs[c].word, w.needs[c].hyphenated);
    }
}

// The notes explain the table: they go together, with at least its last row (and the
// header repeated over it), never alone at the top of a page, even when a signature that
// keeps with the lines before it follows.
// (A chain taller than a page is still broken where it must be: see paginate().)
void Builder::table_notes(const doc::Table& t, const std::string& name) {
    const doc::TextStyle note_st = role_style(layout_, "table_note");
    const std::size_t last_row = items_.size() - 1;
    for (std::size_t k = 0; k < t.notes.size(); ++k) {
        where_ = name + ", note " + std::to_string(k + 1);
        const Face f = face_of(note_st);
        add_lines({Span{text(t.notes[k], f), f, false}}, note_st, doc::Align::Justify, 0, k == 0 ? 4 : 0);
    }
    if (!t.notes.empty())
        for (std::size_t i = last_row; i + 1 < items_.size(); ++i) items_[i].keep_with_next = true;
}

void Builder::add(const doc::Table& t) {
    const std::string block = where_;
    const std::string name = block + ", table '" + t.id + "'";
    where_ = name;
    const std::size_t ncols = t.columns.size();
    if (ncols == 0) throw ExportError(name + ": has no columns");
    table_captions(t);

    const doc::TextStyle head_st = role_style(layout_, "table_header");
    const doc::TextStyle cell_st = role_style(layout_, "table_cell");
    TableWork w{t, name, ncols, head_st, cell_st, face_of(true, head_st.italic), face_of(true, cell_st.italic),
                {}, {}, std::vector<ColumnNeed>(ncols), {}, std::vector<std::string>(ncols), std::vector<Face>(ncols),
                std::vector<std::string>(ncols)};
    table_header(w);
    const std::size_t n = t.size();
    // Columns as wide as their longest word needs: a first pass over the rows measures them.
    for (std::size_t i = 0; i < n; ++i) {
        table_cells(w, i);
        for (std::size_t c = 0; c < ncols; ++c)
            measure_words(w.texts[c], w.faces[c], cell_st.size_pt, fonts_, w.needs[c].word, w.needs[c].hyphenated);
    }
    table_totals(w);
    for (ColumnNeed& need : w.needs) {
        need.word += 2 * kPadX;
        need.hyphenated += 2 * kPadX;
    }
    const std::vector<double> widths = fit_columns(w.needs, geo_.width());

    Item header = table_row(w.head, std::vector<Face>(ncols, w.head_face), widths,
                            std::vector<doc::Align>(ncols, doc::Align::Center), head_st);
    header.keep_with_next = true;
    header.where = name + ", header row";
    const int group = static_cast<int>(groups_.size());
    groups_.push_back(Group{header.height, header.draw});
    push(std::move(header));

    const bool totals = !t.totals.empty();
    for (std::size_t i = 0; i < n; ++i) {
        const std::string row = table_cells(w, i);
        Item it = table_row(w.texts, w.faces, widths, w.aligns, cell_st);
        it.group = group;
        it.where = row;
        // The totals row never starts a page alone.
        it.keep_with_next = totals && i + 1 == n;
        push(std::move(it));
    }
    if (totals) {
        std::vector<doc::Align> total_aligns = w.aligns;
        for (std::size_t c = 0; c < ncols; ++c)
            if (t.columns[c].total == doc::Aggregate::Label) total_aligns[c] = doc::Align::Center;
        Item it = table_row(w.total_texts, std::vector<Face>(ncols, w.total_face), widths, total_aligns, cell_st);
        it.group = group;
        it.where = name + ", totals row";
        push(std::move(it));
    }
    table_notes(t, name);
    pending_space_ = std::max(pending_space_, layout_.paragraph_spacing_pt);
    where_ = block;
}

}  // namespace wardreport::pdf
