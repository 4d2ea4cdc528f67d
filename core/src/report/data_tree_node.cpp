#include "report/data_tree_node.hpp"

#include "report/phrasing.hpp"
#include "util/text.hpp"

#include <wardreport/vi_format.hpp>

#include <algorithm>
#include <cstdio>

namespace wardreport::report {
namespace {

DataNode year_label(const std::optional<int>& y) { return y ? DataNode(std::to_string(*y)) : DataNode(); }

// The written forms of each typed leaf: what `{{area.text}}`, `{{congress.end.short}}` print.
std::optional<DataNode> field_of(const Figure& f, std::string_view key) {
    if (key == "raw") return DataNode(f.value.to_string());
    if (key == "number") return DataNode(vi::number(f.value));
    if (key == "text") return DataNode(vi::quantity(f.value, f.unit));
    if (key == "unit") return DataNode(f.unit);
    if (key == "year") return year_label(f.year);
    if (key == "estimated") return DataNode(f.estimated);
    if (key == "note") return DataNode(f.note);
    return std::nullopt;
}

std::optional<DataNode> field_of(const Date& d, std::string_view key) {
    if (key == "raw") {
        char raw[16];
        std::snprintf(raw, sizeof raw, "%04d-%02d-%02d", d.year, d.month, d.day);
        return DataNode(raw);
    }
    if (key == "text") return DataNode(vi::date_long(d));
    if (key == "short") return DataNode(vi::date_short(d));
    if (key == "day") return DataNode(vi::day(d.day));
    if (key == "month") return DataNode(vi::month(d.month));
    if (key == "year") return DataNode(std::to_string(d.year));
    return std::nullopt;
}

std::optional<DataNode> field_of(const Term& t, std::string_view key) {
    if (key == "from") return DataNode(std::to_string(t.from));
    if (key == "to") return DataNode(std::to_string(t.to));
    if (key == "text") return DataNode(vi::term_years(t));
    if (key == "long") return DataNode(vi::term(t));
    if (key == "long_caps") return DataNode(text::upper(vi::term(t)));
    return std::nullopt;
}

const DataNode::List no_items;
const DataNode::Map no_members;
const std::string no_text;

}  // namespace

const std::vector<std::string>& leaf_fields(DataNode::Kind kind) {
    static const std::vector<std::string> figure{"estimated", "note", "number", "raw", "text", "unit", "year"};
    static const std::vector<std::string> date{"day", "month", "raw", "short", "text", "year"};
    static const std::vector<std::string> term{"from", "long", "long_caps", "text", "to"};
    static const std::vector<std::string> none;
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
        case Kind::Figure: return field_of(figure(), key);
        case Kind::Date: return field_of(date(), key);
        case Kind::Term: return field_of(term(), key);
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
