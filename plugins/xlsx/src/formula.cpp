#include "formula.hpp"

#include <wardreport/exporter.hpp>

#include <algorithm>
#include <cctype>
#include <memory>

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

struct Node {
    enum Kind { Num, Ref, Neg, Bin } kind = Num;
    char op = 0;
    Decimal num;
    std::size_t col = 0;
    std::unique_ptr<Node> a, b;
};
using NodeP = std::unique_ptr<Node>;

NodeP number(Decimal d) {
    auto n = std::make_unique<Node>();
    n->num = d;
    return n;
}
NodeP binary(char op, NodeP a, NodeP b) {
    auto n = std::make_unique<Node>();
    n->kind = Node::Bin;
    n->op = op;
    n->a = std::move(a);
    n->b = std::move(b);
    return n;
}

// Recursive descent over: expr := term (('+'|'-') term)*, term := factor (('*'|'/') factor)*,
// factor := ('-'|'+') factor | number | '{' key '}' | '(' expr ')'.
class Parser {
public:
    Parser(const std::string& src, const std::vector<doc::Column>& columns, std::size_t self,
           std::string where)
        : s_(src), columns_(columns), self_(self), where_(std::move(where)) {}

    NodeP parse() {
        NodeP n = expr();
        skip();
        if (i_ < s_.size()) fail("unexpected '" + std::string(1, s_[i_]) + "'", "an operator");
        return n;
    }
    std::vector<std::size_t> inputs;

private:
    [[noreturn]] void fail(const std::string& what, const std::string& expected) const {
        throw ExportError(where_ + ": formula '" + s_ + "', character " + std::to_string(i_ + 1) +
                          ": " + what + "; expected " + expected);
    }
    void skip() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
    }
    bool eat(char c) {
        skip();
        if (i_ < s_.size() && s_[i_] == c) { ++i_; return true; }
        return false;
    }
    NodeP expr() {
        NodeP n = term();
        for (;;) {
            if (eat('+')) n = binary('+', std::move(n), term());
            else if (eat('-')) n = binary('-', std::move(n), term());
            else return n;
        }
    }
    NodeP term() {
        NodeP n = factor();
        for (;;) {
            if (eat('*')) n = binary('*', std::move(n), factor());
            else if (eat('/')) n = binary('/', std::move(n), factor());
            else return n;
        }
    }
    NodeP factor() {
        if (eat('-')) {
            auto n = std::make_unique<Node>();
            n->kind = Node::Neg;
            n->a = factor();
            return n;
        }
        if (eat('+')) return factor();
        if (eat('(')) {
            NodeP n = expr();
            if (!eat(')')) fail("missing ')'", "')'");
            return n;
        }
        skip();
        if (i_ < s_.size() && s_[i_] == '{') return reference();
        const std::size_t start = i_;
        while (i_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[i_])) || s_[i_] == '.')) ++i_;
        if (start == i_) fail(i_ < s_.size() ? "unexpected '" + std::string(1, s_[i_]) + "'" : "unexpected end",
                              "a number, {column} or '('");
        auto d = Decimal::parse(s_.substr(start, i_ - start));
        if (!d) { i_ = start; fail("malformed number", "digits with at most one '.'"); }
        return number(*d);
    }
    NodeP reference() {
        const std::size_t open = i_++;
        const auto close = s_.find('}', i_);
        if (close == std::string::npos) { i_ = open; fail("'{' without '}'", "{column key}"); }
        const std::string key = s_.substr(i_, close - i_);
        i_ = close + 1;
        std::string keys;
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            if (columns_[c].key == key) {
                if (c == self_) { i_ = open; fail("column '" + key + "' refers to itself", "other columns"); }
                if (columns_[c].type == doc::CellType::Text || columns_[c].type == doc::CellType::Empty) {
                    i_ = open;
                    fail("column '" + key + "' holds text", "a numeric column");
                }
                auto n = std::make_unique<Node>();
                n->kind = Node::Ref;
                n->col = c;
                inputs.push_back(c);
                return n;
            }
            keys += (keys.empty() ? "" : ", ") + columns_[c].key;
        }
        i_ = open;
        fail("unknown column '" + key + "'", "one of: " + keys);
    }

    const std::string& s_;
    const std::vector<doc::Column>& columns_;
    std::size_t self_;
    std::string where_;
    std::size_t i_ = 0;
};

int precedence(const Node& n) {
    switch (n.kind) {
        case Node::Bin: return n.op == '+' || n.op == '-' ? 1 : 2;
        case Node::Neg: return 3;
        default: return 4;
    }
}

bool is_hundred(const Node& n) { return n.kind == Node::Num && n.num == Decimal::integer(100); }

// Percent points in, fractions in the sheet: see formula.hpp.
NodeP to_sheet_units(NodeP n, const std::vector<doc::Column>& columns) {
    if (!n) return n;
    if (n->kind == Node::Ref) {
        if (columns[n->col].type == doc::CellType::Percent)
            return binary('*', std::move(n), number(Decimal::integer(100)));
        return n;
    }
    n->a = to_sheet_units(std::move(n->a), columns);
    n->b = to_sheet_units(std::move(n->b), columns);
    return n;
}

struct Emitter {
    std::vector<std::pair<std::string, std::size_t>> refs;  // text before, column index
    std::string text;
    bool divides_by_cell = false;

    void emit(const Node& n, int parent, bool right_of_noncommutative) {
        const int p = precedence(n);
        const bool paren = p < parent || (p == parent && right_of_noncommutative);
        if (paren) text += '(';
        switch (n.kind) {
            case Node::Num: text += n.num.to_string(); break;
            case Node::Ref:
                refs.emplace_back(std::move(text), n.col);
                text.clear();
                break;
            case Node::Neg:
                text += '-';
                emit(*n.a, 3, false);
                break;
            case Node::Bin:
                if (n.op == '/' && n.b->kind != Node::Num) divides_by_cell = true;
                emit(*n.a, p, false);
                text += n.op;
                emit(*n.b, p, n.op == '-' || n.op == '/' || p == 2);
                break;
        }
        if (paren) text += ')';
    }
};

}  // namespace

RowFormula::RowFormula(const std::vector<doc::Column>& columns, std::size_t self,
                       const std::string& table_id, std::size_t first_col) {
    const doc::Column& column = columns[self];
    Parser parser(column.formula, columns, self,
                  "table '" + table_id + "', column '" + column.key + "'");
    NodeP root = to_sheet_units(parser.parse(), columns);
    inputs_ = parser.inputs;
    if (column.type == doc::CellType::Percent) {
        if (root->kind == Node::Bin && root->op == '*' && is_hundred(*root->b))
            root = std::move(root->a);
        else
            root = binary('/', std::move(root), number(Decimal::integer(100)));
    }
    Emitter e;
    e.emit(*root, 0, false);
    divides_by_cell_ = e.divides_by_cell;
    for (auto& [before, col] : e.refs) {
        std::string letters = column_letters(first_col + col);
        if (std::find(guard_cols_.begin(), guard_cols_.end(), letters) == guard_cols_.end())
            guard_cols_.push_back(letters);
        parts_.push_back({std::move(before), std::move(letters)});
    }
    parts_.push_back({std::move(e.text), {}});
}

std::string RowFormula::expression(std::uint32_t row) const {
    const std::string r = std::to_string(static_cast<std::uint64_t>(row) + 1);
    std::string out;
    for (const Part& p : parts_) {
        out += p.text;
        if (!p.col.empty()) out += p.col + r;
    }
    return out;
}

std::string RowFormula::at(std::uint32_t row) const {
    std::string body = expression(row);
    // IFERROR only where a division by a cell can fail (a divisor of 0); elsewhere it would
    // only make the formula harder for a clerk to read.
    if (divides_by_cell_) body = "IFERROR(" + body + ",\"\")";
    if (guard_cols_.empty()) return "=" + body;
    const std::string r = std::to_string(static_cast<std::uint64_t>(row) + 1);
    std::string out = "=IF(COUNT(";
    for (std::size_t i = 0; i < guard_cols_.size(); ++i) out += (i ? "," : "") + guard_cols_[i] + r;
    return out + ")<" + std::to_string(guard_cols_.size()) + ",\"\"," + body + ")";
}

}  // namespace wardreport::xlsx
