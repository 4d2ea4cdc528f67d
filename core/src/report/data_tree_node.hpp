// One node of the data tree report definitions bind to (data_tree.hpp): null, a flag, a text, a
// typed leaf (a figure, a date, a term of office), a list or a map of named nodes. A leaf keeps
// its value typed (a Decimal, a Date) until a template asks for one of its fields (`.number`,
// `.text`), which is then written in Vietnamese; the builder reads the typed value itself.
// Lists and maps are shared, immutable once built: copying a node is cheap.
#pragma once

#include <wardreport/date.hpp>
#include <wardreport/decimal.hpp>
#include <wardreport/model.hpp>

#include <cstddef>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace wardreport::report {

// A figure of the ward: the exact value as written, its unit ("km²", "%", "" for a count), the
// year it describes, whether the source calls it an estimate, and a note.
struct Figure {
    Decimal value;
    std::string unit;
    std::optional<int> year;
    bool estimated = false;
    std::string note;
};

class DataNode {
public:
    enum class Kind { Null, Flag, Text, Figure, Date, Term, List, Map };
    using List = std::vector<DataNode>;
    using Map = std::map<std::string, DataNode, std::less<>>;

    DataNode() = default;
    DataNode(std::nullptr_t) {}
    DataNode(bool b) : v_(b) {}
    DataNode(std::string s) : v_(std::move(s)) {}
    DataNode(const char* s) : v_(std::string(s)) {}
    DataNode(Figure f) : v_(std::move(f)) {}
    DataNode(Date d) : v_(d) {}
    DataNode(Term t) : v_(t) {}
    DataNode(List items) : v_(std::make_shared<const List>(std::move(items))) {}
    DataNode(Map fields) : v_(std::make_shared<const Map>(std::move(fields))) {}
    DataNode(std::initializer_list<Map::value_type> fields) : DataNode(Map(fields)) {}
    // A number is a figure (with its unit) or a label (a year, as text): never a bare integer.
    DataNode(int) = delete;
    DataNode(long) = delete;
    DataNode(double) = delete;

    Kind kind() const { return static_cast<Kind>(v_.index()); }
    bool is_null() const { return kind() == Kind::Null; }
    bool is_flag() const { return kind() == Kind::Flag; }
    bool is_text() const { return kind() == Kind::Text; }
    bool is_figure() const { return kind() == Kind::Figure; }
    bool is_date() const { return kind() == Kind::Date; }
    bool is_term() const { return kind() == Kind::Term; }
    bool is_list() const { return kind() == Kind::List; }
    bool is_map() const { return kind() == Kind::Map; }
    // A figure, date or term: a value whose fields are its written forms.
    bool is_leaf_with_fields() const { return is_figure() || is_date() || is_term(); }

    bool flag() const;
    const std::string& text() const;      // "" unless a text
    const Figure& figure() const;         // only on a figure
    const Date& date() const;             // only on a date
    const Term& term() const;             // only on a term
    const List& items() const;            // empty unless a list
    const Map& members() const;           // empty unless a map
    std::size_t size() const { return items().size(); }

    // A member of a map, or a field of a figure, date or term ("number", "text"); nullopt when
    // there is none. A field is written when asked: the node keeps its typed value.
    std::optional<DataNode> get(std::string_view key) const;
    // The names get() knows: the map's keys or the fields of the leaf's kind, sorted.
    std::vector<std::string> keys() const;

    // get(key), null when there is none; the item at `i`, null past the end.
    DataNode operator[](std::string_view key) const { return get(key).value_or(DataNode()); }
    DataNode operator[](std::size_t i) const { return i < size() ? items()[i] : DataNode(); }

    // This map with `more`'s members added (replacing those of the same name).
    DataNode with(const Map& more) const;

    friend bool operator==(const DataNode& n, const char* s) { return n.is_text() && n.text() == s; }
    friend bool operator==(const DataNode& n, const std::string& s) { return n.is_text() && n.text() == s; }
    friend bool operator==(const DataNode& n, bool b) { return n.is_flag() && n.flag() == b; }

private:
    std::variant<std::monostate, bool, std::string, Figure, Date, Term, std::shared_ptr<const List>,
                 std::shared_ptr<const Map>>
        v_;
};

// The fields a figure, date or term shows, as templates name them.
const std::vector<std::string>& leaf_fields(DataNode::Kind kind);

// Whether `node` holds data: not null, not false, not "", not an empty list.
bool present(const DataNode& node);

// The node at dotted `path` below `root` (no context stack), or nullopt.
std::optional<DataNode> find_path(const DataNode& root, std::string_view path);

}  // namespace wardreport::report
