#include "report/data_tree_node.hpp"

#include "report/phrasing.hpp"
#include "util/text.hpp"

#include <wardreport/vi_format.hpp>

#include <algorithm>
#include <cstdio>

namespace wardreport::report {
namespace {

DataNode year_label(const std::optional<int>& y) { return y ? DataNode(std::to_string(*y)) : DataNode(); }

std::string iso(const Date& d) {
    char raw[16];
    std::snprintf(raw, sizeof raw, "%04d-%02d-%02d", d.year, d.month, d.day);
    return raw;
}

// The written forms of each typed leaf, by name, sorted: what `{{area.text}}`,
// `{{congress.end.short}}` print. The one list of them (leaf_fields() and get() read it).
template <class T>
struct Field {
    const char* name;
    DataNode (*make)(const T&);
};

const Field<Figure> figure_fields[] = {
    {"estimated", [](const Figure& f) { return DataNode(f.estimated); }},
    {"note", [](const Figure& f) { return DataNode(f.note); }},
    {"number", [](const Figure& f) { return DataNode(vi::number(f.value)); }},
    {"raw", [](const Figure& f) { return DataNode(f.value.to_string()); }},
    {"text", [](const Figure& f) { return DataNode(vi::quantity(f.value, f.unit)); }},
    {"unit", [](const Figure& f) { return DataNode(f.unit); }},
    {"year", [](const Figure& f) { return year_label(f.year); }},
};

const Field<Date> date_fields[] = {
    {"day", [](const Date& d) { return DataNode(vi::day(d.day)); }},
    {"month", [](const Date& d) { return DataNode(vi::month(d.month)); }},
    {"raw", [](const Date& d) { return DataNode(iso(d)); }},
    {"short", [](const Date& d) { return DataNode(vi::date_short(d)); }},
    {"text", [](const Date& d) { return DataNode(vi::date_long(d)); }},
    {"year", [](const Date& d) { return DataNode(std::to_string(d.year)); }},
};

const Field<Term> term_fields[] = {
    {"from", [](const Term& t) { return DataNode(std::to_string(t.from)); }},
    {"long", [](const Term& t) { return DataNode(vi::term(t)); }},
    {"long_caps", [](const Term& t) { return DataNode(text::upper(vi::term(t))); }},
    {"text", [](const Term& t) { return DataNode(vi::term_years(t)); }},
    {"to", [](const Term& t) { return DataNode(std::to_string(t.to)); }},
};

template <class T, std::size_t N>
std::optional<DataNode> field_of(const Field<T> (&fields)[N], const T& leaf, std::string_view key) {
    for (const Field<T>& f : fields)
        if (key == f.name) return f.make(leaf);
    return std::nullopt;
}

template <class T, std::size_t N>
std::vector<std::string> names(const Field<T> (&fields)[N]) {
    std::vector<std::string> out;
    for (const Field<T>& f : fields) out.emplace_back(f.name);
    return out;
}

const DataNode::List no_items;
const DataNode::Map no_members;
const std::string no_text;

}  // namespace

const std::vector<std::string>& leaf_fields(DataNode::Kind kind) {
    static const std::vector<std::string> figure = names(figure_fields), date = names(date_fields),
                                          term = names(term_fields), none;
    switch (kind) {
        case DataNode::Kind::Figure: return figure;
        case DataNode::Kind::Date: return date;
        case DataNode::Kind::Term: return term;
        default: return none;
    }
}

bool DataNode::flag() const {
    const bool* b = std::get_if<bool>(&v_);
    return b && *b;
}

const std::string& DataNode::text() const {
    const std::string* s = std::get_if<std::string>(&v_);
    return s ? *s : no_text;
}

const Figure& DataNode::figure() const { return std::get<Figure>(v_); }
const Date& DataNode::date() const { return std::get<Date>(v_); }
const Term& DataNode::term() const { return std::get<Term>(v_); }

const DataNode::List& DataNode::items() const {
    const auto* l = std::get_if<std::shared_ptr<const List>>(&v_);
    return l ? **l : no_items;
}

const DataNode::Map& DataNode::members() const {
    const auto* m = std::get_if<std::shared_ptr<const Map>>(&v_);
    return m ? **m : no_members;
}

std::optional<DataNode> DataNode::get(std::string_view key) const {
    switch (kind()) {
        case Kind::Map: {
            const Map& m = *std::get<std::shared_ptr<const Map>>(v_);
            const auto it = m.find(key);
            if (it == m.end()) return std::nullopt;
            return it->second;
        }
        case Kind::Figure: return field_of(figure_fields, figure(), key);
        case Kind::Date: return field_of(date_fields, date(), key);
        case Kind::Term: return field_of(term_fields, term(), key);
        default: return std::nullopt;
    }
}

std::vector<std::string> DataNode::keys() const {
    if (!is_map()) return leaf_fields(kind());
    std::vector<std::string> out;
    for (const auto& kv : *std::get<std::shared_ptr<const Map>>(v_)) out.push_back(kv.first);
    return out;
}

DataNode DataNode::with(const Map& more) const {
    Map out = is_map() ? *std::get<std::shared_ptr<const Map>>(v_) : Map();
    for (const auto& kv : more) out.insert_or_assign(kv.first, kv.second);
    return DataNode(std::move(out));
}

bool present(const DataNode& node) {
    switch (node.kind()) {
        case DataNode::Kind::Null: return false;
        case DataNode::Kind::Flag: return node.flag();
        case DataNode::Kind::Text: return !node.text().empty();
        case DataNode::Kind::List: return node.size() > 0;
        default: return true;
    }
}

std::optional<DataNode> find_path(const DataNode& root, std::string_view path) {
    std::optional<DataNode> node = root;
    std::size_t start = 0;
    for (;;) {
        const std::size_t dot = path.find('.', start);
        node = node->get(path.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
        if (!node || dot == std::string_view::npos) return node;
        start = dot + 1;
    }
}

}  // namespace wardreport::report
