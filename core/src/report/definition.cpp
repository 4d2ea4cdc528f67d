#include "report/definition.hpp"

#include "report/data_tree.hpp"
#include "util/i18n.hpp"

#include <algorithm>
#include <set>

namespace wardreport::report {
namespace {

using Found = std::optional<DataNode>;

class Reader {
public:
    Reader(const yaml::Reader& in, const std::map<std::string, Profile>& profiles) : in_(in), profiles_(profiles) {}

    std::optional<Definition> definition(const YAML::Node& root, const std::string& id);

private:
    const yaml::Reader& in_;
    const std::map<std::string, Profile>& profiles_;
    // Tables defined so far, by id: charts bind to them.
    std::map<std::string, std::vector<std::pair<std::string, doc::CellType>>> tables_;
    std::set<std::string> chart_ids_;
    // Tables with a blank row of inputs: a chart of them would draw it as a category.
    std::set<std::string> input_row_tables_;
    // Columns written for some formats only, by table id and column key (Definition::format_columns).
    FormatLimits format_limits_;

    // The schema nodes names resolve against: the root, then the item of each enclosing `each`.
    Scope scope_{schema_tree()};
    int each_depth_ = 0;

    Scope root_scope() const { return scope_; }

    std::optional<Template> tmpl(const YAML::Node& node, const Scope& scope, const std::string& what) const {
        if (!node.IsScalar()) {
            in_.error(node, tr("{1} must be text (a template)", what));
            return std::nullopt;
        }
        return Template::compile(node.Scalar(), in_.at(node), scope, in_.diags());
    }

    Lines lines(const YAML::Node& node, const Scope& scope, const std::string& what) const {
        Lines out;
        if (node.IsSequence()) {
            for (const auto& item : node)
                if (auto t = tmpl(item, scope, what + " line")) out.parts.push_back(std::move(*t));
        } else if (auto t = tmpl(node, scope, what)) {
            out.parts.push_back(std::move(*t));
        }
        return out;
    }

    std::string path(const YAML::Node& node, const Scope& scope, const std::string& what,
                     Found* found = nullptr) const {
        auto s = in_.string(node, what);
        if (!s) return {};
        Found n = check_path(scope, *s, in_.at(node), in_.diags());
        const bool known = n.has_value();
        if (found) *found = std::move(n);
        return known ? *s : std::string();
    }

    std::string word(const YAML::Node& node, const std::string& what) const {
        auto s = in_.string(node, what);
        return s ? *s : std::string();
    }

    std::vector<BlockSpec> blocks(const YAML::Node& node);
    std::optional<BlockSpec> block(const YAML::Node& node);
    HeaderSpec header(const YAML::Node& v);
    TitleSpec title(const YAML::Node& v);
    HeadingSpec heading(const YAML::Node& v);
    ParagraphSpec paragraph(const YAML::Node& v);
    ListSpec list(const YAML::Node& v);
    TableSpec table(const YAML::Node& v);
    std::optional<RowSpec> fixed_row(const YAML::Node& r, const std::vector<ColumnSpec>& columns, const Scope& root);
    ChartSpec chart(const YAML::Node& v);
    KeyFiguresSpec key_figures(const YAML::Node& v);
    ClosingSpec closing(const YAML::Node& v);
    std::optional<EachSpec> each(const YAML::Node& v);
    std::optional<ColumnSpec> column(const YAML::Node& v, const Scope& row_scope, bool list_rows,
                                     const std::vector<ColumnSpec>& before);
    void column_formula(const YAML::Node& v, ColumnSpec& c, const std::vector<ColumnSpec>& before);
    std::vector<std::string> column_formats(const YAML::Node& v) const;
    static bool written_wherever(const ColumnSpec& used, const ColumnSpec& user);
    static std::string join_formats(const std::vector<std::string>& formats);
    static const std::vector<std::string>& formula_formats(const ColumnSpec& c) {
        return c.formula_formats.empty() ? c.formats : c.formula_formats;
    }
    void column_decimals(const YAML::Node& v, ColumnSpec& c, bool numeric);
    void column_binding(const YAML::Node& v, ColumnSpec& c, const Scope& row_scope, bool list_rows, bool numeric);
    std::optional<doc::Align> align(const YAML::Node& v) const;
    void row_inputs(const YAML::Node& v, const std::vector<ColumnSpec>& columns, RowSpec& row,
                    std::vector<std::string>* formats = nullptr);
};

// A written-out row's `input: {value: geography.population.value, year: geography.population.year}`:
// the cells a clerk may fill, and the model path each one goes back to through `wardreport import`.
// An input_row's map (`formats` given) may also name the formats the row is written for: a list,
// so that a column keyed "formats" keeps its scalar model path.
void Reader::row_inputs(const YAML::Node& v, const std::vector<ColumnSpec>& columns, RowSpec& row,
                        std::vector<std::string>* formats) {
    if (!v.IsMap()) {
        in_.error(v, tr("'input' maps column keys to the model path a clerk's figure goes back to; expected e.g. "
                        "{{value: geography.population.value}"));
        return;
    }
    for (const auto& kv : v) {
        const std::string key = kv.first.Scalar();
        const ColumnSpec* col = nullptr;
        for (const ColumnSpec& c : columns)
            if (c.column.key == key) col = &c;
        if (formats && key == "formats" && kv.second.IsSequence()) {
            *formats = column_formats(kv.second);
            continue;
        }
        if (formats && key == "formats" && !col) {
            in_.error(kv.second, tr("'formats' lists the formats the blank row is written for; expected e.g. "
                                    "'formats: [xlsx]'"));
            continue;
        }
        if (!col || col->formula) {
            in_.error(kv.first, tr("'{1}' is not a column a clerk can fill; expected the key of a column of the table "
                                   "that no formula computes", key));
            continue;
        }
        const std::string p = word(kv.second, "input");
        if (p.find('.') == std::string::npos || p.find("{{") != std::string::npos)
            in_.error(kv.second, tr("input '{1}' is not a model path; expected e.g. geography.population.value", p));
        else
            row.inputs.emplace(key, p);
    }
}

std::optional<doc::Align> Reader::align(const YAML::Node& v) const {
    const std::string a = word(v, "align");
    if (a == "left") return doc::Align::Left;
    if (a == "center") return doc::Align::Center;
    if (a == "right") return doc::Align::Right;
    if (a == "justify") return doc::Align::Justify;
    in_.error(v, tr("unknown alignment '{1}'; expected left, center, right or justify", a));
    return std::nullopt;
}

const std::initializer_list<const char*>& block_types() {
    static const std::initializer_list<const char*> types = {
        "header", "title", "heading", "paragraph", "list", "table", "chart", "key_figures", "closing",
        "page_break", "section", "each"};
    return types;
}

std::vector<BlockSpec> Reader::blocks(const YAML::Node& node) {
    std::vector<BlockSpec> out;
    if (!node.IsSequence()) {
        in_.error(node, tr("blocks must be a list; expected '- paragraph: ...' items"));
        return out;
    }
    for (const auto& item : node)
        if (auto b = block(item)) out.push_back(std::move(*b));
    return out;
}

std::optional<BlockSpec> Reader::block(const YAML::Node& node) {
    if (!node.IsMap()) {
        in_.error(node, tr("a block must be a mapping such as 'paragraph: ...'; expected one of: header, title, "
                           "heading, paragraph, list, table, chart, key_figures, closing, page_break, section, each"));
        return std::nullopt;
    }
    BlockSpec b;
    b.origin = in_.at(node);
    YAML::Node body, type_key;
    std::string type;
    for (const auto& kv : node) {
        const std::string key = kv.first.Scalar();
        if (key == "when" || key == "unless") {
            (key == "when" ? b.when : b.unless) = path(kv.second, root_scope(), key);
            continue;
        }
        bool known = false;
        for (const char* t : block_types()) known = known || key == t;
        if (!known) {
            const std::string hint = yaml::suggestion(key, block_types());
            in_.error(kv.first, hint.empty() ? tr("unknown block type '{1}'; expected one of: header, title, heading, paragraph, "
                                                   "list, table, chart, key_figures, closing, page_break, section, each (and "
                                                   "'when', 'unless')", key)
                                            : tr("unknown block type '{1}'; {2}", key, hint));
            return std::nullopt;
        }
        if (!type.empty()) {
            in_.error(kv.first, tr("a block has one type, this one has '{1}' and '{2}'; expected a new '- {2}:' item",
                                   type, key));
            return std::nullopt;
        }
        type = key;
        type_key = kv.first;
        body = kv.second;
    }
    if (type.empty()) {
        in_.error(node, tr("the block has only 'when'; expected a block type such as 'paragraph:'"));
        return std::nullopt;
    }
    b.origin = in_.at(type_key);
    // Blocks that exist once in a document (tables and charts by id, the header, the signature)
    // cannot repeat per item.
    if (each_depth_ > 0 && type != "heading" && type != "paragraph" && type != "list" && type != "section" &&
        type != "each" && type != "page_break") {
        in_.error(type_key, tr("a {1} cannot repeat inside 'each'; expected heading, paragraph, list, section, each "
                               "or page_break", type));
        return std::nullopt;
    }
    if (type == "header") b.body = header(body);
    else if (type == "title") b.body = title(body);
    else if (type == "heading") b.body = heading(body);
    else if (type == "paragraph") b.body = paragraph(body);
    else if (type == "list") b.body = list(body);
    else if (type == "table") b.body = table(body);
    else if (type == "chart") b.body = chart(body);
    else if (type == "key_figures") b.body = key_figures(body);
    else if (type == "closing") b.body = closing(body);
    else if (type == "page_break") b.body = PageBreakSpec{};
    else if (type == "section") {
        YAML::Node inner = body;
        if (body.IsMap()) {
            if (!in_.check_map(body, {"blocks"}, "section")) return std::nullopt;
            inner = body["blocks"];
        }
        b.body = SectionSpec{blocks(inner)};
    } else if (type == "each") {
        auto e = each(body);
        if (!e) return std::nullopt;
        b.body = std::move(*e);
    }
    return b;
}

std::optional<EachSpec> Reader::each(const YAML::Node& v) {
    if (!v.IsMap()) {
        in_.error(v, tr("each must be a mapping; expected 'each: {{items: <list of the data>, blocks: [...]}'"));
        return std::nullopt;
    }
    if (!in_.check_map(v, {"items", "blocks"}, "each")) return std::nullopt;
    if (!v["items"] || !v["blocks"]) {
        in_.error(v, v["items"] ? tr("each needs 'blocks': the blocks repeated per item")
                                : tr("each needs 'items': a list of the data such as resolution.groups"));
        return std::nullopt;
    }
    EachSpec e;
    Found node;
    e.items = path(v["items"], scope_, "items", &node);
    if (node && !node->is_list()) {
        in_.error(v["items"], tr("'{1}' is not a list; expected a list of the data such as {2}", e.items, "resolution.groups"));
        return std::nullopt;
    }
    if (e.items.empty()) return std::nullopt;
    scope_.push_back(node->size() == 0 ? schema_tree() : node->items()[0]);
    ++each_depth_;
    e.blocks = blocks(v["blocks"]);
    --each_depth_;
    scope_.pop_back();
    return e;
}

HeaderSpec Reader::header(const YAML::Node& v) {
    HeaderSpec h;
    if (!in_.check_map(v, {"superior_body", "issuing_body", "number", "national_title", "motto", "place_date"}, "header"))
        return h;
    const Scope s = root_scope();
    if (v["superior_body"]) h.superior_body = tmpl(v["superior_body"], s, "superior_body");
    if (v["issuing_body"]) h.issuing_body = lines(v["issuing_body"], s, "issuing_body");
    if (v["number"]) h.number = tmpl(v["number"], s, "number");
    if (v["national_title"]) h.national_title = tmpl(v["national_title"], s, "national_title");
    if (v["motto"]) h.motto = tmpl(v["motto"], s, "motto");
    if (v["place_date"]) h.place_date = tmpl(v["place_date"], s, "place_date");
    return h;
}

TitleSpec Reader::title(const YAML::Node& v) {
    TitleSpec t;
    if (!in_.check_map(v, {"type", "summary"}, "title")) return t;
    if (v["type"]) t.type = tmpl(v["type"], root_scope(), "type");
    if (v["summary"]) t.summary = lines(v["summary"], root_scope(), "summary");
    return t;
}

HeadingSpec Reader::heading(const YAML::Node& v) {
    HeadingSpec h;
    if (v.IsScalar()) {
        h.text = tmpl(v, root_scope(), "heading");
        return h;
    }
    if (!in_.check_map(v, {"text", "level", "numbered", "anchor"}, "heading")) return h;
    if (v["text"]) h.text = tmpl(v["text"], root_scope(), "heading text");
    else in_.error(v, tr("the heading has no text; expected 'text: ...'"));
    if (v["level"]) {
        auto l = in_.integer(v["level"], "heading level");
        if (l && (*l < 1 || *l > 3)) in_.error(v["level"], tr("heading level must be 1, 2 or 3"));
        else if (l) h.level = *l;
    }
    if (v["numbered"]) {
        auto b = in_.boolean(v["numbered"], "numbered");
        if (b) h.numbered = *b;
    }
    if (v["anchor"]) h.anchor = word(v["anchor"], "anchor");
    return h;
}

ParagraphSpec Reader::paragraph(const YAML::Node& v) {
    ParagraphSpec p;
    if (v.IsScalar()) {
        p.text = tmpl(v, root_scope(), "paragraph");
        return p;
    }
    if (!in_.check_map(v, {"text", "role", "align", "indent"}, "paragraph")) return p;
    if (v["text"]) p.text = tmpl(v["text"], root_scope(), "paragraph text");
    else in_.error(v, tr("the paragraph has no text; expected 'text: ...'"));
    if (v["role"]) {
        p.role = word(v["role"], "role");
        bool known = false;
        for (const char* r : style_roles()) known = known || p.role == r;
        if (!known) {
            const std::string hint = yaml::suggestion(p.role, style_roles());
            in_.error(v["role"], hint.empty() ? tr("unknown role '{1}'; expected a style role of the profile such as body", p.role)
                                              : tr("unknown role '{1}'; {2}", p.role, hint));
        }
    }
    if (v["align"]) {
        if (auto a = align(v["align"])) p.align = *a;
    }
    if (v["indent"]) {
        if (auto b = in_.boolean(v["indent"], "indent")) p.indent = *b;
    }
    return p;
}

ListSpec Reader::list(const YAML::Node& v) {
    ListSpec l;
    if (v.IsSequence()) {
        l.lines = lines(v, root_scope(), "list");
        return l;
    }
    if (!in_.check_map(v, {"items", "text", "lines", "marker", "role"}, "list")) return l;
    if (v["items"]) {
        Found node;
        l.items = path(v["items"], root_scope(), "items", &node);
        if (node && !node->is_list()) {
            in_.error(v["items"], tr("'{1}' is not a list; expected a list of the data such as {2}", l.items,
                                     "resolution.breakthroughs"));
            l.items.clear();
        }
        Scope s = root_scope();
        if (node && node->is_list() && node->size() > 0) s.push_back(node->items()[0]);
        if (v["text"]) l.text = tmpl(v["text"], s, "list text");
        else in_.error(v, tr("the list has 'items' but no 'text'; expected e.g. text: \"{{{{text}}\""));
    } else if (v["lines"]) {
        l.lines = lines(v["lines"], root_scope(), "list lines");
    } else {
        in_.error(v, tr("the list has neither 'items' (a list of the data) nor 'lines'"));
    }
    if (v["marker"]) l.marker = word(v["marker"], "marker");
    if (v["role"]) l.role = word(v["role"], "role");
    return l;
}

std::optional<ColumnSpec> Reader::column(const YAML::Node& v, const Scope& row_scope, bool list_rows,
                                         const std::vector<ColumnSpec>& before) {
    ColumnSpec c;
    c.origin = in_.at(v);
    if (!in_.check_map(v, {"key", "title", "type", "decimals", "unit", "align", "width", "field", "text", "formula", "total",
                           "when", "signed", "optional", "input", "formats", "formula_formats"},
                       "column"))
        return std::nullopt;
    if (!v["key"]) {
        in_.error(v, tr("the column has no key; expected 'key: <name>' (formulas refer to it)"));
        return std::nullopt;
    }
    c.column.key = word(v["key"], "key");
    for (const ColumnSpec& b : before)
        if (b.column.key == c.column.key) in_.error(v["key"], tr("column key '{1}' is used twice in this table", c.column.key));
    if (v["title"]) c.title = tmpl(v["title"], root_scope(), "column title");
    if (v["type"]) {
        const std::string t = word(v["type"], "type");
        if (t == "text") c.column.type = doc::CellType::Text;
        else if (t == "integer") c.column.type = doc::CellType::Integer;
        else if (t == "decimal") c.column.type = doc::CellType::Decimal;
        else if (t == "percent") c.column.type = doc::CellType::Percent;
        else if (t == "money") c.column.type = doc::CellType::Money;
        else in_.error(v["type"], tr("unknown column type '{1}'; expected text, integer, decimal, percent or money", t));
    }
    const bool numeric = c.column.type != doc::CellType::Text;
    c.column.align = numeric ? doc::Align::Right : doc::Align::Left;
    if (v["formats"]) c.formats = column_formats(v["formats"]);
    if (v["formula_formats"]) c.formula_formats = column_formats(v["formula_formats"]);
    column_formula(v, c, before);
    column_decimals(v, c, numeric);
    if (v["unit"]) c.column.unit = word(v["unit"], "unit");
    if (v["align"]) {
        if (auto a = align(v["align"])) c.column.align = *a;
    }
    if (v["width"]) {
        if (auto w = in_.number(v["width"], "width")) c.column.width = *w;
    }
    if (v["total"]) {
        const std::string t = word(v["total"], "total");
        if (t == "sum") c.column.total = doc::Aggregate::Sum;
        else if (t == "label") c.column.total = doc::Aggregate::Label;
        else if (t != "none") in_.error(v["total"], tr("unknown total '{1}'; expected sum, label or none", t));
    }
    column_binding(v, c, row_scope, list_rows, numeric);
    if (v["input"]) {
        if (list_rows) c.input = tmpl(v["input"], row_scope, "column input");
        else in_.error(v["input"], tr("'input' names where each row's value goes in the ward model; expected it on a "
                                      "table whose rows come from a list (rows: ...)"));
    }
    if (v["optional"]) {
        if (auto b = in_.boolean(v["optional"], "optional")) c.optional = *b;
    }
    if (v["signed"]) {
        if (auto b = in_.boolean(v["signed"], "signed")) c.show_sign = *b;
        if (!numeric) in_.error(v["signed"], tr("'signed' shows the sign of a number; expected it on a numeric column"));
    }
    // A condition on the row item ("raising": actual/target means something only for a target
    // that asks for more). Rows written out in the definition have their own `when` instead.
    if (v["when"]) {
        if (list_rows) c.when = path(v["when"], row_scope, "when");
        else in_.error(v["when"], tr("a column's 'when' reads the row's item; this table lists its rows, expected "
                                     "'when' on each row instead"));
    }
    return c;
}

// `formats: [xlsx, ...]`: format ids (those of --format, which plugins bring at run time, so
// only their spelling is checked here).
std::vector<std::string> Reader::column_formats(const YAML::Node& v) const {
    std::vector<std::string> out;
    const bool list = v.IsSequence() && v.size() > 0;
    if (list)
        for (const auto& f : v) {
            const std::string id = word(f, "format");
            const bool valid = !id.empty() && std::all_of(id.begin(), id.end(), [](char ch) {
                return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_';
            });
            if (valid) out.push_back(id);
            else if (f.IsScalar()) in_.error(f, tr("'{1}' is not a format id; expected one like xlsx (see `wardreport plugins`)", id));
        }
    if (!list) in_.error(v, tr("'formats' lists the formats the column is written for; expected e.g. 'formats: [xlsx]'"));
    return out;
}

// Whether every format the formula of `user` is written for has column `used` too.
bool Reader::written_wherever(const ColumnSpec& used, const ColumnSpec& user) {
    const std::vector<std::string>& formats = user.formula_formats.empty() ? user.formats : user.formula_formats;
    if (used.formats.empty()) return true;
    if (formats.empty()) return false;
    return std::all_of(formats.begin(), formats.end(), [&](const std::string& f) {
        return std::find(used.formats.begin(), used.formats.end(), f) != used.formats.end();
    });
}

std::string Reader::join_formats(const std::vector<std::string>& formats) {
    std::string out;
    for (const std::string& f : formats) out += (out.empty() ? "" : ", ") + f;
    return out;
}

// `formula:` parsed, each column it refers to checked to come before this one and to be always there.
void Reader::column_formula(const YAML::Node& v, ColumnSpec& c, const std::vector<ColumnSpec>& before) {
    if (!v["formula"]) return;
    const std::string f = word(v["formula"], "formula");
    std::string error;
    std::size_t at = 0;
    c.formula = Formula::parse(f, error, at);
    // At the character that is wrong, when the formula is written on one line of the file.
    if (!c.formula) in_.at(v["formula"]).locate(f.substr(at), 0).error(in_.diags(), tr("bad formula '{1}': {2}", f, error));
    if (c.formula)
        for (const std::string& ref : c.formula->references()) {
            const ColumnSpec* found = nullptr;
            for (const ColumnSpec& b : before)
                if (b.column.key == ref) found = &b;
            if (!found)
                in_.at(v["formula"]).locate("{" + ref + "}", 0).error(in_.diags(),
                    tr("formula refers to {{{1}}, which is not a column before this one", ref));
            else if (found->optional)
                in_.error(v["formula"], tr("formula refers to {{{1}}, an optional column that may be left out; "
                                           "expected a column that is always there", ref));
            else if (!written_wherever(*found, c))
                in_.at(v["formula"]).locate("{" + ref + "}", 0).error(in_.diags(),
                    tr("formula refers to {{{1}}, a column written only for {2}, while the formula is written for {3}; "
                       "expected 'formula_formats: [{2}]' (the formula kept for those formats only) or 'formats: [{2}]' "
                       "on this column, or a formula over columns every format has",
                       ref, join_formats(found->formats), formula_formats(c).empty() ? tr("every format").text
                                                                                      : join_formats(formula_formats(c))));
        }
    c.column.formula = f;
}

// `decimals:` fixed (0..6) or "auto" (as written); a formula column needs a fixed number.
void Reader::column_decimals(const YAML::Node& v, ColumnSpec& c, bool numeric) {
    if (v["decimals"]) {
        if (v["decimals"].IsScalar() && v["decimals"].Scalar() == "auto") {
            c.auto_decimals = true;
        } else if (auto d = in_.integer(v["decimals"], "decimals")) {
            if (*d < 0 || *d > 6) in_.error(v["decimals"], tr("decimals must be between 0 and 6, or auto"));
            else c.column.decimals = *d;
        }
    } else if (c.formula && numeric) {
        c.column.decimals = c.column.type == doc::CellType::Integer ? 0 : (c.column.type == doc::CellType::Percent ? 1 : 2);
    } else {
        c.auto_decimals = c.column.type == doc::CellType::Decimal || c.column.type == doc::CellType::Percent ||
                          c.column.type == doc::CellType::Money;
    }
    if (c.auto_decimals && c.formula)
        in_.error(v["decimals"], tr("a formula column needs a fixed number of decimals; expected decimals: 0..6"));
}

// Where a column's cells come from: a field of the row, a template, or its formula.
void Reader::column_binding(const YAML::Node& v, ColumnSpec& c, const Scope& row_scope, bool list_rows, bool numeric) {
    // A formula with a field: the field is the engine's value (progress.hpp's rules, say) and the
    // formula restates it over the row's cells so spreadsheets stay live; tests hold them equal.
    const int bindings = (v["field"] ? 1 : 0) + (v["text"] ? 1 : 0) + (v["formula"] && !v["field"] ? 1 : 0);
    if (list_rows) {
        if (bindings != 1)
            in_.error(v, tr("column '{1}' needs exactly one of field (a field of the row), text (a template) or formula "
                            "(with a field or alone)", c.column.key));
        if (v["field"]) {
            Found node;
            c.field = path(v["field"], row_scope, "field", &node);
            // A year is a label written as text: a numeric column may show it as a number.
            const bool number_text = node && node->is_text() && Decimal::parse(node->text());
            if (node && numeric && !node->is_figure() && !number_text)
                in_.error(v["field"], tr("'{1}' is not a figure; a numeric column expects a figure such as value or share", c.field));
            if (node && !numeric && !node->is_text() && !node->get("text"))
                in_.error(v["field"], tr("'{1}' is not text; expected a text field or a figure", c.field));
        }
        if (v["text"]) {
            if (numeric) in_.error(v["text"], tr("a numeric column takes 'field', not 'text'"));
            c.text = tmpl(v["text"], row_scope, "column text");
        }
    } else if (v["field"] || v["text"]) {
        in_.error(v["field"] ? v["field"] : v["text"],
                  tr("the table lists its rows: give the value in each row under key '{1}', not in the column", c.column.key));
    }
}

// A row written out in the definition: each key a column of the table (a text template, or the
// path of a figure), or its `when` and `input`.
std::optional<RowSpec> Reader::fixed_row(const YAML::Node& r, const std::vector<ColumnSpec>& columns, const Scope& root) {
    RowSpec row;
    row.origin = in_.at(r);
    if (!r.IsMap()) {
        in_.error(r, tr("a row must be a mapping of column keys to values"));
        return std::nullopt;
    }
    for (const auto& kv : r) {
        const std::string key = kv.first.Scalar();
        if (key == "when") {
            row.when = path(kv.second, root, "when");
            continue;
        }
        if (key == "input") {
            row_inputs(kv.second, columns, row);
            continue;
        }
        const ColumnSpec* col = nullptr;
        for (const ColumnSpec& c : columns)
            if (c.column.key == key) col = &c;
        if (!col) {
            in_.error(kv.first, tr("unknown column '{1}' in this row; expected a column key of the table, 'when' or "
                                   "'input'", key));
            continue;
        }
        if (col->formula) {
            in_.error(kv.first, tr("column '{1}' is computed by its formula; leave it out of the rows", key));
        } else if (col->column.type == doc::CellType::Text) {
            if (auto tt = tmpl(kv.second, root, "cell")) row.texts.emplace(key, std::move(*tt));
        } else {
            Found node;
            std::string p = path(kv.second, root, "cell", &node);
            if (node && !node->is_figure())
                in_.error(kv.second, tr("'{1}' is not a figure; a numeric column expects a figure such as geography.area", p));
            else if (!p.empty()) row.fields.emplace(key, p);
        }
    }
    return row;
}

TableSpec Reader::table(const YAML::Node& v) {
    TableSpec t;
    t.origin = in_.at(v);
    if (!in_.check_map(v, {"id", "number", "title", "unit_note", "rows", "columns", "totals", "totals_label", "notes", "landscape", "empty_text",
                        "input_row"},
                       "table"))
        return t;
    if (v["id"]) t.id = word(v["id"], "id");
    else in_.error(v, tr("the table has no id; expected 'id: <name>' (sheet names and charts use it)"));
    if (!t.id.empty() && tables_.count(t.id)) in_.error(v["id"], tr("table id '{1}' is used twice", t.id));
    const Scope root = root_scope();
    if (v["title"]) t.title = tmpl(v["title"], root, "table title");
    if (v["unit_note"]) t.unit_note = tmpl(v["unit_note"], root, "unit_note");
    if (v["number"]) {
        t.number = word(v["number"], "number");
        if (t.number.find("{nn}") == std::string::npos)
            in_.error(v["number"], tr("a table number needs '{{nn}' where the number goes; expected e.g. \"Biểu {{nn}.\""));
    }
    if (v["empty_text"]) t.empty_text = tmpl(v["empty_text"], root, "empty_text");
    if (v["notes"]) t.notes = lines(v["notes"], root, "notes");
    if (v["totals"]) {
        if (auto b = in_.boolean(v["totals"], "totals")) t.totals = *b;
    }
    if (v["totals_label"]) t.totals_label = word(v["totals_label"], "totals_label");
    if (v["landscape"]) {
        if (auto b = in_.boolean(v["landscape"], "landscape")) t.landscape = *b;
    }
    Scope row_scope = root;
    const bool list_rows = v["rows"] && v["rows"].IsScalar();
    if (!v["rows"]) in_.error(v, tr("the table has no rows; expected 'rows: <list of the data>' or a list of rows"));
    else if (list_rows) {
        Found node;
        t.rows = path(v["rows"], root, "rows", &node);
        if (node && !node->is_list()) {
            in_.error(v["rows"], tr("'{1}' is not a list; expected a list of the data such as {2}", t.rows,
                                    "geography.ethnic_groups"));
            t.rows.clear();
        }
        if (node && node->is_list() && node->size() > 0) row_scope.push_back(node->items()[0]);
    }
    if (!v["columns"] || !v["columns"].IsSequence() || v["columns"].size() == 0) {
        in_.error(v["columns"] ? v["columns"] : v, tr("the table needs a list of columns"));
        return t;
    }
    for (const auto& c : v["columns"])
        if (auto col = column(c, row_scope, list_rows, t.columns)) t.columns.push_back(std::move(*col));
    if (v["rows"] && v["rows"].IsSequence()) {
        for (const auto& r : v["rows"])
            if (auto row = fixed_row(r, t.columns, root)) t.fixed_rows.push_back(std::move(*row));
    } else if (v["rows"] && !list_rows) {
        in_.error(v["rows"], tr("rows must be the path of a list of the data or a list of rows"));
    }
    if (v["input_row"] && !list_rows) {
        in_.error(v["input_row"], tr("'input_row' adds a row after the rows of a list; expected 'rows: <list of the data>'"));
    } else if (v["input_row"]) {
        RowSpec r;
        r.origin = in_.at(v["input_row"]);
        // A blank row is for typing into: by default only the spreadsheet has it.
        std::vector<std::string> formats{"xlsx"};
        row_inputs(v["input_row"], t.columns, r, &formats);
        t.input_row = std::move(r);
        input_row_tables_.insert(t.id);
        if (!t.id.empty()) format_limits_.input_rows[t.id] = std::move(formats);
    }
    if (!t.id.empty()) {
        auto& cols = tables_[t.id];
        for (const ColumnSpec& c : t.columns) cols.emplace_back(c.column.key, c.column.type);
        for (const ColumnSpec& c : t.columns) {
            if (!c.formats.empty()) format_limits_.columns[t.id][c.column.key] = c.formats;
            if (!c.formula_formats.empty()) format_limits_.formulas[t.id][c.column.key] = c.formula_formats;
        }
    }
    return t;
}

ChartSpec Reader::chart(const YAML::Node& v) {
    ChartSpec c;
    if (!in_.check_map(v, {"kind", "id", "title", "unit", "table", "category", "series", "reference", "empty_text"}, "chart"))
        return c;
    const std::string kind = v["kind"] ? word(v["kind"], "kind") : "pie";
    if (kind == "pie") c.kind = doc::ChartKind::Pie;
    else if (kind == "bar") c.kind = doc::ChartKind::Bar;
    else in_.error(v["kind"], tr("unknown chart kind '{1}'; expected pie or bar", kind));
    if (v["id"]) c.id = word(v["id"], "id");
    else in_.error(v, tr("the chart has no id; expected 'id: <name>'"));
    if (!c.id.empty() && !chart_ids_.insert(c.id).second) in_.error(v["id"], tr("chart id '{1}' is used twice", c.id));
    if (v["title"]) c.title = tmpl(v["title"], root_scope(), "chart title");
    if (v["empty_text"]) c.empty_text = tmpl(v["empty_text"], root_scope(), "empty_text");
    if (v["unit"]) c.unit = word(v["unit"], "unit");
    if (v["reference"]) c.reference = in_.number(v["reference"], "reference");
    if (v["table"]) {
        c.table = word(v["table"], "table");
        if (!tables_.count(c.table))
            in_.error(v["table"], tr("no table '{1}' before this chart; expected the id of a table above it", c.table));
        else if (input_row_tables_.count(c.table))
            in_.error(v["table"], tr("table '{1}' has an 'input_row', which a chart would draw as a category; expected "
                                     "a table without one", c.table));
    } else {
        in_.error(v, tr("the chart has no table; expected 'table: <id of a table above>'"));
    }
    if (v["category"]) c.category = word(v["category"], "category");
    else in_.error(v, tr("the chart has no category column; expected 'category: <column key>'"));
    if (v["series"] && v["series"].IsSequence()) {
        for (const auto& s : v["series"]) {
            SeriesSpec ss;
            if (s.IsScalar()) ss.column = s.Scalar();
            else if (in_.check_map(s, {"column", "name"}, "series")) {
                if (s["column"]) ss.column = word(s["column"], "column");
                if (s["name"]) ss.name = tmpl(s["name"], root_scope(), "series name");
            }
            if (ss.column.empty()) in_.error(s, tr("the series has no column; expected 'column: <column key>'"));
            c.series.push_back(std::move(ss));
        }
    } else {
        in_.error(v["series"] ? v["series"] : v, tr("the chart needs 'series': a list of column keys"));
    }
    auto table = tables_.find(c.table);
    if (table != tables_.end()) {
        auto type_of = [&](const std::string& key) -> std::optional<doc::CellType> {
            for (const auto& kv : table->second)
                if (kv.first == key) return kv.second;
            return std::nullopt;
        };
        if (!c.category.empty() && !type_of(c.category))
            in_.error(v["category"], tr("table '{1}' has no column '{2}'", c.table, c.category));
        // A chart is drawn in every format: its columns must be in every format's table.
        const auto restricted = format_limits_.columns.find(c.table);
        auto some_formats = [&](const std::string& key) {
            return restricted != format_limits_.columns.end() && restricted->second.count(key) > 0;
        };
        if (some_formats(c.category))
            in_.error(v["category"], tr("column '{1}' is written only for some formats; a chart is drawn in every "
                                        "format, expected a column without 'formats'", c.category));
        std::size_t i = 0;
        if (v["series"].IsSequence()) for (const auto& s : v["series"]) {
            const std::string& key = c.series[i++].column;
            auto t = type_of(key);
            if (!key.empty() && !t) in_.error(s, tr("table '{1}' has no column '{2}'", c.table, key));
            else if (t && *t == doc::CellType::Text)
                in_.error(s, tr("column '{1}' is text; a series expects a numeric column", key));
            else if (some_formats(key))
                in_.error(s, tr("column '{1}' is written only for some formats; a chart is drawn in every "
                                "format, expected a column without 'formats'", key));
        }
    }
    return c;
}

KeyFiguresSpec Reader::key_figures(const YAML::Node& v) {
    KeyFiguresSpec k;
    YAML::Node items = v;
    if (v.IsMap()) {
        if (!in_.check_map(v, {"title", "items"}, "key_figures")) return k;
        if (v["title"]) k.title = tmpl(v["title"], root_scope(), "title");
        items = v["items"];
    }
    if (!items || !items.IsSequence()) {
        in_.error(v, tr("key_figures needs a list of items: '- {{label: ..., field: ...}'"));
        return k;
    }
    for (const auto& i : items) {
        KeyFigureSpec f;
        f.origin = in_.at(i);
        if (!in_.check_map(i, {"label", "field", "type", "decimals", "unit", "input"}, "key figure")) continue;
        if (i["label"]) f.label = tmpl(i["label"], root_scope(), "label");
        if (i["field"]) {
            Found node;
            f.field = path(i["field"], root_scope(), "field", &node);
            if (node && !node->is_figure())
                in_.error(i["field"], tr("'{1}' is not a figure; expected e.g. geography.area", f.field));
        } else {
            in_.error(i, tr("the key figure has no field; expected 'field: <figure of the data>'"));
        }
        if (i["type"]) {
            const std::string t = word(i["type"], "type");
            if (t == "integer") f.type = doc::CellType::Integer;
            else if (t == "decimal") f.type = doc::CellType::Decimal;
            else if (t == "percent") f.type = doc::CellType::Percent;
            else if (t == "money") f.type = doc::CellType::Money;
            else in_.error(i["type"], tr("unknown type '{1}'; expected integer, decimal, percent or money", t));
        }
        if (i["decimals"]) f.decimals = in_.integer(i["decimals"], "decimals");
        if (i["unit"]) f.unit = word(i["unit"], "unit");
        if (i["input"]) {
            f.input = word(i["input"], "input");
            if (f.input.find('.') == std::string::npos || f.input.find("{{") != std::string::npos)
                in_.error(i["input"], tr("input '{1}' is not a model path; expected e.g. geography.population.value", f.input));
        }
        k.items.push_back(std::move(f));
    }
    return k;
}

ClosingSpec Reader::closing(const YAML::Node& v) {
    ClosingSpec c;
    if (!in_.check_map(v, {"recipients", "authority", "title", "signer"}, "closing")) return c;
    const Scope s = root_scope();
    if (v["recipients"]) c.recipients = lines(v["recipients"], s, "recipients");
    if (v["authority"]) c.authority = lines(v["authority"], s, "authority");
    if (v["title"]) c.title = tmpl(v["title"], s, "title");
    if (v["signer"]) c.signer = tmpl(v["signer"], s, "signer");
    return c;
}

std::optional<Definition> Reader::definition(const YAML::Node& root, const std::string& id) {
    const std::size_t before = in_.diags().error_count();
    Definition d;
    d.id = id;
    d.origin = in_.at(root);
    if (!in_.check_map(root, {"description", "profile", "requires", "landscape", "document", "metadata", "blocks"},
                       tr("a report definition")))
        return std::nullopt;
    if (root["description"]) d.description = word(root["description"], "description");
    else in_.error(root, tr("the definition has no description; expected 'description: <one line>'"));
    if (root["profile"]) {
        const std::string p = word(root["profile"], "profile");
        auto it = profiles_.find(p);
        if (it == profiles_.end()) {
            std::string known;
            for (const auto& kv : profiles_) known += (known.empty() ? "" : ", ") + kv.first;
            in_.error(root["profile"], known.empty() ? tr("unknown layout profile '{1}'; expected one of: (none found in profiles/)", p)
                                                     : tr("unknown layout profile '{1}'; expected one of: {2}", p, known));
        } else {
            d.profile = it->second;
        }
    } else {
        in_.error(root, tr("the definition names no layout profile; expected 'profile: hd36' or 'profile: nd30'"));
    }
    if (root["requires"]) {
        const YAML::Node r = root["requires"];
        if (r.IsSequence()) {
            for (const auto& p : r)
                if (auto s = path(p, root_scope(), "requires"); !s.empty()) d.requires_paths.push_back(s);
        } else if (auto s = path(r, root_scope(), "requires"); !s.empty()) {
            d.requires_paths.push_back(s);
        }
    }
    if (root["landscape"]) {
        if (auto b = in_.boolean(root["landscape"], "landscape")) d.landscape = *b;
    }
    if (const YAML::Node doc_node = root["document"]) {
        if (in_.check_map(doc_node, {"symbol", "date_from"}, "document")) {
            if (doc_node["symbol"]) d.symbol = word(doc_node["symbol"], "symbol");
            if (doc_node["date_from"]) {
                Found node;
                d.date_from = path(doc_node["date_from"], root_scope(), "date_from", &node);
                if (node && !node->is_date())
                    in_.error(doc_node["date_from"], tr("'{1}' is not a date; expected e.g. congress.end", d.date_from));
            }
        }
    }
    if (const YAML::Node m = root["metadata"]) {
        if (in_.check_map(m, {"title", "subject", "keywords", "author", "company"}, "metadata")) {
            const Scope s = root_scope();
            if (m["title"]) d.meta_title = tmpl(m["title"], s, "metadata title");
            if (m["subject"]) d.meta_subject = tmpl(m["subject"], s, "metadata subject");
            if (m["keywords"]) d.meta_keywords = tmpl(m["keywords"], s, "metadata keywords");
            if (m["author"]) d.meta_author = tmpl(m["author"], s, "metadata author");
            if (m["company"]) d.meta_company = tmpl(m["company"], s, "metadata company");
        }
    }
    if (root["blocks"]) d.blocks = blocks(root["blocks"]);
    else in_.error(root, tr("the definition has no blocks; expected 'blocks:' and a list of blocks"));
    if (in_.diags().error_count() != before) return std::nullopt;
    d.format_limits = format_limits_;
    return d;
}

}  // namespace

std::optional<Definition> read_definition(const YAML::Node& root, const std::string& id,
                                          const std::map<std::string, Profile>& profiles, const yaml::Reader& in) {
    Reader r(in, profiles);
    return r.definition(root, id);
}

}  // namespace wardreport::report
