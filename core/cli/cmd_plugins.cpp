// wardreport plugins [--plugin-dir DIR]...: every loaded plugin on stdout, every file that could
// not be used on stderr with the reason. Exit 0 when every file loaded, 1 when any fault was
// reported (the good plugins are listed either way), so that scripts notice a broken plugin.
#include "commands.hpp"
#include "diagnostic_output.hpp"
#include "util/i18n.hpp"

#include "plugin/plugin_host.hpp"
#include "util/diagnostics.hpp"

#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace wardreport::cli {
namespace {

void print_plugin(const plugin::Plugin& p, std::ostream& out) {
    out << p.info.name << ' ' << p.info.version;
    if (!p.info.description.empty()) out << " - " << p.info.description;
    out << '\n';
    for (const FormatInfo& f : p.formats)
        out << "    format: " << f.name << " (." << f.extension << (f.mime.empty() ? "" : ", " + f.mime) << ")\n";
    out << "    path:   " << p.path.string() << " [" << plugin::origin_name(p.origin) << "]\n";
}

}  // namespace

void add_plugins_command(CLI::App& app, int& exit_code) {
    auto dirs = std::make_shared<std::vector<std::string>>();
    CLI::App* cmd = app.add_subcommand(
        "plugins", tr("List the export plugins, their formats, and plugin files that cannot be used"));
    cmd->footer(
        tr("Plugins are listed on stdout; every plugin file that cannot be used is reported on stderr with "
           "the reason, and the exit code is then 1. Searched in order: the built-in directory, "
           "WARDREPORT_PLUGIN_PATH (absolute directories separated by ':'), --plugin-dir."));
    cmd->add_option("--plugin-dir", *dirs, tr("Also load the plugins of DIR; repeatable"))->type_name("DIR")
        ->expected(1)
        ->allow_extra_args(false)
        ->take_all();
    cmd->callback([dirs, &exit_code] {
        plugin::PluginHost host;
        host.load(plugin::default_search_path({dirs->begin(), dirs->end()}));
        for (const plugin::Fault& f : host.faults())
            std::cerr << format_diagnostic({f.path.string(), 0, 0, Severity::Error, f.message}, colour_stderr()) << '\n';
        for (const auto& p : host.plugins()) print_plugin(*p, std::cout);
        if (host.plugins().empty()) std::cerr << "wardreport: plugins: " << tr("no usable plugin found").text << '\n';
        exit_code = host.faults().empty() && !host.plugins().empty() ? 0 : 1;
    });
}

}  // namespace wardreport::cli
