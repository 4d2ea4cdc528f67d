#include "language.hpp"

#include "util/i18n.hpp"

#include <string>

namespace wardreport::cli {

void localise(CLI::App& app) {
    const auto& f = app.get_formatter();
    f->label("Usage", tr("Usage"));
    f->label("OPTIONS", tr("OPTIONS"));
    f->label("SUBCOMMAND", tr("SUBCOMMAND"));
    f->label("SUBCOMMANDS", tr("SUBCOMMANDS"));
    f->label("Positionals", tr("Positionals"));
    f->label("REQUIRED", tr("REQUIRED"));
    f->label("Needs", tr("Needs"));
    f->label("Excludes", tr("Excludes"));
    app.group(tr("Subcommands"));
    app.option_defaults()->group(tr("Options"));
    app.set_help_flag("-h,--help", tr("Print this help message and exit"));
    app.failure_message([](const CLI::App*, const CLI::Error& e) {
        return std::string(e.what()) + '\n' + tr("Run with --help for more information.").text + '\n';
    });
}

void localise_subcommands(CLI::App& app) {
    for (CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        if (CLI::Option* help = sub->get_help_ptr()) help->group(tr("Options"));
}

}  // namespace wardreport::cli
