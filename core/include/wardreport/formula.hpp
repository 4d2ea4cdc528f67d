// The formula language of doc::Column::formula, parsed in one place: the engine evaluates the
// tree to fill the cells, spreadsheet writers translate it to their own formulas so the cells
// stay live. Header-only (inline functions, no type crosses the plugin boundary), so adding it
// changed no layout the ABI pins.
//
// Grammar (blanks are ' ' and '\t'; a formula is one line):
//   formula    := comparison
//   comparison := sum [('=' | '<>' | '<' | '<=' | '>' | '>=') sum]
//   sum        := product {('+' | '-') product}
//   product    := unary {('*' | '/') unary}
//   unary      := ('-' | '+') unary | primary
//   primary    := number | text | '{' key '}' | NAME '(' [formula {',' formula}] ')' | '(' formula ')'
//   number     := digits with at most one '.' between digits, up to 18 digits ("100", "0.5")
//   text       := '"' characters '"', a '"' inside written twice ("đạt", "—")
//   {key}      := the same row's cell of the column `key`
// Functions (names in capitals):
//   IF(condition, then, else)   only the branch chosen is evaluated
//   ISNUMBER(x)                 true when x is a known number (a blank cell is not)
//   MIN(x, y, ...), MAX(x, y, ...), ABS(x)
//   LEFT(text, n)               the first n characters of a text (an unknown reads as ""; n below
//                               0 is unknown): the word a goal cell starts with ("trên 85%")
//   RIGHT(text, n)              the last n characters, read as LEFT: the words a goal cell ends
//                               with ("600 đảng viên trong nhiệm kỳ")
//   POWER(x, y)                 x to the power y; unknown where it has no real value (a negative
//                               x to a fractional y, 0 to a negative y): the yearly rate of a
//                               growth, POWER({actual}/{baseline}, 1/years) - 1
// SDK 2.0 knew + - * /, parentheses, numbers and {key}; 2.1 added comparisons, texts, IF,
// ISNUMBER, MIN, MAX and ABS; 2.2 LEFT; 2.3 RIGHT; 2.4 POWER (WARDREPORT_SDK_VERSION).
//
// Meaning: an unknown value (an empty cell, a division by zero) makes every result that reads it
// unknown, never 0; only ISNUMBER and the branch IF does not choose stop it. A comparison reads
// numbers with numbers and text with text; an unknown compared with a text reads as "" (a blank
// cell equals ""). A cell of a text column that holds digits ("2025" in a column of years) reads
// as that number in arithmetic and in comparisons with numbers.
#pragma once

#include <wardreport/decimal.hpp>

#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wardreport::formula {

struct Node {
    enum class Kind { Number, Text, Ref, Negate, Binary, Call };
    Kind kind = Kind::Number;
    std::string op;              // Binary: "+" "-" "*" "/" "=" "<>" "<" "<=" ">" ">="; Call: the name
    Decimal number;              // Number
    std::string text;            // Text: the literal; Ref: the column key
    std::vector<Node> args;      // Negate: 1; Binary: 2; Call: the arguments
    std::size_t at = 0;          // byte offset in the formula, for messages
};

inline bool is_comparison(const std::string& op) {
    return op == "=" || op == "<>" || op == "<" || op == "<=" || op == ">" || op == ">=";
}

struct Function {
    const char* name;
    std::size_t min_args, max_args;
};

inline const std::vector<Function>& functions() {
    static const std::vector<Function> list{
        {"IF", 3, 3}, {"ISNUMBER", 1, 1}, {"MIN", 1, 255}, {"MAX", 1, 255}, {"ABS", 1, 1}, {"LEFT", 2, 2},
        {"RIGHT", 2, 2}, {"POWER", 2, 2}};
    return list;
}

struct Parsed {
    std::optional<Node> root;    // nullopt on a syntax error
    std::string error;           // what is wrong and what to write instead
    std::size_t error_at = 0;    // byte offset of the error
};

namespace detail {

class Parser {
public:
    explicit Parser(std::string_view s) : s_(s) {}

    Parsed run() {
        Parsed out;
        std::optional<Node> n = comparison();
        skip();
        if (n && i_ < s_.size()) {
            fail("unexpected " + shown() + "; expected an operator (+ - * / = <> < <= > >=), ',' or ')'");
            n.reset();
        }
        if (!n) {
            out.error = error_;
            out.error_at = error_at_;
            return out;
        }
        out.root = std::move(n);
        return out;
    }

private:
    std::string_view s_;
    std::size_t i_ = 0;
    std::string error_;
    std::size_t error_at_ = 0;
    int depth_ = 0;

    void skip() { while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_; }
    std::nullopt_t fail(const std::string& what) {
        if (error_.empty()) { error_ = what; error_at_ = i_; }
        return std::nullopt;
    }
    // A line break or another control character would break the one-line diagnostic.
    std::string shown() const {
        if (i_ >= s_.size()) return "end of formula";
        const char c = s_[i_];
        if (c == '\n' || c == '\r') return "a line break; a formula is one line";
        if (static_cast<unsigned char>(c) < 0x20) return "control character " + std::to_string(static_cast<int>(c));
        return std::string("'") + c + "'";
    }
    static Node binary(std::string op, Node a, Node b, std::size_t at) {
        Node n;
        n.kind = Node::Kind::Binary;
        n.op = std::move(op);
        n.at = at;
        n.args.push_back(std::move(a));
        n.args.push_back(std::move(b));
        return n;
    }

    std::optional<Node> comparison() {
        std::optional<Node> left = sum();
        if (!left) return left;
        skip();
        static const char* const ops[] = {"<>", "<=", ">=", "=", "<", ">"};
        for (const char* op : ops) {
            if (s_.substr(i_, std::char_traits<char>::length(op)) != op) continue;
            const std::size_t at = i_;
            i_ += std::char_traits<char>::length(op);
            std::optional<Node> right = sum();
            if (!right) return right;
            skip();
            if (i_ < s_.size() && (s_[i_] == '=' || s_[i_] == '<' || s_[i_] == '>'))
                return fail("a second comparison; compare two values at a time, inside IF(...)");
            return binary(op, std::move(*left), std::move(*right), at);
        }
        return left;
    }
    std::optional<Node> sum() {
        std::optional<Node> left = product();
        while (left) {
            skip();
            if (i_ >= s_.size() || (s_[i_] != '+' && s_[i_] != '-')) break;
            const std::size_t at = i_;
            const std::string op(1, s_[i_++]);
            std::optional<Node> right = product();
            if (!right) return right;
            left = binary(op, std::move(*left), std::move(*right), at);
        }
        return left;
    }
    std::optional<Node> product() {
        std::optional<Node> left = unary();
        while (left) {
            skip();
            if (i_ >= s_.size() || (s_[i_] != '*' && s_[i_] != '/')) break;
            const std::size_t at = i_;
            const std::string op(1, s_[i_++]);
            std::optional<Node> right = unary();
            if (!right) return right;
            left = binary(op, std::move(*left), std::move(*right), at);
        }
        return left;
    }
    std::optional<Node> unary() {
        skip();
        // Deep nesting would exhaust the stack before it says anything useful.
        if (++depth_ > 200) return fail("more than 200 nested levels; expected a simpler formula");
        std::optional<Node> out;
        if (i_ < s_.size() && (s_[i_] == '-' || s_[i_] == '+')) {
            const std::size_t at = i_;
            const bool minus = s_[i_++] == '-';
            out = unary();
            if (out && minus) {
                Node n;
                n.kind = Node::Kind::Negate;
                n.at = at;
                n.args.push_back(std::move(*out));
                out = std::move(n);
            }
        } else {
            out = primary();
        }
        --depth_;
        return out;
    }
    std::optional<Node> primary() {
        skip();
        if (i_ >= s_.size()) return fail("unexpected end; expected a number, \"text\", {column}, a function or '('");
        const char c = s_[i_];
        Node n;
        n.at = i_;
        if (c == '(') {
            ++i_;
            std::optional<Node> inner = comparison();
            if (!inner) return inner;
            skip();
            if (i_ >= s_.size() || s_[i_] != ')') return fail("unexpected " + shown() + "; expected ')'");
            ++i_;
            return inner;
        }
        if (c == '{') {
            const std::size_t end = s_.find('}', i_);
            if (end == std::string_view::npos) return fail("'{' without '}'; expected {column}");
            n.kind = Node::Kind::Ref;
            n.text = std::string(s_.substr(i_ + 1, end - i_ - 1));
            if (n.text.empty()) return fail("empty column reference; expected {column}");
            i_ = end + 1;
            return n;
        }
        if (c == '"') return text(std::move(n));
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') {
            const std::size_t start = i_;
            while (i_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[i_])) || s_[i_] == '.')) ++i_;
            const std::string digits(s_.substr(start, i_ - start));
            const auto d = Decimal::parse(digits);
            if (!d) {
                i_ = start;
                return fail("bad number '" + digits + "'; expected digits with at most one '.' between digits, up to 18 digits");
            }
            n.number = *d;
            return n;
        }
        if (std::isupper(static_cast<unsigned char>(c))) return call(std::move(n));
        return fail("unexpected " + shown() + "; expected a number, \"text\", {column}, a function or '('");
    }
    std::optional<Node> text(Node n) {
        n.kind = Node::Kind::Text;
        for (++i_; i_ < s_.size(); ++i_) {
            if (s_[i_] == '"') {
                if (i_ + 1 < s_.size() && s_[i_ + 1] == '"') { n.text += '"'; ++i_; continue; }
                ++i_;
                return n;
            }
            if (s_[i_] == '\n' || s_[i_] == '\r') return fail("a line break in a text; a formula is one line");
            n.text += s_[i_];
        }
        i_ = n.at;
        return fail("'\"' without its closing '\"'; expected \"text\"");
    }
    std::optional<Node> call(Node n) {
        const std::size_t start = i_;
        while (i_ < s_.size() && (std::isupper(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_')) ++i_;
        const std::string name(s_.substr(start, i_ - start));
        const Function* f = nullptr;
        std::string known;
        for (const Function& g : functions()) {
            if (name == g.name) f = &g;
            known += (known.empty() ? "" : ", ") + std::string(g.name);
        }
        if (!f) { i_ = start; return fail("unknown function '" + name + "'; expected one of " + known); }
        skip();
        if (i_ >= s_.size() || s_[i_] != '(') return fail("unexpected " + shown() + "; expected '(' after " + name);
        ++i_;
        n.kind = Node::Kind::Call;
        n.op = name;
        skip();
        if (i_ < s_.size() && s_[i_] == ')') {
            ++i_;
        } else {
            for (;;) {
                std::optional<Node> arg = comparison();
                if (!arg) return arg;
                n.args.push_back(std::move(*arg));
                skip();
                if (i_ < s_.size() && s_[i_] == ',') { ++i_; continue; }
                if (i_ < s_.size() && s_[i_] == ')') { ++i_; break; }
                return fail("unexpected " + shown() + "; expected ',' or ')' in " + name + "(...)");
            }
        }
        if (n.args.size() < f->min_args || n.args.size() > f->max_args) {
            i_ = n.at;
            const std::string want = f->min_args == f->max_args ? std::to_string(f->min_args)
                                                                : "at least " + std::to_string(f->min_args);
            return fail(name + " takes " + want + " argument" + (f->min_args == 1 && f->max_args == 1 ? "" : "s") +
                        ", not " + std::to_string(n.args.size()));
        }
        return n;
    }
};

inline void collect(const Node& n, std::vector<std::string>& out) {
    if (n.kind == Node::Kind::Ref) out.push_back(n.text);
    for (const Node& a : n.args) collect(a, out);
}

}  // namespace detail

inline Parsed parse(std::string_view text) { return detail::Parser(text).run(); }

// The column keys a formula reads, in order of appearance (repeats kept).
inline std::vector<std::string> references(const Node& root) {
    std::vector<std::string> out;
    detail::collect(root, out);
    return out;
}

}  // namespace wardreport::formula
