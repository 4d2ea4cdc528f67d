#include "formula.hpp"

#include <wardreport/exporter.hpp>
#include <wardreport/formula.hpp>

#include <algorithm>

namespace wardreport::xlsx {

std::string column_letters(std::size_t col) {
    std::string out;
    ++col;
    while (col > 0) {
        const std::size_t r = (col - 1) % 26;
        out.insert(out.begin(), static_cast<char>('A' + r));
        col = (col - 1) / 26;
    }
    return out;
}

namespace {

using formula::Node;
using Kind = formula::Node::Kind;

// Where the row number goes in the compiled text; split on it once, filled per row.
constexpr char row_mark = '\x01';

// Precedence of what an emitted text is: comparison, sum, product, negation, atom.
enum Prec { Compare = 0, Sum = 1, Product = 2, Neg = 3, Atom = 4 };

struct Text {
    std::string s;
    int prec = Atom;
};

bool numeric(doc::CellType t) { return t != doc::CellType::Text && t != doc::CellType::Empty; }

std::string plain_decimal(const Decimal& d) {
    std::string s = d.to_string();
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    return s;
}

class Translator {
public:
    Translator(const std::vector<doc::Column>& columns, std::size_t self, std::size_t first_col, std::string where)
        : columns_(columns), self_(self), first_col_(first_col), where_(std::move(where)) {}

    std::string formula(const Node& root) {
        const bool percent = columns_[self_].type == doc::CellType::Percent;
        std::vector<std::size_t> guard;
        strict(root, false, guard);
        std::string body = (percent ? fraction(root) : emit(root, false)).s;
        if (needs_iferror_) body = "IFERROR(" + body + ",\"\")";
        return "=" + guarded(guard, body);
    }
    std::vector<std::size_t> inputs;

private:
    const std::vector<doc::Column>& columns_;
    std::size_t self_, first_col_;
    std::string where_;
    bool needs_iferror_ = false;

    std::size_t column_of(const Node& ref) {
        std::string keys;
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            if (columns_[c].key == ref.text) {
                if (c == self_) fail(ref, "column '" + ref.text + "' refers to itself", "other columns");
                return c;
            }
            keys += (keys.empty() ? "" : ", ") + columns_[c].key;
        }
        fail(ref, "unknown column '" + ref.text + "'", "one of: " + keys);
    }
    [[noreturn]] void fail(const Node& at, const std::string& what, const std::string& expected) const {
        throw ExportError(where_ + ", character " + std::to_string(at.at + 1) + ": " + what + "; expected " + expected);
    }
    std::string cell(std::size_t c) const { return column_letters(first_col_ + c) + row_mark; }

    static bool text_comparison(const Node& n) {
        return n.kind == Kind::Binary && formula::is_comparison(n.op) &&
               (n.args[0].kind == Kind::Text || n.args[1].kind == Kind::Text);
    }

    // The numeric cells whose blank makes `n` unknown: not those read as they are (in a
    // comparison with a text, under ISNUMBER), nor those of an IF's branches (guarded there).
    void strict(const Node& n, bool raw, std::vector<std::size_t>& out) {
        if (n.kind == Kind::Ref) {
            const std::size_t c = column_of(n);
            if (std::find(inputs.begin(), inputs.end(), c) == inputs.end()) inputs.push_back(c);
            if (!raw && numeric(columns_[c].type) && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
            return;
        }
        if (n.kind == Kind::Call && n.op == "ISNUMBER") return strict(n.args[0], true, out);
        // LEFT and RIGHT read their text as it is, a blank as "" (formula.hpp): never guarded,
        // never VALUE().
        if (n.kind == Kind::Call && (n.op == "LEFT" || n.op == "RIGHT")) {
            strict(n.args[0], true, out);
            return strict(n.args[1], raw, out);
        }
        if (n.kind == Kind::Call && n.op == "IF") return strict(n.args[0], raw, out);
        const bool r = raw || text_comparison(n);
        for (const Node& a : n.args) strict(a, r, out);
    }

    std::string guarded(const std::vector<std::size_t>& cells, const std::string& body) const {
        if (cells.empty()) return body;
        std::string out = "IF(COUNT(";
        for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + cell(cells[i]);
        return out + ")<" + std::to_string(cells.size()) + ",\"\"," + body + ")";
    }

    // A branch of an IF, or the whole: guarded by the cells it reads itself.
    std::string branch(const Node& n, bool percent) {
        std::vector<std::size_t> cells;
        strict(n, false, cells);
        return guarded(cells, (percent ? fraction(n) : emit(n, false)).s);
    }

    static std::string wrap(const Text& t, int prec, bool right_of_same = false) {
        return t.prec < prec || (right_of_same && t.prec == prec) ? "(" + t.s + ")" : t.s;
    }

    // What a percent column's formula ends with, as a fraction (see formula.hpp).
    Text fraction(const Node& n) {
        if (n.kind == Kind::Call && n.op == "IF")
            return {"IF(" + emit(n.args[0], false).s + "," + branch(n.args[1], true) + "," + branch(n.args[2], true) + ")", Atom};
        if (n.kind == Kind::Text) return emit(n, false);
        if (n.kind == Kind::Number) return {plain_decimal(Decimal(n.number.mantissa(), n.number.scale() + 2)), Atom};
        if (n.kind == Kind::Binary && n.op == "*" && n.args[1].kind == Kind::Number &&
            n.args[1].number == Decimal::integer(100))
            return emit(n.args[0], false);
        return {wrap(emit(n, false), Product) + "/100", Product};
    }

    Text emit(const Node& n, bool raw) {
        switch (n.kind) {
            case Kind::Number: return {n.number.to_string(), Atom};
            case Kind::Text: {
                std::string s = "\"";
                for (char c : n.text) s += c == '"' ? std::string("\"\"") : std::string(1, c);
                return {s + "\"", Atom};
            }
            case Kind::Ref: {
                const std::size_t c = column_of(n);
                if (raw) return {cell(c), Atom};
                if (!numeric(columns_[c].type)) {
                    needs_iferror_ = true;
                    return {"VALUE(" + cell(c) + ")", Atom};
                }
                if (columns_[c].type == doc::CellType::Percent) return {cell(c) + "*100", Product};
                return {cell(c), Atom};
            }
            case Kind::Negate: return {"-" + wrap(emit(n.args[0], raw), Neg), Neg};
            case Kind::Binary: return binary(n, raw);
            case Kind::Call: return call(n, raw);
        }
        return {};
    }
    Text binary(const Node& n, bool raw) {
        if (formula::is_comparison(n.op)) {
            const bool r = raw || text_comparison(n);
            return {wrap(emit(n.args[0], r), Sum) + n.op + wrap(emit(n.args[1], r), Sum), Compare};
        }
        const int p = n.op == "+" || n.op == "-" ? Sum : Product;
        if (n.op == "/" && n.args[1].kind != Kind::Number) needs_iferror_ = true;
        // An IF inside arithmetic may give "" from a guarded branch: an error IFERROR turns to "".
        for (const Node& a : n.args) if (a.kind == Kind::Call && a.op == "IF") needs_iferror_ = true;
        return {wrap(emit(n.args[0], raw), p) + n.op + wrap(emit(n.args[1], raw), p, n.op != "+"), p};
    }
    Text call(const Node& n, bool raw) {
        if (n.op == "IF")
            return {"IF(" + emit(n.args[0], raw).s + "," + branch(n.args[1], false) + "," + branch(n.args[2], false) + ")", Atom};
        // POWER has no value for some numbers (a negative to a fraction): an error IFERROR turns to "".
        if (n.op == "POWER") needs_iferror_ = true;
        std::string s = n.op + "(";
        for (std::size_t i = 0; i < n.args.size(); ++i) {
            // ISNUMBER asks about the cell as it is: VALUE or *100 would answer another question.
            const bool as_is = (n.op == "ISNUMBER" || ((n.op == "LEFT" || n.op == "RIGHT") && i == 0)) &&
                               n.args[i].kind == Kind::Ref;
            s += (i ? "," : "") + emit(n.args[i], raw || as_is).s;
        }
        return {s + ")", Atom};
    }
};

}  // namespace

std::optional<RowFormula> RowFormula::compile(const std::vector<doc::Column>& columns, std::size_t self,
                                              const std::string& table_id, std::size_t first_col) {
    const doc::Column& column = columns[self];
    const formula::Parsed parsed = formula::parse(column.formula);
    if (!parsed.root) return std::nullopt;
    Translator t(columns, self, first_col,
                 "table '" + table_id + "', column '" + column.key + "': formula '" + column.formula + "'");
    const std::string text = t.formula(*parsed.root);
    RowFormula f;
    f.inputs_ = t.inputs;
    std::size_t from = 0;
    for (std::size_t at = text.find(row_mark); at != std::string::npos; at = text.find(row_mark, from)) {
        f.pieces_.push_back(text.substr(from, at - from));
        from = at + 1;
    }
    f.pieces_.push_back(text.substr(from));
    return f;
}

std::string RowFormula::at(std::uint32_t row) const {
    const std::string r = std::to_string(static_cast<std::uint64_t>(row) + 1);
    std::string out = pieces_[0];
    for (std::size_t i = 1; i < pieces_.size(); ++i) out += r + pieces_[i];
    return out;
}

}  // namespace wardreport::xlsx
