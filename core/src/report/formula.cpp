#include "report/formula.hpp"

#include <wardreport/decimal.hpp>

#include <cctype>
#include <cmath>

namespace wardreport::report {

struct Formula::Node {
    char op = 0;  // 0 number, 'r' reference, '+', '-', '*', '/', 'n' negation
    double number = 0;
    std::string ref;
    std::shared_ptr<const Node> left, right;
};

namespace {

using NodeP = std::shared_ptr<const Formula::Node>;

// A line break or another control character would break the one-line diagnostic.
std::string shown(char c) {
    if (c == '\n' || c == '\r') return "a line break; a formula is one line";
    if (static_cast<unsigned char>(c) < 0x20) return "control character " + std::to_string(static_cast<int>(c));
    return std::string("'") + c + "'";
}

struct Parser {
    const std::string& s;
    std::size_t i = 0;
    std::string error;
    std::vector<std::string> refs;

    // The same grammar as the XLSX exporter's parser (plugins/xlsx/src/formula.cpp): a formula that
    // loads here must also export, so blanks are only ' ' and '\t' and numbers are Decimals.
    void skip() { while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i; }
    bool fail(const std::string& what) { if (error.empty()) error = what; return false; }

    NodeP expr() {
        NodeP left = term();
        while (left) {
            skip();
            if (i >= s.size() || (s[i] != '+' && s[i] != '-')) break;
            const char op = s[i++];
            NodeP right = term();
            if (!right) return nullptr;
            left = std::make_shared<Formula::Node>(Formula::Node{op, 0, {}, left, right});
        }
        return left;
    }
    NodeP term() {
        NodeP left = factor();
        while (left) {
            skip();
            if (i >= s.size() || (s[i] != '*' && s[i] != '/')) break;
            const char op = s[i++];
            NodeP right = factor();
            if (!right) return nullptr;
            left = std::make_shared<Formula::Node>(Formula::Node{op, 0, {}, left, right});
        }
        return left;
    }
    NodeP factor() {
        skip();
        if (i >= s.size()) { fail("unexpected end; expected a number, {column} or '('"); return nullptr; }
        const char c = s[i];
        if (c == '-') {
            ++i;
            NodeP inner = factor();
            if (!inner) return nullptr;
            return std::make_shared<Formula::Node>(Formula::Node{'n', 0, {}, inner, nullptr});
        }
        if (c == '+') {
            ++i;
            return factor();
        }
        if (c == '(') {
            ++i;
            NodeP inner = expr();
            if (!inner) return nullptr;
            skip();
            if (i >= s.size() || s[i] != ')') { fail("expected ')'"); return nullptr; }
            ++i;
            return inner;
        }
        if (c == '{') {
            const std::size_t end = s.find('}', i);
            if (end == std::string::npos) { fail("'{' without '}'; expected {column}"); return nullptr; }
            std::string key = s.substr(i + 1, end - i - 1);
            if (key.empty()) { fail("empty column reference; expected {column}"); return nullptr; }
            i = end + 1;
            refs.push_back(key);
            return std::make_shared<Formula::Node>(Formula::Node{'r', 0, key, nullptr, nullptr});
        }
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') {
            const std::size_t start = i;
            while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
            const std::string digits = s.substr(start, i - start);
            const auto d = Decimal::parse(digits);
            if (!d) {
                i = start;
                fail("bad number '" + digits + "'; expected digits with at most one '.' between digits, up to 18 digits");
                return nullptr;
            }
            return std::make_shared<Formula::Node>(Formula::Node{0, d->to_double(), {}, nullptr, nullptr});
        }
        fail("unexpected " + shown(c) + "; expected a number, {column} or '('");
        return nullptr;
    }
};

std::optional<double> eval(const Formula::Node& n, const std::function<std::optional<double>(const std::string&)>& value) {
    switch (n.op) {
        case 0: return n.number;
        case 'r': return value(n.ref);
        case 'n': {
            auto v = eval(*n.left, value);
            return v ? std::optional<double>(-*v) : std::nullopt;
        }
        default: break;
    }
    const auto a = eval(*n.left, value), b = eval(*n.right, value);
    if (!a || !b) return std::nullopt;
    switch (n.op) {
        case '+': return *a + *b;
        case '-': return *a - *b;
        case '*': return *a * *b;
        case '/': return *b == 0 ? std::nullopt : std::optional<double>(*a / *b);
        default: return std::nullopt;
    }
}

}  // namespace

std::optional<Formula> Formula::parse(const std::string& text, std::string& error, std::size_t& error_at) {
    Parser p{text, 0, {}, {}};
    NodeP root = p.expr();
    p.skip();
    if (root && p.i < text.size()) {
        root = nullptr;
        p.fail("unexpected " + shown(text[p.i]) + "; expected an operator + - * /");
    }
    if (!root) {
        error = p.error;
        error_at = p.i;
        return std::nullopt;
    }
    Formula f;
    f.root_ = root;
    f.refs_ = std::move(p.refs);
    return f;
}

std::optional<double> Formula::evaluate(const std::function<std::optional<double>(const std::string&)>& value) const {
    if (!root_) return std::nullopt;
    auto v = eval(*root_, value);
    if (v && !std::isfinite(*v)) return std::nullopt;
    return v;
}

}  // namespace wardreport::report
