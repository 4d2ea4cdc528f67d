// The ward model as the data tree report definitions bind to (templates, `when`, table rows and
// fields): maps, lists, texts and flags, and typed leaves (data_tree_node.hpp). A figure keeps its
// Decimal and unit, a date its Date, a term its years; a template asks for their written forms
//   area.number "115,689", area.text "115,689 km²", area.raw "115.689", congress.end.text ...
// and the builder reads the typed value. Derived data too (progress of targets, Roman congress
// ordinal, caps variants of names). Absent data is null and empty text is "" so that a `when:` or
// a mustache section over it disappears; every key of the shape is always there, so a misspelt
// path is always an error.
#pragma once

#include <wardreport/model.hpp>

#include "report/data_tree_node.hpp"

#include <optional>
#include <string>

namespace wardreport::report {

// What a definition asks of the `document` node: the registration of the report in
// Ward::documents, with fallbacks taken from the definition when the data has none.
struct DocumentOptions {
    std::string report_id;       // key into Ward::documents
    std::string symbol;          // default symbol ("NQ/ĐH") when the data has no registration
    std::string date_from;       // "congress.end": the document's date when the data has none
    bool number_colon = false;   // from the layout profile: "Số:" (state) or "Số" (Party)
    std::string number_separator = "-";  // "01-NQ/ĐH" (Party) or "05/BC-UBND" (state)
    // The schema's tree: a target's fields of one kind only (the upper bound of a range, the rate
    // of a growth) present in every target, so that definitions may name each of them.
    bool every_kind = false;
};

DataNode ward_tree(const Ward& ward, const DocumentOptions& options);

// The tree of a ward where every optional is present and every list has one element: the
// shape against which definitions' paths are checked when they are loaded.
const DataNode& schema_tree();

}  // namespace wardreport::report
