#include "report/builder.hpp"
#include "report/ward_identity.hpp"

#include "report/data_tree.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <wardreport/vi_format.hpp>
#include "report/phrasing.hpp"
#include "report/totals.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <map>

namespace wardreport::report {
namespace {

const std::string star = literal_star;

// A formula column's cell in a row its `when` leaves out: the formula does not apply there.
const std::string not_applicable = "\u2014";

// A cell of a formula column in a row the formula does not cover (doc::Column::formula): a number
// keeps its value and carries its display text, an unknown one is an empty Text cell, a text is
// an Empty cell with the text. Writers show it as is; spreadsheets write no formula there.
doc::Cell fixed(doc::Cell c, const doc::Column& column) {
    if (column.type == doc::CellType::Text) {
        if (c.type == doc::CellType::Text) c.type = doc::CellType::Empty;
        return c;
    }
    if (c.type == doc::CellType::Empty) return doc::Cell{doc::CellType::Text, {}, {}, c.bold, {}};
    if (c.type != doc::CellType::Text && c.text.empty()) c.text = vi::cell(c, column.decimals, column.unit);
    return c;
}

// A cell as a formula reads it: unknown when empty, the number, or the text.
Value formula_value(const doc::Cell& c) {
    if (c.type == doc::CellType::Empty) return {};
    if (c.type == doc::CellType::Text) return c.text;
    return c.number.to_double();
}

// The value of a formula-only column in one row.
doc::Cell derived(const Formula& f, const doc::Column& column, const std::vector<ColumnSpec>& columns,
                  const std::vector<doc::Cell>& row) {
    const Value v = f.evaluate([&](const std::string& key) -> Value {
        for (std::size_t j = 0; j < columns.size(); ++j)
            if (columns[j].column.key == key) return formula_value(row[j]);
        return {};
    });
    doc::Cell out;
    if (column.type == doc::CellType::Text) {
        if (const std::string* t = std::get_if<std::string>(&v); t && !t->empty()) {
            out.type = doc::CellType::Text;
            out.text = *t;
        }
        return out;
    }
    // A result that is not a finite number, or too large for a Decimal, stays an empty cell.
    const double* d = std::get_if<double>(&v);
    if (auto n = d ? Decimal::try_from_double(*d, column.decimals) : std::nullopt) {
        out.type = column.type;
        out.number = *n;
    }
    return out;
}

// The typographic minus of a signed change ("−12"), not the hyphen of vi::number.
const std::string minus = "\u2212";

// Collapses every run of white space (newlines included) into one space and trims.
std::string collapse(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string unstar(std::string s) {
    for (std::size_t at = s.find(star); at != std::string::npos; at = s.find(star, at + 1)) s.replace(at, star.size(), "*");
    return s;
}

// Plain text of one line: white space collapsed, markup characters kept as written.
std::string plain(const std::string& s) { return unstar(collapse(s)); }

// "**bold**" and "*italic*" of the template into runs; "*" from the data stays literal.
std::vector<doc::Run> runs(const std::string& s) {
    std::vector<doc::Run> out;
    doc::Run cur;
    auto flush = [&] {
        if (cur.text.empty()) return;
        if (!out.empty() && out.back().bold == cur.bold && out.back().italic == cur.italic) out.back().text += cur.text;
        else out.push_back(cur);
        cur.text.clear();
    };
    for (std::size_t i = 0; i < s.size();) {
        if (s.compare(i, 2, "**") == 0) {
            flush();
            cur.bold = !cur.bold;
            i += 2;
        } else if (s[i] == '*') {
            flush();
            cur.italic = !cur.italic;
            ++i;
        } else if (s.compare(i, star.size(), star) == 0) {
            cur.text += '*';
            i += star.size();
        } else {
            cur.text += s[i++];
        }
    }
    flush();
    return out;
}

// Paragraphs of rendered text: separated by blank lines; lines inside one are joined.
std::vector<std::string> split_paragraphs(const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t end = s.find('\n', start);
        if (end == std::string::npos) end = s.size();
        const std::string line = s.substr(start, end - start);
        if (collapse(line).empty()) {
            if (!collapse(cur).empty()) out.push_back(collapse(cur));
            cur.clear();
        } else {
            cur += ' ' + line;
        }
        start = end + 1;
    }
    if (!collapse(cur).empty()) out.push_back(collapse(cur));
    return out;
}

const MData* mdata_at(const MData& root, const std::string& path) {
    const MData* node = &root;
    std::size_t start = 0;
    for (;;) {
        const std::size_t dot = path.find('.', start);
        node = node->get(path.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (!node || dot == std::string::npos) return node;
        start = dot + 1;
    }
}

class Builder {
public:
    Builder(const Definition& def, const DataNode& tree, const MData& mroot, Diagnostics& diags, doc::Document& out)
        : def_(def), tree_(tree), mroot_(mroot), diags_(diags), out_(out) {}

    void blocks(const std::vector<BlockSpec>& specs) {
        for (const BlockSpec& b : specs) {
            if (!b.when.empty()) {
                const auto node = lookup(b.when);
                if (!node || !present(*node)) continue;
            }
            if (!b.unless.empty()) {
                const auto node = lookup(b.unless);
                if (node && present(*node)) continue;
            }
            std::visit([&](const auto& spec) { add(spec, b); }, b.body);
        }
    }

    std::string render(const Template& t, const std::vector<const MData*>& stack) const { return t.render(stack); }
    std::string render(const Template& t) const { return t.render(mstack_); }
    std::string line(const std::optional<Template>& t) const { return t ? plain(render(*t)) : std::string(); }

    std::vector<std::string> lines(const Lines& l) const {
        std::vector<std::string> out;
        for (const Template& t : l.parts) {
            const std::string r = render(t);
            std::size_t start = 0;
            while (start <= r.size()) {
                std::size_t end = r.find('\n', start);
                if (end == std::string::npos) end = r.size();
                std::string one = plain(r.substr(start, end - start));
                if (!one.empty()) out.push_back(std::move(one));
                start = end + 1;
            }
        }
        return out;
    }

    std::string caps(const std::string& role, const std::string& s) const {
        return out_.layout.style(role).caps ? text::upper(s) : s;
    }
    std::vector<std::string> caps(const std::string& role, std::vector<std::string> v) const {
        for (auto& s : v) s = caps(role, s);
        return v;
    }

private:
    const Definition& def_;
    const DataNode& tree_;
    const MData& mroot_;
    Diagnostics& diags_;
    doc::Document& out_;
    int counters_[3] = {0, 0, 0};
    int tables_numbered_ = 0;
    int anchors_ = 0;
    // The root, then the item of each enclosing `each`: the same context in both forms.
    Scope jstack_{tree_};
    std::vector<const MData*> mstack_{&mroot_};

    // The node at `path` in the innermost context holding it, as mustache resolves names.
    std::optional<DataNode> lookup(const std::string& path) const { return resolve(jstack_, path); }
    const MData* mlookup(const std::string& path) const {
        for (std::size_t i = jstack_.size(); i-- > 0;)
            if (find_path(jstack_[i], path)) return mdata_at(*mstack_[i], path);
        return nullptr;
    }

    void add(const HeaderSpec& s, const BlockSpec&) {
        doc::OfficialHeader h;
        h.superior_body = caps("superior_body", line(s.superior_body));
        h.issuing_body = caps("issuing_body", lines(s.issuing_body));
        h.number = line(s.number);
        h.national_title = caps("national_title", line(s.national_title));
        h.motto = line(s.motto);
        h.place_date = line(s.place_date);
        out_.blocks.emplace_back(std::move(h));
    }

    void add(const TitleSpec& s, const BlockSpec&) {
        doc::Title t;
        t.type = caps("doc_type", line(s.type));
        t.summary = caps("summary", lines(s.summary));
        if (t.type.empty() && t.summary.empty()) return;
        out_.blocks.emplace_back(std::move(t));
    }

    void add(const HeadingSpec& s, const BlockSpec&) {
        const std::string text = line(s.text);
        if (text.empty()) return;
        doc::Heading h;
        h.level = s.level;
        const std::size_t i = static_cast<std::size_t>(s.level - 1);
        if (s.numbered) {
            ++counters_[i];
            for (std::size_t k = i + 1; k < 3; ++k) counters_[k] = 0;
            h.number = heading_number(def_.profile.heading_numbers[i], counters_[i]);
        }
        h.text = caps("heading" + std::to_string(s.level), text);
        h.anchor = s.anchor.empty() ? "muc-" + std::to_string(++anchors_) : s.anchor;
        out_.blocks.emplace_back(std::move(h));
    }

    void add(const ParagraphSpec& s, const BlockSpec&) {
        if (!s.text) return;
        for (const std::string& p : split_paragraphs(render(*s.text))) {
            doc::Paragraph para;
            para.runs = runs(p);
            if (para.runs.empty()) continue;
            para.role = s.role;
            para.align = s.align;
            para.first_line_indent = s.indent;
            if (out_.layout.style(s.role).caps)
                for (auto& r : para.runs) r.text = text::upper(r.text);
            out_.blocks.emplace_back(std::move(para));
        }
    }

    void add(const ListSpec& s, const BlockSpec&) {
        doc::List l;
        l.marker = s.marker;
        l.role = s.role;
        if (!s.items.empty() && s.text) {
            const MData* items = mlookup(s.items);
            if (items && items->is_list())
                for (const MData& item : items->list_value()) {
                    std::vector<const MData*> stack = mstack_;
                    stack.push_back(&item);
                    auto r = runs(collapse(render(*s.text, stack)));
                    if (!r.empty()) l.items.push_back(std::move(r));
                }
        }
        for (const std::string& one : lines(s.lines)) l.items.push_back(runs(one));
        if (!l.items.empty()) out_.blocks.emplace_back(std::move(l));
    }

    // A cell of `col` from a node of the data tree: a figure's exact value, a number written
    // as text (a year), or a text (a figure, date or term gives its written form).
    doc::Cell cell(const std::optional<DataNode>& node, const ColumnSpec& col, const Origin& where) const {
        doc::Cell c;
        if (!node || !present(*node)) return c;
        if (col.column.type == doc::CellType::Text) {
            c.type = doc::CellType::Text;
            c.text = node->is_text() ? node->text() : (*node)["text"].text();
            if (c.text.empty()) c.type = doc::CellType::Empty;
            return c;
        }
        if (!node->is_figure()) {
            const std::string shown = node->is_text() ? node->text() : (*node)["text"].text();
            if (auto d = Decimal::parse(shown)) {
                c.type = col.column.type;
                c.number = *d;
            } else {
                where.error(diags_, tr("column '{1}': '{2}' is not a number", col.column.key, shown));
            }
            return c;
        }
        const Figure& f = node->figure();
        if (!col.column.unit.empty() && !f.unit.empty() && f.unit != col.column.unit)
            where.error(diags_, tr("column '{1}' is in {2} but the data gives {3}; expected the same unit",
                                   col.column.key, col.column.unit, vi::quantity(f.value, f.unit)));
        c.type = col.column.type;
        c.number = f.value;
        return c;
    }

    // Rows of a table, and the cells of each that a column's `when` leaves out: no value, and no
    // formula computed there either. In a formula column they hold "—", not an empty cell:
    // spreadsheets put a live formula in an empty cell of such a column (it fills in when a clerk
    // types the inputs), which a row the formula does not apply to must not get.
    struct TableRows {
        std::vector<std::vector<doc::Cell>> cells;
        std::vector<std::vector<bool>> off;
    };

    void add(const TableSpec& s, const BlockSpec&) {
        doc::Table t;
        t.id = s.id;
        t.title = line(s.title);
        t.unit_note = line(s.unit_note);
        t.notes = lines(s.notes);
        t.landscape_hint = s.landscape;
        for (const ColumnSpec& c : s.columns) {
            doc::Column col = c.column;
            col.title = c.title ? unstar(render(*c.title)) : col.key;
            t.columns.push_back(std::move(col));
        }
        TableRows rows;
        add_list_rows(s, rows);
        add_fixed_rows(s, rows);
        add_input_row(s, rows);
        derive_cells(s, rows);
        show_as_written(s, t, rows.cells);
        show_signs(s, t, rows.cells);
        drop_unknown_optional_columns(s, t, rows.cells);
        if (rows.cells.empty() || t.columns.empty()) {
            if (s.empty_text) emit_text(render(*s.empty_text));
            return;
        }
        t.rows = std::make_shared<doc::VectorRows>(std::move(rows.cells));
        if (s.totals) t.totals = compute_totals(t, s.totals_label);
        if (!s.number.empty()) {
            std::string number = s.number;
            const std::string nn = vi::day(++tables_numbered_);  // two digits: 01, 02
            number.replace(number.find("{nn}"), 4, nn);
            t.title = t.title.empty() ? number : number + " " + t.title;
        }
        out_.blocks.emplace_back(std::move(t));
    }

    // One row for each item of the data list `rows:` names.
    void add_list_rows(const TableSpec& s, TableRows& rows) const {
        if (s.rows.empty()) return;
        const auto list = find_path(tree_, s.rows);
        const MData* mlist = mdata_at(mroot_, s.rows);
        if (!list || !list->is_list() || !mlist || !mlist->is_list()) return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Scope item_scope{tree_, list->items()[i]};
            const MData& mitem = mlist->list_value()[i];
            std::vector<doc::Cell> row(s.columns.size());
            std::vector<bool> row_off(s.columns.size(), false);
            for (std::size_t k = 0; k < s.columns.size(); ++k) {
                const ColumnSpec& c = s.columns[k];
                if (!c.when.empty()) {
                    const auto cond = resolve(item_scope, c.when);
                    if (!cond || !present(*cond)) {
                        row_off[k] = true;
                        // The formula does not cover the row; a field still gives its value.
                        // Its "—" is a value no formula covers: in a text column an Empty cell's
                        // text, which spreadsheets write as it is (document.hpp).
                        if (c.formula && c.field.empty())
                            row[k] = doc::Cell{c.column.type == doc::CellType::Text ? doc::CellType::Empty : doc::CellType::Text,
                                               {}, not_applicable, false, {}};
                        else if (c.formula) row[k] = fixed(cell(resolve(item_scope, c.field), c, c.origin), c.column);
                        continue;
                    }
                }
                if (c.text) {
                    row[k].text = plain(render(*c.text, {&mroot_, &mitem}));
                    row[k].type = row[k].text.empty() ? doc::CellType::Empty : doc::CellType::Text;
                } else if (!c.field.empty()) {
                    row[k] = cell(resolve(item_scope, c.field), c, c.origin);
                }
                if (c.input) row[k].input = plain(render(*c.input, {&mroot_, &mitem}));
            }
            rows.cells.push_back(std::move(row));
            rows.off.push_back(std::move(row_off));
        }
    }

    // The rows written in the definition, each cell a text or a field of the data.
    void add_fixed_rows(const TableSpec& s, TableRows& rows) const {
        for (const RowSpec& r : s.fixed_rows) {
            if (!r.when.empty()) {
                const auto node = find_path(tree_, r.when);
                if (!node || !present(*node)) continue;
            }
            std::vector<doc::Cell> row(s.columns.size());
            for (std::size_t k = 0; k < s.columns.size(); ++k) {
                const ColumnSpec& c = s.columns[k];
                if (auto tt = r.texts.find(c.column.key); tt != r.texts.end()) {
                    row[k].text = plain(render(tt->second));
                    row[k].type = row[k].text.empty() ? doc::CellType::Empty : doc::CellType::Text;
                } else if (auto f = r.fields.find(c.column.key); f != r.fields.end()) {
                    row[k] = cell(find_path(tree_, f->second), c, r.origin);
                }
                if (auto in = r.inputs.find(c.column.key); in != r.inputs.end()) row[k].input = in->second;
            }
            rows.cells.push_back(std::move(row));
        }
    }

    // A list's blank row of inputs (an item a clerk adds in a spreadsheet), under its rows; a
    // list the data does not have yet gets a table of the blank row alone (the first year of a
    // budget). It must stay the table's last row: the view of a format without it (for_format)
    // drops the last row, and the table when that is its only one.
    static void add_input_row(const TableSpec& s, TableRows& rows) {
        if (!s.input_row) return;
        std::vector<doc::Cell> row(s.columns.size());
        for (std::size_t k = 0; k < s.columns.size(); ++k)
            if (auto in = s.input_row->inputs.find(s.columns[k].column.key); in != s.input_row->inputs.end())
                row[k].input = in->second;
        rows.cells.push_back(std::move(row));
        rows.off.emplace_back(s.columns.size(), false);
    }

    // Derived columns, in column order (a formula reads only columns before it). A column with a
    // field has its value from the field; its formula is for spreadsheets.
    void derive_cells(const TableSpec& s, TableRows& rows) const {
        for (std::size_t k = 0; k < s.columns.size(); ++k) {
            const ColumnSpec& c = s.columns[k];
            if (!c.formula || !c.field.empty()) continue;
            for (std::size_t i = 0; i < rows.cells.size(); ++i) {
                if (i < rows.off.size() && rows.off[i][k]) continue;
                rows.cells[i][k] = derived(*c.formula, c.column, s.columns, rows.cells[i]);
            }
        }
    }

    // "As written" columns show the most decimals any of their figures has; a figure written with
    // fewer keeps its own digits through the display text.
    static void show_as_written(const TableSpec& s, doc::Table& t, std::vector<std::vector<doc::Cell>>& rows) {
        for (std::size_t k = 0; k < s.columns.size(); ++k) {
            if (!s.columns[k].auto_decimals) continue;
            int most = 0;
            for (const auto& row : rows)
                if (row[k].type != doc::CellType::Empty && row[k].type != doc::CellType::Text)
                    most = std::max(most, row[k].number.scale());
            t.columns[k].decimals = most;
            for (auto& row : rows) {
                doc::Cell& c = row[k];
                if (c.type == doc::CellType::Empty || c.type == doc::CellType::Text || c.number.scale() == most) continue;
                c.text = c.type == doc::CellType::Percent ? vi::percent(c.number)
                         : c.type == doc::CellType::Money && !t.columns[k].unit.empty() ? vi::quantity(c.number, t.columns[k].unit)
                                                                                       : vi::number(c.number);
            }
        }
    }

    // Changes shown with their sign ("+557", "−12"), as a display text: the cell keeps the number,
    // so spreadsheets can still sum or chart it.
    static void show_signs(const TableSpec& s, const doc::Table& t, std::vector<std::vector<doc::Cell>>& rows) {
        for (std::size_t k = 0; k < s.columns.size(); ++k) {
            if (!s.columns[k].show_sign) continue;
            for (auto& row : rows) {
                doc::Cell& c = row[k];
                if (c.type == doc::CellType::Empty || c.type == doc::CellType::Text || c.number.mantissa() == 0) continue;
                std::string shown = vi::cell(c, t.columns[k].decimals, t.columns[k].unit);
                if (c.number.mantissa() > 0) c.text = "+" + shown;
                else if (!shown.empty() && shown[0] == '-') c.text = minus + shown.substr(1);
            }
        }
    }

    // An optional column the data gives nothing for (every cell unknown) is left out rather than
    // printed empty: the article gives the ethnic shares but not the head counts. A column with
    // any value, even one, stays.
    static void drop_unknown_optional_columns(const TableSpec& s, doc::Table& t, std::vector<std::vector<doc::Cell>>& rows) {
        std::vector<bool> keep(s.columns.size(), true);
        bool dropping = false;
        for (std::size_t k = 0; k < s.columns.size(); ++k) {
            if (!s.columns[k].optional || rows.empty()) continue;
            keep[k] = std::any_of(rows.begin(), rows.end(), [k](const auto& row) { return row[k].type != doc::CellType::Empty; });
            dropping = dropping || !keep[k];
        }
        if (!dropping) return;
        auto kept = [&keep](auto& cells) {
            std::size_t out = 0;
            for (std::size_t k = 0; k < cells.size(); ++k) {
                if (!keep[k]) continue;
                if (out != k) cells[out] = std::move(cells[k]);  // never a self-move: it empties strings
                ++out;
            }
            cells.resize(out);
        };
        kept(t.columns);
        for (auto& row : rows) kept(row);
    }

    void emit_text(const std::string& text) {
        for (const std::string& p : split_paragraphs(text)) {
            doc::Paragraph para;
            para.runs = runs(p);
            if (!para.runs.empty()) out_.blocks.emplace_back(std::move(para));
        }
    }

    void add(const ChartSpec& s, const BlockSpec&) {
        const doc::Table* table = out_.find_table(s.table);
        if (!table) return;  // its table was left out: no data
        auto index = [&](const std::string& key) -> std::optional<std::size_t> {
            for (std::size_t i = 0; i < table->columns.size(); ++i)
                if (table->columns[i].key == key) return i;
            return std::nullopt;
        };
        doc::Chart c;
        c.kind = s.kind;
        c.id = s.id;
        c.title = line(s.title);
        c.unit = s.unit;
        c.table = s.table;
        c.category_column = s.category;
        c.reference = s.reference;
        const auto cat = index(s.category);
        std::vector<doc::Cell> row;
        bool any = false;
        for (const SeriesSpec& ss : s.series) {
            doc::Series series;
            series.column = ss.column;
            const auto col = index(ss.column);
            if (!col) continue;  // an optional column the table left out: nothing to draw
            series.name = ss.name ? line(ss.name) : table->columns[*col].title;
            for (std::size_t i = 0; i < table->size(); ++i) {
                table->rows->row(i, row);
                const bool known = row[*col].type != doc::CellType::Empty && row[*col].type != doc::CellType::Text;
                series.values.push_back(known ? std::optional<double>(row[*col].number.to_double()) : std::nullopt);
                any = any || known;
            }
            c.series.push_back(std::move(series));
        }
        if (!any || !cat) {
            if (s.empty_text) emit_text(render(*s.empty_text));
            return;
        }
        for (std::size_t i = 0; i < table->size(); ++i) {
            table->rows->row(i, row);
            c.categories.push_back(vi::cell(row[*cat], table->columns[*cat].decimals, table->columns[*cat].unit));
        }
        out_.blocks.emplace_back(std::move(c));
    }

    void add(const KeyFiguresSpec& s, const BlockSpec&) {
        doc::KeyFigures k;
        k.title = line(s.title);
        for (const KeyFigureSpec& f : s.items) {
            const auto node = find_path(tree_, f.field);
            if (!node || !node->is_figure()) continue;
            const Decimal* d = &node->figure().value;
            const std::string& unit = node->figure().unit;
            doc::KeyFigure item;
            item.label = line(f.label);
            item.value.type = f.type ? *f.type : unit == "%" ? doc::CellType::Percent : doc::CellType::Decimal;
            item.value.number = f.decimals ? d->rescaled(*f.decimals) : *d;
            if (item.value.type == doc::CellType::Decimal || item.value.type == doc::CellType::Money)
                item.value.text = vi::number(item.value.number);  // as written, whatever its decimals
            item.unit = f.unit ? *f.unit : item.value.type == doc::CellType::Percent ? "" : unit;
            item.value.input = f.input;
            k.items.push_back(std::move(item));
        }
        if (!k.items.empty()) out_.blocks.emplace_back(std::move(k));
    }

    void add(const ClosingSpec& s, const BlockSpec&) {
        doc::Closing c;
        c.recipients_label = def_.profile.recipients_label;
        c.recipients = lines(s.recipients);
        for (std::size_t i = 0; i < c.recipients.size(); ++i) {
            std::string& r = c.recipients[i];
            while (!r.empty() && std::strchr(";,.", r.back())) r.pop_back();
            r += i + 1 == c.recipients.size() ? def_.profile.last_recipient_end : def_.profile.recipient_end;
        }
        c.authority = caps("signature_authority", lines(s.authority));
        c.title = caps("signature_title", line(s.title));
        c.signer = line(s.signer);
        out_.blocks.emplace_back(std::move(c));
    }

    void add(const PageBreakSpec&, const BlockSpec&) { out_.blocks.emplace_back(doc::PageBreak{}); }

    void add(const SectionSpec& s, const BlockSpec&) { blocks(s.blocks); }

    void add(const EachSpec& s, const BlockSpec&) {
        const auto list = lookup(s.items);
        const MData* mlist = mlookup(s.items);
        if (!list || !list->is_list() || !mlist || !mlist->is_list()) return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            jstack_.push_back(list->items()[i]);
            mstack_.push_back(&mlist->list_value()[i]);
            blocks(s.blocks);
            jstack_.pop_back();
            mstack_.pop_back();
        }
    }
};

// A heading with nothing under it (only deeper headings with nothing under them, or the end of
// the document) is left out, and the numbered headings are numbered again, so that a part whose
// data is missing leaves neither an empty heading nor a gap (I, II, III).
void drop_empty_headings(doc::Document& d, const std::array<std::string, 3>& patterns) {
    auto is_content = [](const doc::Block& b) {
        return !std::holds_alternative<doc::Heading>(b) && !std::holds_alternative<doc::Closing>(b) &&
               !std::holds_alternative<doc::PageBreak>(b);
    };
    std::vector<doc::Block> kept;
    for (std::size_t i = 0; i < d.blocks.size(); ++i) {
        if (const auto* h = std::get_if<doc::Heading>(&d.blocks[i])) {
            bool has_content = false;
            for (std::size_t j = i + 1; j < d.blocks.size() && !has_content; ++j) {
                const auto* next = std::get_if<doc::Heading>(&d.blocks[j]);
                if (next && next->level <= h->level) break;
                has_content = is_content(d.blocks[j]);
            }
            if (!has_content) continue;
        }
        kept.push_back(std::move(d.blocks[i]));
    }
    d.blocks = std::move(kept);
    int counters[3] = {0, 0, 0};
    for (doc::Block& b : d.blocks) {
        auto* h = std::get_if<doc::Heading>(&b);
        if (!h || h->number.empty() || h->level < 1 || h->level > 3) continue;
        const std::size_t i = static_cast<std::size_t>(h->level - 1);
        ++counters[i];
        for (std::size_t k = i + 1; k < 3; ++k) counters[k] = 0;
        h->number = heading_number(patterns[i], counters[i]);
    }
}

// What to write in the ward file for a report that needs `path`: the message is the clerk's,
// so it points at the ward file (the section when it is there, else line 1), not at the
// report definition.
void missing_in_ward(const Definition& def, const Ward& ward, const std::string& path, Diagnostics& diags) {
    static const std::map<std::string, std::string> what_to_write = {
        {"congress", tr("add a 'congress:' section with at least its 'ordinal' (1 for lần thứ I) and 'term' (2025-2030)")},
        {"resolution", tr("add a 'resolution:' section with the targets the congress set ('targets:', each with id, name and kind)")},
        {"resolution.targets", tr("add 'targets:' under 'resolution:', each target with id, name and kind")},
        {"statistics", tr("add a figure the report shows: geography.area or population, party.members, economy.enterprises …")},
    };
    const auto hint = what_to_write.find(path);
    const std::string message =
        tr("report '{1}' needs '{2}', which the ward data does not have; {3} (see docs/data-format.md)", def.id, path,
           hint != what_to_write.end() ? hint->second : tr("add '{1}' to the file", path).text);
    if (ward.source.file.empty()) return def.origin.error(diags, message);  // a ward built in memory
    const auto section = ward.source.section_lines.find(path.substr(0, path.find('.')));
    diags.error(ward.source.file, section != ward.source.section_lines.end() ? section->second : 1, 1, message);
}

}  // namespace

DocumentOptions document_options(const Definition& def) {
    return DocumentOptions{def.id, def.symbol, def.date_from, def.profile.layout.number_colon, def.profile.number_separator};
}

std::string missing_requirement(const Definition& def, const Ward& ward) {
    const DataNode tree = ward_tree(ward, document_options(def));
    for (const std::string& p : def.requires_paths) {
        const auto node = find_path(tree, p);
        if (!node || !present(*node)) return p;
    }
    return {};
}

bool satisfies(const Definition& def, const Ward& ward) { return missing_requirement(def, ward).empty(); }

std::optional<doc::Document> build_document(const Definition& def, const Ward& ward, const std::string& stem,
                                            Diagnostics& diags) {
    const std::size_t before = diags.error_count();
    const DataNode tree = ward_tree(ward, document_options(def));
    for (const std::string& p : def.requires_paths) {
        const auto node = find_path(tree, p);
        if (!node || !present(*node)) {
            missing_in_ward(def, ward, p, diags);
            return std::nullopt;
        }
    }
    const MData mroot = to_mustache(tree);
    doc::Document d;
    d.report = def.id;
    d.file_stem = stem.empty() ? def.id : stem + "-" + def.id;
    d.layout = def.profile.layout;
    if (def.landscape) d.layout.landscape = true;
    Builder b(def, tree, mroot, diags, d);
    d.meta.title = b.line(def.meta_title);
    d.meta.subject = b.line(def.meta_subject);
    d.meta.keywords = b.line(def.meta_keywords);
    d.meta.author = b.line(def.meta_author);
    d.meta.company = b.line(def.meta_company);
    if (const DataNode date = tree["document"]["date"]; date.is_date()) d.meta.date = date.date();
    d.meta.ward = ward_identity(ward);
    b.blocks(def.blocks);
    if (diags.error_count() != before) return std::nullopt;
    drop_empty_headings(d, def.profile.heading_numbers);
    return d;
}

}  // namespace wardreport::report
