// How diagnostics leave the CLI: as text on stderr, coloured like gcc's only when stderr is a
// terminal and NO_COLOR is not set (https://no-color.org), or as JSON for editors and web front
// ends (validate --format json; docs/diagnostics-json.md).
#pragma once

#include "util/diagnostics.hpp"

#include <nlohmann/json.hpp>

namespace wardreport::cli {

// Whether text written to stderr may carry colours: a terminal, NO_COLOR unset or empty, TERM
// not "dumb".
bool colour_stderr();

// Every diagnostic on stderr, one a line.
void print_diagnostics(const Diagnostics& diags);

// {"file","line","column","severity","id","message","hint"}: line and column null when
// unknown, id the English format string (null for a message not from the catalogue), message
// and hint in the user's language (hint null when the message has none).
nlohmann::ordered_json diagnostic_json(const Diagnostic& d);

}  // namespace wardreport::cli
