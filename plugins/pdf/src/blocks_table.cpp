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

void Builder::add(const doc::Table& t) {
    const std::string block = where_;
    const std::string name = block + ", table '" + t.id + "'";
    where_ = name;
    const std::size_t ncols = t.columns.size();
    if (ncols == 0) throw ExportError(name + ": has no columns");
    const doc::TextStyle title_st = role_style(layout_, "table_title");
    const doc::TextStyle head_st = role_style(layout_, "table_header");
    const doc::TextStyle cell_st = role_style(layout_, "table_cell");
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

    std::vector<doc::Align> aligns, centred(ncols, doc::Align::Center);
    std::vector<std::string> head;
    std::vector<ColumnNeed> needs(ncols);
    const Face head_face = face_of(true, head_st.italic);
    for (std::size_t c = 0; c < ncols; ++c) {
        const doc::Column& col = t.columns[c];
        const bool num = numeric(col.type);
        aligns.push_back(num && col.align != doc::Align::Center ? doc::Align::Right
                         : col.align == doc::Align::Justify ? doc::Align::Left
                                                            : col.align);
        where_ = name + ", header of column '" + col.key + "'";
        std::string title = col.title;
        if (col.type == doc::CellType::Money && !col.unit.empty()) title += "\n(" + col.unit + ")";
        head.push_back(text(title, head_face));
        needs[c].share = col.width;
        needs[c].text = col.type == doc::CellType::Text;
        measure_words(head.back(), head_face, head_st.size_pt, fonts_, needs[c].word, needs[c].hyphenated);
    }

    std::vector<doc::Cell> cells;
    std::vector<std::string> texts(ncols);
    std::vector<Face> faces(ncols);
    const std::size_t n = t.size();
    // Row `i`'s cells as text, checked drawable.
    auto format_row = [&](std::size_t i) {
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
            faces[c] = face_of(cell_st.bold || cell.bold, cell_st.italic);
            texts[c] = text(vi::cell(cell, col.decimals), faces[c]);
        }
        return row;
    };
    // Columns as wide as their longest word needs: a first pass over the rows measures them.
    for (std::size_t i = 0; i < n; ++i) {
        format_row(i);
        for (std::size_t c = 0; c < ncols; ++c)
            measure_words(texts[c], faces[c], cell_st.size_pt, fonts_, needs[c].word, needs[c].hyphenated);
    }
    std::vector<std::string> total_texts(ncols);
    const Face total_face = face_of(true, cell_st.italic);
    const bool totals = !t.totals.empty();
    if (totals) {
        if (t.totals.size() != ncols)
            throw ExportError(name + ", totals row: has " + std::to_string(t.totals.size()) + " cells; expected " +
                              std::to_string(ncols) + ", one per column");
        for (std::size_t c = 0; c < ncols; ++c) {
            const doc::Column& col = t.columns[c];
            where_ = name + ", totals row, column '" + col.key + "'";
            total_texts[c] = text(vi::cell(t.totals[c], col.decimals), total_face);
            measure_words(total_texts[c], total_face, cell_st.size_pt, fonts_, needs[c].word, needs[c].hyphenated);
        }
    }
    for (ColumnNeed& need : needs) {
        need.word += 2 * kPadX;
        need.hyphenated += 2 * kPadX;
    }
    const std::vector<double> widths = fit_columns(needs, geo_.width());

    Item header = table_row(head, std::vector<Face>(ncols, head_face), widths, centred, head_st);
    header.keep_with_next = true;
    header.where = name + ", header row";
    const int group = static_cast<int>(groups_.size());
    groups_.push_back(Group{header.height, header.draw});
    push(std::move(header));

    for (std::size_t i = 0; i < n; ++i) {
        const std::string row = format_row(i);
        Item it = table_row(texts, faces, widths, aligns, cell_st);
        it.group = group;
        it.where = row;
        // The totals row never starts a page alone.
        it.keep_with_next = totals && i + 1 == n;
        push(std::move(it));
    }
    if (totals) {
        std::vector<doc::Align> total_aligns = aligns;
        for (std::size_t c = 0; c < ncols; ++c)
            if (t.columns[c].total == doc::Aggregate::Label) total_aligns[c] = doc::Align::Center;
        Item it = table_row(total_texts, std::vector<Face>(ncols, total_face), widths, total_aligns, cell_st);
        it.group = group;
        it.where = name + ", totals row";
        push(std::move(it));
    }
    // The notes explain the table: they go together, with at least its last row (and the
    // header repeated over it), never alone at the top of a page, even when a signature that
    // keeps with the lines before it follows.
    // (A chain taller than a page is still broken where it must be: see paginate().)
    const std::size_t last_row = items_.size() - 1;
    for (std::size_t k = 0; k < t.notes.size(); ++k) {
        where_ = name + ", note " + std::to_string(k + 1);
        const Face f = face_of(note_st);
        add_lines({Span{text(t.notes[k], f), f, false}}, note_st, doc::Align::Justify, 0, k == 0 ? 4 : 0);
    }
    if (!t.notes.empty())
        for (std::size_t i = last_row; i + 1 < items_.size(); ++i) items_[i].keep_with_next = true;
    pending_space_ = std::max(pending_space_, layout_.paragraph_spacing_pt);
    where_ = block;
}

}  // namespace wardreport::pdf
