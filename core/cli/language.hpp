// CLI11's own words (Usage, OPTIONS, REQUIRED, the help flag, the line after a usage error) in the
// user's language. CLI11's error sentences themselves name options and values and are built
// inside CLI11 without a hook: they stay English, framed by a translated line.
#pragma once

#include <CLI/CLI.hpp>

namespace wardreport::cli {

// Before any subcommand or option is added: they inherit the help flag and group names.
void localise(CLI::App& app);

// After every subcommand is added: their help flags were made before the group name was set.
void localise_subcommands(CLI::App& app);

}  // namespace wardreport::cli
