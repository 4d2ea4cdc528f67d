// Turns the blocks of a document into flow items (see flow.hpp), measuring with the document's
// fonts and checking that they can draw every character. One source file per kind of block.
#pragma once

#include "flow.hpp"
#include "fonts.hpp"
#include "linebreak.hpp"
#include "styles.hpp"

#include <wardreport/document.hpp>

#include <string>
#include <vector>

namespace wardreport::pdf {

struct Geometry {
    double page_width = 0, page_height = 0;
    double left = 0, top = 0, right = 0, bottom = 0;  // margins
    double width() const { return page_width - left - right; }
    double height() const { return page_height - top - bottom; }
};

Geometry geometry_of(const doc::Layout& layout);

// Whether block `k` goes on landscape pages of a portrait document: a Table with
// landscape_hint, and the headings right before it (a heading never ends a page).
std::vector<bool> turned_blocks(const doc::Document& document);

// Where on a line of height `line_height` the baseline of `size`-point Liberation Serif sits:
// the face's ascent and descent (0.891 and 0.216 em) centred in the line.
double baseline_offset(double size, double line_height);

// Draws the words of `line` set `width` wide from `x`, baseline at `baseline`.
void draw_line(Canvas& canvas, const Line& line, double x, double width, doc::Align align, double baseline,
               double size, double space);

// Bookmarks, created while pages are drawn so that they point at the right page.
class Outlines {
public:
    explicit Outlines(HaruDoc& doc) : doc_(doc) {}
    void add(Canvas& canvas, int level, const std::string& title, double top);
    bool empty() const { return stack_.empty(); }

private:
    HaruDoc& doc_;
    std::vector<std::pair<int, HPDF_Outline>> stack_;  // open ancestors, by level
};

class Builder {
public:
    Builder(const doc::Document& document, FontSet& fonts, Outlines& outlines);

    void build();
    const std::vector<Item>& items() const { return items_; }
    const std::vector<Group>& groups() const { return groups_; }
    // The document's pages, and the turned pages of wide tables in a portrait document.
    const Geometry& geometry() const { return portrait_; }
    const Geometry& landscape_geometry() const { return turned_; }

private:
    void add(const doc::OfficialHeader& b);
    void add(const doc::Title& b);
    void add(const doc::Heading& b);
    void add(const doc::Paragraph& b);
    void add(const doc::List& b);
    void add(const doc::Table& b);
    void add(const doc::Chart& b);
    void add(const doc::KeyFigures& b);
    void add(const doc::Closing& b);
    void add(const doc::PageBreak& b);

    // NFC of `s`, checked drawable in `face`; errors name where_.
    std::string text(const std::string& s, Face face);
    std::vector<Span> spans(const std::vector<doc::Run>& runs, const doc::TextStyle& style);

    // Lines of a paragraph-like text as items; returns the index of the first item.
    std::size_t add_lines(const std::vector<Span>& spans, const doc::TextStyle& style, doc::Align align,
                          double indent, double space_before);
    void push(Item item);
    double line_height(double size) const { return size * layout_.line_spacing; }

    // The header and closing blocks: centred lines in a column, measured and drawn later.
    struct ColumnLine {
        Line line;
        double size = 0, space = 0, height = 0;
    };
    std::vector<ColumnLine> column_lines(const std::string& s, const doc::TextStyle& style, double width);

    // One table row (or the header row): cells wrapped in their columns, borders all round.
    Item table_row(const std::vector<std::string>& texts, const std::vector<Face>& faces,
                   const std::vector<double>& widths, const std::vector<doc::Align>& aligns,
                   const doc::TextStyle& style);
    // The steps of add(const doc::Table&) (blocks_table.cpp).
    struct TableWork;
    void table_captions(const doc::Table& t);
    void table_header(TableWork& w);
    std::string table_cells(TableWork& w, std::size_t i);
    void table_totals(TableWork& w);
    void table_notes(const doc::Table& t, const std::string& name);
    void add_pie(const doc::Chart& c);
    void add_bars(const doc::Chart& c);
    bool columns_fit(const doc::Chart& c, double size);
    void add_hbars(const doc::Chart& c);

    const doc::Document& doc_;
    const doc::Layout& layout_;
    FontSet& fonts_;
    Outlines& outlines_;
    Geometry portrait_, turned_;
    Geometry geo_;            // of the pages the current block goes on
    bool landscape_ = false;  // the current block goes on turned pages
    std::vector<Item> items_;
    std::vector<Group> groups_;
    std::string where_;
    double pending_space_ = 0;
};

}  // namespace wardreport::pdf
