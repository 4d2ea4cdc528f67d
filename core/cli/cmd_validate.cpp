// `wardreport validate FILE...`: checks ward data files; problems on stderr, one summary line a
// file on stdout; or, with --format json, one JSON document of every file's diagnostics on stdout.
#include "commands.hpp"
#include "diagnostic_output.hpp"

#include "load/loader.hpp"
#include "report/report.hpp"
#include "util/diagnostics.hpp"
#include "util/i18n.hpp"
#include "util/input.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <string>
#include <vector>

namespace wardreport::cli {
namespace {

struct ValidateOptions {
    std::vector<std::string> files;
    std::string format = "text";
};

void print_text_summary(const std::string& file, bool ok, const Diagnostics& diags) {
    print_diagnostics(diags);
    const std::string name = text::printable(input::display_name(file));  // no bidi control raw
    const std::string errors = trn("{1} error", "{1} errors", diags.error_count());
    const std::string warnings = trn("{1} warning", "{1} warnings", diags.warning_count());
    if (ok) std::cout << tr("{1}: ok ({2}, {3})", name, errors, warnings).text << '\n';
    else std::cerr << tr("{1}: invalid ({2}, {3})", name, errors, warnings).text << '\n';
}

nlohmann::ordered_json file_json(const std::string& file, bool ok, const Diagnostics& diags) {
    auto list = nlohmann::ordered_json::array();
    for (const Diagnostic& d : diags.all()) list.push_back(diagnostic_json(d));
    return {{"file", input::display_name(file)},
            {"valid", ok},
            {"errors", diags.error_count()},
            {"warnings", diags.warning_count()},
            {"diagnostics", list}};
}

}  // namespace

void add_validate_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("validate", tr("Check ward data files and report every problem as FILE:LINE:COLUMN"));
    auto o = std::make_shared<ValidateOptions>();
    cmd->add_option("FILE", o->files, tr("Ward data files (YAML, or JSON); - reads standard input"))->required();
    cmd->add_option("--format", o->format, tr("text: messages on stderr (default); json: every diagnostic as JSON on stdout"))
        ->check(CLI::IsMember({"text", "json"}));
    cmd->footer(tr("Exit status: 0 all files valid (warnings allowed), 1 a file has errors, 2 usage error.\n"
                   "The format is described in docs/data-format.md; `wardreport schema` prints its JSON Schema."));
    cmd->callback([o, &exit_code] {
        // The built-in reports, for "did you mean" on the report ids of `documents`; their own
        // problems are render's to report, so a catalog that does not load only skips that check.
        report::Catalog catalog;
        Diagnostics catalog_diags;
        const bool have_catalog = catalog.add_directory(paths::builtin_reports_dir(), catalog_diags);
        auto files = nlohmann::ordered_json::array();
        for (const std::string& file : o->files) {
            Diagnostics diags;
            const std::optional<Ward> ward = load::load_file(file, diags);
            if (ward && have_catalog) catalog.check_documents(*ward, diags);
            const bool ok = ward.has_value();
            if (!ok) exit_code = 1;
            if (o->format == "json") files.push_back(file_json(file, ok, diags));
            else print_text_summary(file, ok, diags);
        }
        if (o->format == "json")
            std::cout << nlohmann::ordered_json{{"files", files}}.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                      << '\n';
    });
}

}  // namespace wardreport::cli
