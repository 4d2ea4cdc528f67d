// What render and batch share: the report definitions, the formats and the reports to write.
// Each prints its problems (usage errors as "wardreport: COMMAND: …") and sets the exit code.
#pragma once

#include "plugin/plugin_host.hpp"
#include "report/report.hpp"

#include <wardreport/model.hpp>

#include <exception>
#include <optional>
#include <ostream>
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

// The reports to build for `ward` read from `file`: the named ones (build() reports what a
// named report needs and the data lacks), or every report the data supports.
std::vector<std::string> chosen_reports(const std::string& file, const std::vector<std::string>& names,
                                        const report::Catalog& catalog, const Ward& ward, std::ostream& err,
                                        int& exit_code);

// One report failing inside the engine must not take the others down with it.
void report_failure(std::ostream& err, const std::string& file, const std::string& id, const std::exception& e);

// Flushes stdout; false, with a message, when it could not be written (a full disk, /dev/full):
// what a command prints is its result, so that is a failure, not a silent success.
bool stdout_written(const std::string& command);

}  // namespace wardreport::cli
