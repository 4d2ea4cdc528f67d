#include "load/check.hpp"
#include "util/i18n.hpp"

#include "load/scalars.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>

namespace wardreport::load {

std::string describe(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Map: return tr("a map of fields");
        case YAML::NodeType::Sequence: return tr("a list");
        case YAML::NodeType::Scalar: {
            std::string s = node.Scalar();
            if (text::length(s) > 40) s = s.substr(0, 40) + "…";
            if (text::invalid_utf8_at(s)) s = "…";  // cut inside a character
            return tr("the value '{1}'", s);
        }
        default: return tr("nothing");
    }
}

namespace {

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
}

std::string child_path(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
}

std::string range_text(const spec::Node& n) {
    if (n.min && n.max) {
        if (*n.min == *n.max) return tr("expected {1}", n.min->to_string());
        return tr("expected {1} to {2}", n.min->to_string(), n.max->to_string());
    }
    if (n.min) return tr("expected at least {1}", n.min->to_string());
    if (n.max) return tr("expected at most {1}", n.max->to_string());
    return {};
}

// "XIV" → 14, or 0 when `s` is not a Roman numeral.
int roman_value(const std::string& s) {
    if (s.empty() || s.size() > 15) return 0;
    auto value = [](char c) {
        switch (c) {
            case 'I': return 1; case 'V': return 5; case 'X': return 10; case 'L': return 50;
            case 'C': return 100; case 'D': return 500; case 'M': return 1000; default: return 0;
        }
    };
    int total = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const int v = value(s[i]);
        if (v == 0) return 0;
        total += i + 1 < s.size() && value(s[i + 1]) > v ? -v : v;
    }
    return total;
}

// What to write instead of a number with its unit stuck to it ("41,7km2", "220 đại biểu"): the
// number in machine notation, and where the unit goes. Empty when `s` is not such a number.
std::string number_with_unit_hint(const std::string& s, bool quantity) {
    std::size_t end = 0;
    while (end < s.size() && (std::isdigit(static_cast<unsigned char>(s[end])) || s[end] == ',' || s[end] == '.' ||
                              (end == 0 && (s[end] == '-' || s[end] == '+'))))
        ++end;
    if (end == 0 || end == s.size() || !std::isdigit(static_cast<unsigned char>(s[end - 1]))) return {};
    std::string number = s.substr(0, end);
    std::string unit = s.substr(end);
    while (!unit.empty() && unit.front() == ' ') unit.erase(0, 1);
    if (unit.empty() || unit == "%") return {};  // a bare number, or a percent: parse_number says it
    const bool comma = number.find(',') != std::string::npos;
    const bool dot = number.find('.') != std::string::npos;
    if (comma && !dot) number[number.find(',')] = '.';
    else if (dot && !comma && number.find('.') != number.rfind('.')) number.erase(std::remove(number.begin(), number.end(), '.'), number.end());
    else if (comma) return {};
    if (quantity) return tr("write {value: {1}, unit: {2}}, or {1} alone in the default unit", number, unit);
    return tr("write {1} and put the unit ('{2}') in the field 'unit'", number, unit);
}

class Checker {
public:
    explicit Checker(const yaml::Source& src) : src_(src) {}

    void value(const YAML::Node& node, const spec::Node& spec, const std::string& path) {
        switch (spec.kind) {
            case spec::Kind::Object: object(node, spec, path); return;
            case spec::Kind::List: list(node, spec, path); return;
            case spec::Kind::Dict: dict(node, spec, path); return;
            case spec::Kind::Quantity: quantity(node, spec, path); return;
            default: scalar(node, spec, path); return;
        }
    }

private:
    bool expect_scalar(const YAML::Node& node, const std::string& path, const std::string& what) {
        if (node.IsScalar()) return true;
        src_.error(src_.at(node), tr("'{1}' is {2}; expected {3}", path, describe(node), what));
        return false;
    }

    void number_range(const YAML::Node& node, const spec::Node& spec, const std::string& path, const Decimal& v) {
        if ((spec.min && v < *spec.min) || (spec.max && v > *spec.max)) {
            i18n::Text what = tr("'{1}' is {2}, out of range; {3}", path, v.to_string(), range_text(spec));
            if (spec.min && *spec.min == Decimal::integer(0) && v < *spec.min)
                what = tr("'{1}' is negative ({2}); {3}", path, v.to_string(), range_text(spec));
            if (path == "wardreport")
                what = tr("unsupported format version {1}; this wardreport reads version {2}; {3}", v.to_string(),
                          spec::kFormatVersion, range_text(spec));
            src_.error(src_.at(node), what);
        }
    }

    void scalar(const YAML::Node& node, const spec::Node& spec, const std::string& path) {
        const yaml::Position at = src_.at(node);
        switch (spec.kind) {
            case spec::Kind::Text: {
                if (!expect_scalar(node, path, tr("text")) || spec.max_chars == 0) return;
                const std::size_t n = text::length(node.Scalar());
                if (n > spec.max_chars)
                    src_.error(at, tr("'{1}' is {2} characters long; expected at most {3} characters here: shorten it", path,
                                      n, spec.max_chars));
                return;
            }
            case spec::Kind::Integer: {
                if (!expect_scalar(node, path, tr("a whole number"))) return;
                const auto v = parse_integer(node.Scalar(), quoted(node));
                if (auto* m = std::get_if<std::string>(&v)) src_.error(at, tr("'{1}': {2}{3}", path, *m, better_hint(node, true)));
                else number_range(node, spec, path, Decimal::integer(std::get<std::int64_t>(v)));
                return;
            }
            case spec::Kind::Number: {
                if (!expect_scalar(node, path, tr("a number"))) return;
                const auto v = parse_number(node.Scalar(), quoted(node));
                if (auto* m = std::get_if<std::string>(&v)) src_.error(at, tr("'{1}': {2}{3}", path, *m, better_hint(node, false)));
                else number_range(node, spec, path, std::get<Decimal>(v));
                return;
            }
            case spec::Kind::Boolean: {
                if (!expect_scalar(node, path, tr("true or false"))) return;
                const auto v = parse_boolean(node.Scalar());
                if (auto* m = std::get_if<std::string>(&v)) src_.error(at, tr("'{1}': {2}", path, *m));
                return;
            }
            case spec::Kind::Date: {
                if (!expect_scalar(node, path, tr("a date such as 2025-07-23"))) return;
                const auto v = parse_date(node.Scalar());
                if (auto* m = std::get_if<std::string>(&v)) src_.error(at, tr("'{1}': {2}", path, *m));
                return;
            }
            case spec::Kind::Term: {
                if (!expect_scalar(node, path, tr("a term such as 2025-2030"))) return;
                const auto v = parse_term(node.Scalar());
                if (auto* m = std::get_if<std::string>(&v)) src_.error(at, tr("'{1}': {2}", path, *m));
                return;
            }
            case spec::Kind::Choice: {
                if (!expect_scalar(node, path, tr("one of: {1}", join(spec.choices)))) return;
                const std::string v = text::nfc(node.Scalar());
                for (const std::string& c : spec.choices)
                    if (v == c) return;
                const std::string guess = yaml::closest(v, spec.choices);
                const std::string more = spec.hint.empty() ? "" : "; " + spec.hint;
                if (guess.empty())
                    src_.error(at, tr("'{1}' is '{2}', not a known value; expected one of: {3}{4}", path, v, join(spec.choices), more));
                else
                    src_.error(at, tr("'{1}' is '{2}', not a known value; did you mean '{3}'? expected one of: {4}{5}", path, v,
                                      guess, join(spec.choices), more));
                return;
            }
            default: return;
        }
    }

    void quantity(const YAML::Node& node, const spec::Node& spec, const std::string& path) {
        if (node.IsMap()) {
            object(node, spec, path);
            if (spec.units.empty()) return;
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (!it->first.IsScalar() || it->first.Scalar() != "unit" || !it->second.IsScalar()) continue;
                const std::string unit = text::nfc(it->second.Scalar());
                bool known = false;
                for (const std::string& u : spec.units) known = known || unit == u;
                if (!known)
                    src_.error(src_.at(it->second), tr("'{1}.unit' is '{2}', not a unit for this figure; expected one of: {3}",
                                                       path, unit, join(spec.units)));
            }
            return;
        }
        if (node.IsSequence()) {
            src_.error(src_.at(node), tr("'{1}' is a list; expected a number (in {2}) or a map such as {value: 1, unit: {2}, year: 2025}",
                                         path, spec.unit));
            return;
        }
        const spec::Field* value = spec.field("value");
        in_quantity_ = true;
        if (value) scalar(node, *value->node, path);
        in_quantity_ = false;
    }

    void list(const YAML::Node& node, const spec::Node& spec, const std::string& path) {
        if (!node.IsSequence()) {
            src_.error(src_.at(node), tr("'{1}' is {2}; expected a list (lines starting with '- ')", path, describe(node)));
            return;
        }
        std::size_t i = 0;
        for (const YAML::Node& item : node) {
            ++i;
            const std::string item_path = path + "[" + std::to_string(i) + "]";
            if (item.IsNull()) {
                src_.error(src_.at(item.Mark().line >= 0 ? item : node), tr("'{1}' is empty; expected a value after '- '", item_path));
                continue;
            }
            value(item, *spec.item, item_path);
        }
    }

    // Keys of a map, each once; reports duplicates and keys that are not plain text.
    // Returns the pairs to look at, the first of each key.
    std::vector<std::pair<YAML::Node, YAML::Node>> unique_pairs(const YAML::Node& node, const std::string& path) {
        std::vector<std::pair<YAML::Node, YAML::Node>> out;
        std::map<std::string, yaml::Position> seen;
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (!it->first.IsScalar()) {
                if (path.empty()) src_.error(src_.at(it->first), tr("a key of the file is {1}; expected a field name", describe(it->first)));
                else src_.error(src_.at(it->first), tr("a key in '{1}' is {2}; expected a field name", path, describe(it->first)));
                continue;
            }
            const std::string key = it->first.Scalar();
            const yaml::Position at = src_.at(it->first);
            auto [first, inserted] = seen.emplace(key, at);
            if (!inserted) {
                if (path.empty())
                    src_.error(at, tr("duplicate key '{1}' (first written at line {2}); expected each key once", key,
                                      first->second.line));
                else
                    src_.error(at, tr("duplicate key '{1}' in '{2}' (first written at line {3}); expected each key once", key,
                                      path, first->second.line));
                continue;
            }
            out.emplace_back(it->first, it->second);
        }
        return out;
    }

    void object(const YAML::Node& node, const spec::Node& spec, const std::string& path) {
        if (!node.IsMap()) {
            src_.error(src_.at(node), tr("'{1}' is {2}; expected a map of fields (key: value lines)", path, describe(node)));
            return;
        }
        std::vector<std::string> known;
        for (const spec::Field& f : spec.fields) known.push_back(f.key);
        std::map<std::string, bool> present;
        std::map<std::string, bool> suggested;  // a typo already reported: no "missing" for it too
        for (const auto& [key_node, val] : unique_pairs(node, path)) {
            const std::string key = key_node.Scalar();
            const spec::Field* f = spec.field(key);
            if (!f) {
                const std::string guess = yaml::closest(key, known);
                suggested[guess] = true;
                std::string hint;
                // "{title: Phó Bí thư, Chủ tịch UBND}": the comma ended the value, and the rest
                // became a key. Field names never hold spaces, so say what happened.
                if (key.find(' ') != std::string::npos)
                    hint = tr(" (a comma inside { } ends a value: put text that contains commas in quotes)");
                const yaml::Position at = src_.at(key_node);
                if (path.empty() && guess.empty()) src_.error(at, tr("unknown field '{1}'; expected one of: {2}{3}", key, join(known), hint));
                else if (path.empty()) src_.error(at, tr("unknown field '{1}'; did you mean '{2}'?{3}", key, guess, hint));
                else if (guess.empty())
                    src_.error(at, tr("unknown field '{1}' in '{2}'; expected one of: {3}{4}", key, path, join(known), hint));
                else src_.error(at, tr("unknown field '{1}' in '{2}'; did you mean '{3}'?{4}", key, path, guess, hint));
                continue;
            }
            if (val.IsNull()) {
                // An empty value means "not known": fine for an optional field.
                if (f->required)
                    src_.error(src_.at(key_node), tr("'{1}' is empty; expected {2}", child_path(path, key), f->description));
                present[key] = true;
                continue;
            }
            present[key] = true;
            value(val, *f->node, child_path(path, key));
        }
        for (const spec::Field& f : spec.fields)
            if (f.required && !present.count(f.key) && !suggested.count(f.key))
                missing_field(node, f, path);
    }

    void missing_field(const YAML::Node& node, const spec::Field& f, const std::string& path) {
        const yaml::Position at = src_.at(node);
        if (path.empty() && f.key == "wardreport")
            src_.error(at, tr("missing format version 'wardreport: {1}' at the top of the file; missing required field '{2}'; "
                              "expected {3}",
                              spec::kFormatVersion, f.key, f.description));
        else if (path.empty()) src_.error(at, tr("missing required field '{1}'; expected {2}", f.key, f.description));
        else src_.error(at, tr("missing required field '{1}' in '{2}'; expected {3}", f.key, path, f.description));
    }

    void dict(const YAML::Node& node, const spec::Node& spec, const std::string& path) {
        if (!node.IsMap()) {
            src_.error(src_.at(node), tr("'{1}' is {2}; expected a map keyed by id", path, describe(node)));
            return;
        }
        const std::regex pattern(spec.key_pattern);
        for (const auto& [key_node, val] : unique_pairs(node, path)) {
            const std::string key = key_node.Scalar();
            if (!std::regex_match(key, pattern))
                src_.error(src_.at(key_node), tr("'{1}' in '{2}' is not a valid id; expected lower-case letters a-z, digits and "
                                                 "single hyphens, such as nghi-quyet",
                                                 key, path));
            if (val.IsNull()) {
                src_.error(src_.at(key_node), tr("'{1}' is empty; expected a map of fields", child_path(path, key)));
                continue;
            }
            value(val, *spec.item, child_path(path, key));
        }
    }

    // A hint after parse_number's message when the value is a Roman ordinal or a number with its
    // unit: what to write instead, with the clerk's own value.
    std::string better_hint(const YAML::Node& node, bool whole) const {
        const std::string s = node.Scalar();
        if (whole)
            if (const int n = roman_value(s); n > 0)
                return tr(" ('{1}' is a Roman numeral: write {2} for lần thứ {1})", s, n);
        const std::string hint = number_with_unit_hint(s, in_quantity_);
        return hint.empty() ? std::string() : tr(" ({1})", hint).text;
    }

    const yaml::Source& src_;
    bool in_quantity_ = false;
};

}  // namespace

void check(const YAML::Node& node, const spec::Node& spec, const std::string& path, const yaml::Source& src) {
    Checker(src).value(node, spec, path);
}

}  // namespace wardreport::load
