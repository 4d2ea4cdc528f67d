// The format-neutral report document: what a report definition builds from the ward model and
// every export plugin renders. It is made of the blocks official Vietnamese documents are made
// of; all text is final (numbered, formatted in Vietnamese, NFC), so every format shows the same
// content and a writer only decides how it looks, guided by the layout profile.
#pragma once

#include <wardreport/decimal.hpp>
#include <wardreport/date.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace wardreport::doc {

enum class Align { Left, Center, Right, Justify };

// ---- layout profile (reports/profiles/*.yaml) ----------------------------------------------------

// How one element role is set. Roles used by the built-in reports and writers:
//   national_title, motto, superior_body, issuing_body, number, place_date, doc_type, summary,
//   heading1, heading2, heading3, body, table_title, table_header, table_cell, table_note,
//   chart_title, chart_label, key_figure, signature_authority, signature_title, signer_name,
//   recipients_label, recipients, page_number
struct TextStyle {
    double size_pt = 14;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool caps = false;           // already applied to the text by the builder; informative
    Align align = Align::Left;
    double space_before_pt = 0;
    double space_after_pt = 0;
};

enum class PageNumberPosition { None, TopCenter, BottomCenter, BottomRight };

// What goes under the issuing body in the header: a "*" (Party) or a short rule (state).
enum class IssuerMark { None, Star, Rule };

struct Layout {
    std::string profile;                 // "hd36", "nd30"
    std::string description;
    double page_width_mm = 210;          // A4 portrait; swapped by the writer when landscape
    double page_height_mm = 297;
    bool landscape = false;
    double margin_top_mm = 20, margin_bottom_mm = 20, margin_left_mm = 30, margin_right_mm = 15;
    std::string font_family = "Liberation Serif";
    std::map<std::string, TextStyle> styles;  // by role, see TextStyle
    double line_spacing = 1.15;          // multiple of the font size
    double first_line_indent_mm = 12.7;
    double paragraph_spacing_pt = 6;
    double header_left_share = 0.43;     // width of the header's left column
    IssuerMark issuer_mark = IssuerMark::Star;
    double issuer_rule_share = 0.4;      // Rule mark: length as a share of the issuer text
    bool number_colon = false;           // "Số: 05/BC-UBND" (state) vs "Số 01-NQ/ĐH" (Party)
    PageNumberPosition page_numbers = PageNumberPosition::TopCenter;
    bool number_first_page = false;

    // The style of `role`, or the body style when the profile does not name the role.
    const TextStyle& style(const std::string& role) const {
        auto it = styles.find(role);
        if (it != styles.end()) return it->second;
        static const TextStyle fallback;
        auto body = styles.find("body");
        return body != styles.end() ? body->second : fallback;
    }
};

// ---- text ----------------------------------------------------------------------------------------

struct Run {
    std::string text;
    bool bold = false;
    bool italic = false;
    bool underline = false;
};

// ---- blocks --------------------------------------------------------------------------------------

// The two-column official header. Left: superior body (regular caps), issuing body (bold caps,
// one entry a line), then the layout's issuer mark, then the number line. Right: national or
// Party title (with a rule under it as long as the text), the motto when there is one, then the
// italic place and date.
struct OfficialHeader {
    std::string superior_body;              // "ĐẢNG BỘ TỈNH PHÚ THỌ"; may be empty
    std::vector<std::string> issuing_body;  // {"ĐẠI HỘI ĐẠI BIỂU", "ĐẢNG BỘ PHƯỜNG KỲ SƠN", "LẦN THỨ I"}
    std::string number;                     // "Số 01-NQ/ĐH"; empty when unnumbered
    std::string national_title;             // "ĐẢNG CỘNG SẢN VIỆT NAM"
    std::string motto;                      // "Độc lập - Tự do - Hạnh phúc" (state only)
    std::string place_date;                 // "Kỳ Sơn, ngày 23 tháng 7 năm 2025"
};

// The centred document type and its summary (trích yếu), one entry a line.
struct Title {
    std::string type;                       // "NGHỊ QUYẾT"
    std::vector<std::string> summary;       // {"ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG KỲ SƠN", ...}
};

// A section heading; `number` is already in the profile's style ("I-", "1.", "a)").
struct Heading {
    int level = 1;                          // 1..3 → roles heading1..heading3
    std::string number;
    std::string text;                       // caps already applied when the style wants caps
    std::string anchor;                     // stable id, for bookmarks and links
};

struct Paragraph {
    std::vector<Run> runs;
    std::string role = "body";
    Align align = Align::Justify;
    bool first_line_indent = true;
};

// A list of items, each shown after its marker ("-", "+", "1.").
struct List {
    std::vector<std::vector<Run>> items;
    std::string marker = "-";               // a fixed marker, or "1." to number items 1., 2., ...
    std::string role = "body";
};

// ---- tables ----------------------------------------------------------------------------------------

enum class CellType {
    Empty,    // nothing, or unknown: never shown as 0
    Text,
    Integer,  // 1.789
    Decimal,  // 115,689 (Column::decimals digits)
    Percent,  // value in percent points: 68.3 → "68,3%"
    Money,    // value in Column::unit: 921 → "921 tỷ đồng" (or "921" under a unit header)
};

struct Cell {
    CellType type = CellType::Empty;
    Decimal number;                         // numeric types
    std::string text;                       // Text; for numeric types an optional display override
    bool bold = false;
    // Where a value a clerk types in this cell goes in the ward model, when the report makes the
    // cell an input ("resolution.targets.thu-ngan-sach.actual"); empty for every other cell.
    // Spreadsheets mark such cells as inputs and record the path, so `wardreport import` can read
    // a filled workbook back without guessing by position. A key figure's value (KeyFigure::value)
    // may carry the path of a table's input cell showing the same figure: it is no input itself,
    // and a spreadsheet writes it as a formula of that input cell (found by its row's model key,
    // so that sorted or moved rows still work) with this cell's value cached, or as this value
    // when no cell of the workbook is that input. Fixed documents (pdf, docx) ignore the path.
    std::string input;
};

// What a totals row holds in a column.
enum class Aggregate { None, Sum, Label };

struct Column {
    std::string key;                        // stable id, used by formulas: "actual"
    std::string title;                      // header text, may contain '\n'
    CellType type = CellType::Text;
    int decimals = 0;                       // Decimal/Percent/Money: digits shown after the comma
    std::string unit;                       // Money: "tỷ đồng"; shown in the header by writers
    Align align = Align::Left;              // numbers: Right
    double width = 1.0;                     // relative width
    // A derived column keeps its formula so spreadsheets can keep it live. The language is
    // wardreport/formula.hpp's (parse it there, never by hand): arithmetic, comparisons, "text",
    // IF, ISNUMBER, MIN, MAX, ABS, LEFT over `{key}`, the same row's cell of column `key`. Its cells
    // hold the engine's value (Empty when unknown), which a writer that does not evaluate or
    // does not understand the formula shows as is. A row the formula does not cover holds a
    // cell that gets no formula: a Text cell in a numeric column ("—" where nothing applies, ""
    // for an unknown value), a number with its display text (`text`), or in a Text column an
    // Empty cell with its text.
    std::string formula;
    Aggregate total = Aggregate::None;      // in the totals row, when the table has one
};

// Rows are read through this interface so that a table can be generated on demand: a
// 1,000,000-row statistics table never needs to be held in memory at once.
class RowSource {
public:
    virtual ~RowSource() = default;
    virtual std::size_t size() const = 0;
    // Fills `out` (resized to the number of columns) with row `i`, 0 <= i < size().
    virtual void row(std::size_t i, std::vector<Cell>& out) const = 0;
};

class VectorRows final : public RowSource {
public:
    explicit VectorRows(std::vector<std::vector<Cell>> rows) : rows_(std::move(rows)) {}
    std::size_t size() const override { return rows_.size(); }
    void row(std::size_t i, std::vector<Cell>& out) const override { out = rows_[i]; }
    const std::vector<std::vector<Cell>>& rows() const { return rows_; }
private:
    std::vector<std::vector<Cell>> rows_;
};

struct Table {
    std::string id;                         // stable id: sheet names, chart references
    std::string title;                      // "Biểu 01. Dân số và dân tộc"; may be empty
    std::string unit_note;                  // "Đơn vị tính: người"; may be empty
    std::vector<Column> columns;
    std::shared_ptr<const RowSource> rows;  // never null
    // The totals row, computed by the engine: one cell a column, or none when the table has no
    // totals row. A Sum column's cell is the exact sum, or Empty when no row holds a number or
    // the sum overflows (unknown is never shown as 0); a Label column's cell is the label text.
    // Writers show these cells; a spreadsheet may write a live SUM with the cell as its value.
    std::vector<Cell> totals;
    std::vector<std::string> notes;         // under the table: sources, remarks
    bool landscape_hint = false;            // too wide for portrait

    std::size_t size() const { return rows ? rows->size() : 0; }
};

// ---- charts ----------------------------------------------------------------------------------------

enum class ChartKind { Pie, Bar };

struct Series {
    std::string name;
    std::vector<std::optional<double>> values;  // one per category; nullopt: unknown
    std::string column;                     // Table column key the values come from
};

// A chart as data. When `table` names a Table of the same document, categories and values are
// that table's rows and `category_column`/`Series::column`, so spreadsheets can bind a native chart
// to the cells.
struct Chart {
    ChartKind kind = ChartKind::Pie;
    std::string id;
    std::string title;
    std::string unit;                       // "%" for shares
    std::vector<std::string> categories;
    std::vector<Series> series;
    std::string table;
    std::string category_column;
    std::optional<double> reference;        // a line drawn across bars, e.g. 100 (% of target)
};

// ---- other blocks -----------------------------------------------------------------------------------

// A short list of labelled figures ("Diện tích tự nhiên: 115,689 km²").
struct KeyFigure {
    std::string label;
    Cell value;
    std::string unit;                       // printed after the value
};

struct KeyFigures {
    std::string title;
    std::vector<KeyFigure> items;
};

// Nơi nhận on the left and the signature on the right, level with each other, at the end.
struct Closing {
    std::string recipients_label = "Nơi nhận:";
    std::vector<std::string> recipients;    // each printed "- …" with its own punctuation
    std::vector<std::string> authority;     // "T/M ĐOÀN CHỦ TỊCH"
    std::string title;                      // "CHỦ TỊCH"; may be empty
    std::string signer;                     // name, after room for the signature
};

struct PageBreak {};

using Block = std::variant<OfficialHeader, Title, Heading, Paragraph, List, Table, Chart,
                           KeyFigures, Closing, PageBreak>;

// ---- the document -------------------------------------------------------------------------------------

struct Metadata {
    std::string title;                      // "Nghị quyết Đại hội đại biểu Đảng bộ phường Kỳ Sơn ..."
    std::string author;                     // the issuing body
    std::string subject;
    std::string keywords;
    std::string company;                    // spreadsheets' company property
    std::optional<Date> date;               // the document's date: PDF and xlsx dates come from it
    // Which ward the document is about, as `wardreport import` checks a workbook against a data
    // file: the administrative code when the file gives one ("99999"), else "phường Kỳ Sơn, Phú Thọ".
    std::string ward;
};

struct Document {
    std::string report;                     // report definition id: "nghi-quyet"
    std::string file_stem;                  // output file name without extension: "ky-son-nghi-quyet"
    Metadata meta;
    Layout layout;
    std::vector<Block> blocks;

    // The table with this id, or nullptr.
    const Table* find_table(const std::string& id) const {
        for (const Block& b : blocks)
            if (auto t = std::get_if<Table>(&b); t && t->id == id) return t;
        return nullptr;
    }
};

// A row with nothing to print, whose cells only say where a clerk's values go (Cell::input): the
// blank row a spreadsheet gives a clerk to add an item the data does not have yet (a new year's
// budget). No plugin needs it any more: the document a format is given has such a row only
// when the report definition writes it for that format (`input_row: {formats: [...]}`, xlsx
// alone by default), so a writer prints every row it gets. Kept so that plugins which call it
// still compile. Inline: a plugin calls its own copy, and the layout fingerprint (abi.hpp) is
// unchanged.
inline bool is_input_row(const std::vector<Cell>& cells) {
    bool input = false;
    for (const Cell& c : cells) {
        if (c.type != CellType::Empty || !c.text.empty()) return false;
        input = input || !c.input.empty();
    }
    return input;
}

// The decimals the table a chart is drawn from shows the series' column with, so that the
// chart reads like the table ("65,0%" in both); -1 when the chart stands alone. Inline: a
// plugin calls its own copy, and the layout fingerprint (abi.hpp) is unchanged.
inline int series_decimals(const Document& d, const Chart& c, const Series& s) {
    if (c.table.empty() || s.column.empty()) return -1;
    const Table* t = d.find_table(c.table);
    if (!t) return -1;
    for (const Column& col : t->columns)
        if (col.key == s.column) return col.type == CellType::Integer ? 0 : std::clamp(col.decimals, 0, 6);
    return -1;
}

}  // namespace wardreport::doc
