// The wardreport subcommands. Each adds itself to the app and, when it runs, stores its exit
// code in `exit_code`: 0 success, 1 bad input or failed output (2, usage errors, is CLI11's).
#pragma once

#include <CLI/CLI.hpp>

namespace wardreport::cli {

void add_validate_command(CLI::App& app, int& exit_code);  // validate FILE...
void add_schema_command(CLI::App& app, int& exit_code);    // schema
void add_plugins_command(CLI::App& app, int& exit_code);   // plugins
void add_reports_command(CLI::App& app, int& exit_code);   // reports
void add_render_command(CLI::App& app, int& exit_code);    // render FILE ...
void add_batch_command(CLI::App& app, int& exit_code);     // batch INPUT... -o OUT
void add_import_command(CLI::App& app, int& exit_code);    // import WARD_FILE WORKBOOK

}  // namespace wardreport::cli
