// What render and batch share: the report definitions, the formats and the reports to write.
// Each prints its problems (usage errors as "wardreport: COMMAND: …") and sets the exit code.
#pragma once

#include "plugin/plugin_host.hpp"
#include "report/report.hpp"
#include "util/diagnostics.hpp"

#include <wardreport/model.hpp>

#include <optional>
#include <string>
#include <vector>

namespace wardreport::cli {

// "a, b, c", or "(none)".
std::string join(const std::vector<std::string>& items);

// Built-in directory first, then each of `reports_dirs`; nullopt (diagnostics printed) on an error.
std::optional<report::Catalog> load_catalog(const std::vector<std::string>& reports_dirs);

// The formats to write: the named ones, or every format of the built-in plugins. Empty, with
// exit_code 2 (unknown name) or 1 (no built-in plugin), when there are none.
std::vector<plugin::FormatRef> chosen_formats(const std::string& command, const std::vector<std::string>& names,
                                              const plugin::PluginHost& host, int& exit_code);

// The documents of `ward` read from `file`, named after `stem`: the named reports (build()
// reports what a named report needs and the data lacks), or every report the data supports, the
// others skipped with a warning saying what the data lacks. Each report's data tree is built once.
// A report that fails (an error, or an exception inside the engine) is reported in `diags` and
// left out, the others go on; so is a ward that supports none of the reports.
std::vector<doc::Document> build_reports(const std::string& file, const std::vector<std::string>& names,
                                         const std::string& stem, const report::Catalog& catalog, const Ward& ward,
                                         Diagnostics& diags);

// What format `format` writes of `d`: `d`, or a copy in `kept` without the columns the report
// writes for other formats only (Catalog::for_format).
const doc::Document& document_for(const report::Catalog& catalog, const doc::Document& d, const std::string& format,
                                  std::optional<doc::Document>& kept);

// Flushes stdout; false, with a message, when it could not be written (a full disk, /dev/full):
// what a command prints is its result, so that is a failure, not a silent success.
bool stdout_written(const std::string& command);

}  // namespace wardreport::cli
