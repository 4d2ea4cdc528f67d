// A report definition (reports/<id>.yaml) as loaded and checked: blocks bound to the data tree.
// The file format is described in docs/report-definitions.md.
#pragma once

#include "report/for_format.hpp"
#include "report/formula.hpp"
#include "report/profile.hpp"
#include "report/template.hpp"

#include <wardreport/document.hpp>

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace wardreport::report {

// Text fields of several lines: each template's output split at newlines, blank lines dropped.
struct Lines {
    std::vector<Template> parts;
};

struct HeaderSpec {
    std::optional<Template> superior_body, number, national_title, motto, place_date;
    Lines issuing_body;
};

struct TitleSpec {
    std::optional<Template> type;
    Lines summary;
};

struct HeadingSpec {
    std::optional<Template> text;
    int level = 1;
    bool numbered = true;
    std::string anchor;
};

struct ParagraphSpec {
    std::optional<Template> text;
    std::string role = "body";
    doc::Align align = doc::Align::Justify;
    bool indent = true;
};

struct ListSpec {
    std::string items;                   // path of a list in the data; or
    std::optional<Template> text;        // ... each item's text (scope: the item)
    Lines lines;                         // fixed items
    std::string marker = "-";
    std::string role = "body";
};

struct ColumnSpec {
    doc::Column column;
    std::optional<Template> title;
    bool auto_decimals = false;          // as written; the column shows the most decimals
    std::string field;                   // list rows: path from the row
    std::optional<Template> text;        // list rows: text column from a template
    std::optional<Formula> formula;
    std::string when;                    // list rows: path from the row; an empty cell where absent
    bool show_sign = false;              // `signed`: "+557", "−12" shown; the number stays the value
    bool optional = false;               // left out of the table when every cell of it is unknown
    // list rows: the model path a clerk's value in this column goes to (a template over the row,
    // "resolution.targets.{{id}}.actual"); rendered into each cell's doc::Cell::input.
    std::optional<Template> input;
    // `formats: [xlsx]`: the formats (ids of --format) the column is written for; empty: every
    // format. A document for another format leaves the column out (for_format), so the writers of
    // printed tables see a table without it.
    std::vector<std::string> formats;
    // `formula_formats: [xlsx]`: the formats the formula is kept for (default: the column's), so a
    // column printed everywhere may keep a spreadsheet's formula over spreadsheet-only columns.
    std::vector<std::string> formula_formats;
    Origin origin;
};

// A row of a table whose rows are written out: per column key, a template (text columns) or a
// field path (numeric columns); `inputs`, per column key, the place in the ward model a clerk's
// figure typed in that cell goes back to ("geography.population.value").
struct RowSpec {
    std::string when;
    std::map<std::string, Template> texts;
    std::map<std::string, std::string> fields;
    std::map<std::string, std::string> inputs;
    Origin origin;
};

struct TableSpec {
    std::string id;
    std::optional<Template> title, unit_note, empty_text;
    // "Biểu {nn}.": the table's number before its title, counting only the tables written, so
    // that a table left out for want of data leaves no gap (Biểu 01, 02, 03).
    std::string number;
    std::string rows;                    // path of a list; or
    std::vector<RowSpec> fixed_rows;
    // List rows: a blank row of inputs after them, for an item the data does not have yet (a new
    // year's budget) that a clerk adds in a spreadsheet. Written only for the formats of its
    // `formats:` (default xlsx: FormatLimits::input_rows); the view of any other drops it.
    std::optional<RowSpec> input_row;
    std::vector<ColumnSpec> columns;
    bool totals = false;
    std::string totals_label = "Tổng cộng";
    Lines notes;
    bool landscape = false;
    Origin origin;
};

struct SeriesSpec {
    std::string column;
    std::optional<Template> name;
};

struct ChartSpec {
    doc::ChartKind kind = doc::ChartKind::Pie;
    std::string id;
    std::optional<Template> title, empty_text;
    std::string unit;
    std::string table;
    std::string category;
    std::vector<SeriesSpec> series;
    std::optional<double> reference;
};

struct KeyFigureSpec {
    std::optional<Template> label;
    std::string field;
    std::optional<doc::CellType> type;
    std::optional<int> decimals;
    std::optional<std::string> unit;
    // The model path of the input cell a table of the same document shows this figure in: a
    // spreadsheet then makes the key figure a formula of that cell (doc::Cell::input).
    std::string input;
    Origin origin;
};

struct KeyFiguresSpec {
    std::optional<Template> title;
    std::vector<KeyFigureSpec> items;
};

struct ClosingSpec {
    Lines recipients, authority;
    std::optional<Template> title, signer;
};

struct PageBreakSpec {};

struct BlockSpec;
struct SectionSpec {
    std::vector<BlockSpec> blocks;
};

// The same blocks once per item of a list of the data, with the item as the innermost scope of
// their templates, `when`, `unless` and list paths (`each: {items: resolution.groups, blocks}`).
struct EachSpec {
    std::string items;
    std::vector<BlockSpec> blocks;
};

struct BlockSpec {
    std::string when;                    // data path: the block is left out when it is absent
    std::string unless;                  // data path: the block is left out when it is present
    Origin origin;
    std::variant<HeaderSpec, TitleSpec, HeadingSpec, ParagraphSpec, ListSpec, TableSpec, ChartSpec,
                 KeyFiguresSpec, ClosingSpec, PageBreakSpec, SectionSpec, EachSpec>
        body;
};

struct Definition {
    std::string id;
    std::string description;
    Profile profile;
    std::vector<std::string> requires_paths;
    bool landscape = false;
    std::string symbol;                  // default document symbol ("NQ/ĐH")
    std::string date_from;               // the document's date when the data has none
    std::optional<Template> meta_title, meta_subject, meta_keywords, meta_author, meta_company;
    std::vector<BlockSpec> blocks;
    // Per table id, per column key: the formats of the columns, and of the formulas, written for
    // some formats only. Empty for a definition whose columns are written everywhere.
    FormatLimits format_limits;
    Origin origin;
};

// Reads a definition; `profiles` are those known so far (by id).
std::optional<Definition> read_definition(const YAML::Node& root, const std::string& id,
                                          const std::map<std::string, Profile>& profiles, const yaml::Reader& in);

}  // namespace wardreport::report
