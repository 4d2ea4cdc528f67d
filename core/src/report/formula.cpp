#include "report/formula.hpp"

#include <wardreport/decimal.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace wardreport::report {
namespace {

using formula::Node;
using Cells = std::function<Value(const std::string&)>;

bool unknown(const Value& v) { return std::holds_alternative<std::monostate>(v); }

// A number, or a text of digits ("2025" in a column of years) read as one; otherwise unknown.
std::optional<double> as_number(const Value& v) {
    if (const double* d = std::get_if<double>(&v)) return *d;
    if (const std::string* s = std::get_if<std::string>(&v))
        if (auto d = Decimal::parse(*s)) return d->to_double();
    return std::nullopt;
}

Value finite(double v) { return std::isfinite(v) ? Value(v) : Value(); }

Value eval(const Node& n, const Cells& cell);

Value compare(const Node& n, const Cells& cell) {
    Value a = eval(n.args[0], cell), b = eval(n.args[1], cell);
    const bool literal = n.args[0].kind == Node::Kind::Text || n.args[1].kind == Node::Kind::Text;
    if (literal) {
        // A blank cell equals "" (as in every spreadsheet): an unknown beside a text literal.
        if (unknown(a)) a = std::string();
        if (unknown(b)) b = std::string();
        const std::string* x = std::get_if<std::string>(&a);
        const std::string* y = std::get_if<std::string>(&b);
        // A number is never equal to a text, as in every spreadsheet; only = and <> order texts.
        if (n.op != "=" && n.op != "<>") return {};
        const bool equal = x && y && *x == *y;
        return n.op == "=" ? equal : !equal;
    }
    const auto x = as_number(a), y = as_number(b);
    if (!x || !y) return {};
    if (n.op == "=") return *x == *y;
    if (n.op == "<>") return *x != *y;
    if (n.op == "<") return *x < *y;
    if (n.op == "<=") return *x <= *y;
    if (n.op == ">") return *x > *y;
    return *x >= *y;
}

Value arithmetic(const Node& n, const Cells& cell) {
    const auto a = as_number(eval(n.args[0], cell));
    if (!a) return {};
    const auto b = as_number(eval(n.args[1], cell));
    if (!b) return {};
    switch (n.op[0]) {
        case '+': return finite(*a + *b);
        case '-': return finite(*a - *b);
        case '*': return finite(*a * *b);
        default: return *b == 0 ? Value() : finite(*a / *b);
    }
}

// LEFT(text, n) and RIGHT(text, n): spreadsheets count UTF-16 code units, so a letter beyond the
// BMP counts two and is never cut in half here (one that would be is left out).
Value left(const Node& n, const Cells& cell) {
    Value v = eval(n.args[0], cell);
    const auto count = as_number(eval(n.args[1], cell));
    if (!count || *count < 0) return {};
    std::string text;
    if (const std::string* s = std::get_if<std::string>(&v)) text = *s;
    else if (const double* d = std::get_if<double>(&v)) {
        char buf[32];  // a number as a spreadsheet's General format writes it: 15 significant digits
        std::snprintf(buf, sizeof buf, "%.15g", *d);
        text = buf;
    }
    const double limit = std::floor(*count);
    // The characters' starts, then as many as fit from the chosen end.
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
    auto units = [&](std::size_t k) {
        const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : text.size();
        return end - starts[k] == 4 ? 2.0 : 1.0;
    };
    double used = 0;
    if (n.op == "LEFT") {
        std::size_t k = 0;
        for (; k < starts.size() && used + units(k) <= limit; ++k) used += units(k);
        return text.substr(0, k < starts.size() ? starts[k] : text.size());
    }
    std::size_t k = starts.size();
    for (; k > 0 && used + units(k - 1) <= limit; --k) used += units(k - 1);
    return text.substr(k < starts.size() ? starts[k] : text.size());
}

Value call(const Node& n, const Cells& cell) {
    if (n.op == "LEFT" || n.op == "RIGHT") return left(n, cell);
    if (n.op == "IF") {
        const Value c = eval(n.args[0], cell);
        if (const bool* b = std::get_if<bool>(&c)) return eval(n.args[*b ? 1 : 2], cell);
        if (const double* d = std::get_if<double>(&c)) return eval(n.args[*d != 0 ? 1 : 2], cell);
        return {};
    }
    if (n.op == "ISNUMBER") return std::holds_alternative<double>(eval(n.args[0], cell));
    std::vector<double> xs;
    for (const Node& a : n.args) {
        const auto x = as_number(eval(a, cell));
        if (!x) return {};
        xs.push_back(*x);
    }
    if (n.op == "MIN") return *std::min_element(xs.begin(), xs.end());
    if (n.op == "MAX") return *std::max_element(xs.begin(), xs.end());
    // Excel answers 0^0 with an error (#NUM!), as 0 to a negative power: unknown, not 1.
    if (n.op == "POWER") return xs[0] == 0 && xs[1] <= 0 ? Value() : finite(std::pow(xs[0], xs[1]));
    return std::fabs(xs[0]);  // ABS; the parser knows no other function
}

Value eval(const Node& n, const Cells& cell) {
    switch (n.kind) {
        case Node::Kind::Number: return n.number.to_double();
        case Node::Kind::Text: return n.text;
        case Node::Kind::Ref: return cell(n.text);
        case Node::Kind::Negate: {
            const auto v = as_number(eval(n.args[0], cell));
            return v ? Value(-*v) : Value();
        }
        case Node::Kind::Binary: return formula::is_comparison(n.op) ? compare(n, cell) : arithmetic(n, cell);
        case Node::Kind::Call: return call(n, cell);
    }
    return {};
}

}  // namespace

std::optional<Formula> Formula::parse(const std::string& text, std::string& error, std::size_t& error_at) {
    formula::Parsed p = formula::parse(text);
    if (!p.root) {
        error = p.error;
        error_at = p.error_at;
        return std::nullopt;
    }
    Formula f;
    f.refs_ = formula::references(*p.root);
    f.root_ = std::make_shared<const Node>(std::move(*p.root));
    return f;
}

Value Formula::evaluate(const Cells& cell) const { return root_ ? eval(*root_, cell) : Value(); }

std::optional<double> Formula::number(const Cells& cell) const {
    const Value v = evaluate(cell);
    if (const double* d = std::get_if<double>(&v); d && std::isfinite(*d)) return *d;
    return std::nullopt;
}

}  // namespace wardreport::report
