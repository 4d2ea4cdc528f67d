// The one table of the data format's fields. The structural checks (unknown fields, types,
// required fields), the JSON Schema printed by `wardreport schema`, and the tests that the
// samples use every field all read it, so the three cannot drift apart.
#pragma once

#include <wardreport/decimal.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wardreport::load::spec {

enum class Kind {
    Object,    // a map with the fields listed
    List,      // a sequence of `item`
    Dict,      // a map whose keys the clerk chooses (matching `key_pattern`), values `item`
    Text,      // any scalar, kept as text
    Integer,   // a whole number, within [min, max] when given
    Number,    // an exact decimal, within [min, max] when given
    Boolean,
    Date,      // 2025-07-23 or 23/7/2025
    Term,      // 2025-2030
    Choice,    // one of `choices`
    Quantity,  // a number in the default unit, or a map {value, unit, year, estimated, note}
};

struct Node;

struct Field {
    std::string key;
    const Node* node = nullptr;
    bool required = false;
    std::string description;  // Vietnamese term, then English
};

struct Node {
    Kind kind = Kind::Text;
    std::vector<Field> fields;         // Object; Quantity: the fields of its map form
    const Node* item = nullptr;        // List, Dict
    std::string key_pattern;           // Dict: ECMAScript regex the keys must match
    std::vector<std::string> choices;  // Choice
    std::string hint;                  // Choice: said after the choices when none matches
    std::optional<Decimal> min, max;   // Integer, Number, Quantity's value
    std::string unit;                  // Quantity: the unit when none is written
    std::vector<std::string> units;    // Quantity: the units accepted (empty: any text)
    bool whole = false;                // Quantity: a whole number (a count)
    std::size_t max_chars = 0;         // Text: the longest text accepted, in characters

    const Field* field(const std::string& key) const;
};

// The root of the data file.
const Node& root();

// The current format version, the value of the top-level `wardreport` key.
constexpr int kFormatVersion = 1;

}  // namespace wardreport::load::spec
