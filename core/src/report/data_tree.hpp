// The ward model as the data tree report definitions bind to (templates, `when`, table rows and
// fields). Every figure is an object carrying the raw value and its Vietnamese forms:
//   {raw: "115.689", number: "115,689", text: "115,689 km²", unit: "km²", year, estimated, note}
// plus derived data (progress of targets, Roman congress ordinal, terms, caps variants of names).
// Absent data is null and empty text is "" so that a `when:` or a mustache section over it
// disappears; every key of the shape is always there, so a misspelt path is always an error.
#pragma once

#include <wardreport/model.hpp>

#include <nlohmann/json.hpp>

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
};

nlohmann::json ward_tree(const Ward& ward, const DocumentOptions& options);

// The tree of a ward where every optional is present and every list has one element: the
// shape against which definitions' paths are checked when they are loaded.
const nlohmann::json& schema_tree();

// Whether `node` holds data: not null, not false, not "", not an empty list.
bool present(const nlohmann::json& node);

// The node at dotted `path` below `root` (no context stack), or nullptr.
const nlohmann::json* find_path(const nlohmann::json& root, const std::string& path);

}  // namespace wardreport::report
