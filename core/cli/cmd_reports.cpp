// `wardreport reports [--reports-dir DIR]...`: the report definitions available, one a line with
// its layout profile and description. A definition with an error is reported as FILE:LINE:COLUMN
// and makes the command fail, so that a clerk's own definitions can be checked with it.
// `--fields` prints instead every path of the data tree that templates may use.
#include "commands.hpp"
#include "diagnostic_output.hpp"
#include "util/i18n.hpp"

#include "report/report.hpp"
#include "util/diagnostics.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace wardreport::cli {

void add_reports_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("reports", tr("List the report definitions (built-in and from --reports-dir)"));
    auto dirs = std::make_shared<std::vector<std::string>>();
    cmd->add_option("--reports-dir", *dirs,
                    tr("A folder of report definitions (*.yaml, and profiles/*.yaml) read after the built-in one; "
                       "repeatable"))
        ->check(CLI::ExistingDirectory);
    auto fields = std::make_shared<bool>(false);
    cmd->add_flag("--fields", *fields, tr("Print every path of the data tree that templates, 'when' and tables may use"));
    cmd->footer(tr("Exit status: 0 every definition is valid, 1 a definition has errors, 2 usage error.\n"
                   "Definitions are described in docs/report-definitions.md."));
    cmd->callback([dirs, fields, &exit_code] {
        if (*fields) {
            for (const std::string& f : report::data_fields()) std::cout << f << '\n';
            return;
        }
        report::Catalog catalog;
        Diagnostics diags;
        bool ok = catalog.add_directory(paths::builtin_reports_dir(), diags);
        for (const std::string& dir : *dirs) ok = catalog.add_directory(dir, diags) && ok;
        print_diagnostics(diags);
        std::size_t width = 0;
        for (const std::string& id : catalog.ids()) width = std::max(width, text::length(id));
        for (const std::string& id : catalog.ids())
            std::cout << id << std::string(width - text::length(id) + 2, ' ') << '[' << catalog.profile(id) << "]  "
                      << catalog.description(id) << '\n';
        if (!ok) exit_code = 1;
    });
}

}  // namespace wardreport::cli
