// wardreport render FILE [--report NAME]... [--format NAME]... [-o DIR] [--plugin-dir DIR]...
//                        [--reports-dir DIR]... [--dump text|json] [--timeout SECONDS]
//
// Loads the ward, builds the documents and has the plugins write them into DIR as
// <file stem>-<report>.<extension>, printing each file written on stdout. By default: every report the
// data supports, in every format of the built-in plugins. A failed output never stops the
// others and never leaves a partial file: each is written by a worker process, so a plugin that
// crashes, exits or hangs loses only its own output (plugin/output.hpp). Exit 0 when every file was written, 1 on bad input
// or any failed output, 2 for an unknown report or format name.
#include "commands.hpp"
#include "diagnostic_output.hpp"
#include "util/i18n.hpp"
#include "outputs.hpp"

#include "load/loader.hpp"
#include "plugin/output.hpp"
#include "plugin/plugin_host.hpp"
#include "report/report.hpp"
#include "util/diagnostics.hpp"
#include "util/paths.hpp"

#include <algorithm>
#include <chrono>
#include <exception>
#include <iostream>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace wardreport::cli {
namespace {

struct RenderOptions {
    std::string file;
    std::vector<std::string> reports;
    std::vector<std::string> formats;
    std::string out_dir = "out";
    std::vector<std::string> plugin_dirs;
    std::vector<std::string> reports_dirs;
    std::string dump;  // "", "text" or "json"
    double timeout = plugin::default_timeout.count();  // seconds per output
};

void usage_error(const std::string& message) { std::cerr << "wardreport: render: " << message << '\n'; }

void dump_documents(const std::vector<doc::Document>& docs, const std::string& how) {
    if (how == "text") {
        for (std::size_t i = 0; i < docs.size(); ++i)
            std::cout << (i ? "\n" : "") << report::document_text(docs[i]);
        return;
    }
    // One document: the object itself; several: an array of them.
    if (docs.size() == 1) {
        std::cout << report::document_json(docs[0]) << '\n';
        return;
    }
    std::cout << "[\n";
    for (std::size_t i = 0; i < docs.size(); ++i)
        std::cout << report::document_json(docs[i]) << (i + 1 < docs.size() ? ",\n" : "\n");
    std::cout << "]\n";
}

// Writes every document in every format; returns false when any output failed.
bool write_all(const std::vector<doc::Document>& docs, const report::Catalog& catalog,
               const std::vector<plugin::FormatRef>& formats, const fs::path& out_dir,
               std::chrono::milliseconds timeout) {
    bool ok = true;
    std::set<fs::path> written;
    for (const doc::Document& d : docs) {
        for (const plugin::FormatRef& f : formats) {
            const fs::path target = out_dir / (d.file_stem + "." + f.format->extension);
            if (!written.insert(target).second) {
                std::cerr << target.string() << ": error: "
                          << tr("format '{1}' would overwrite a file written by another format of this run; skipped",
                                f.format->name).text
                          << '\n';
                ok = false;
                continue;
            }
            std::optional<doc::Document> kept;
            const doc::Document& out = document_for(catalog, d, f.format->name, kept);
            const std::string error = plugin::write_output(*f.plugin, *f.format, out, target, timeout);
            if (!error.empty()) {
                std::cerr << target.string() << ": error: " << error << '\n';
                ok = false;
                continue;
            }
            std::cout << target.string() << '\n';
        }
    }
    return ok;
}

int run_render(const RenderOptions& o) {
    int exit_code = 0;
    std::optional<report::Catalog> catalog = load_catalog(o.reports_dirs);
    if (!catalog) return 1;
    for (const std::string& id : o.reports)
        if (!catalog->contains(id)) {
            usage_error(tr("unknown report '{1}'; available reports: {2} (see `wardreport reports`)", id,
                           join(catalog->ids())));
            return 2;
        }

    // Plugins before the data: a wrong format name is a usage error, reported at once.
    plugin::PluginHost host;
    std::vector<plugin::FormatRef> formats;
    if (o.dump.empty()) {
        host.load(plugin::default_search_path({o.plugin_dirs.begin(), o.plugin_dirs.end()}));
        for (const plugin::Fault& f : host.faults())
            std::cerr << format_diagnostic({f.path.string(), 0, 0, Severity::Warning, f.message}, colour_stderr()) << '\n';
        formats = chosen_formats("render", o.formats, host, exit_code);
        if (formats.empty()) return exit_code;
    }

    Diagnostics diags;
    const std::optional<Ward> ward = load::load_file(o.file, diags);
    if (ward) catalog->check_documents(*ward, diags);
    print_diagnostics(diags);
    if (!ward) return 1;

    // Standard input ("-") has no name to take the files' names from.
    const std::string stem = o.file == "-" ? "stdin" : fs::path(o.file).stem().string();
    Diagnostics build_diags;
    std::vector<doc::Document> docs = build_reports(o.file, o.reports, stem, *catalog, *ward, build_diags);
    print_diagnostics(build_diags);
    if (build_diags.has_errors()) exit_code = 1;

    if (!o.dump.empty()) {
        // With one --format: the documents that format writes (without the columns it leaves out).
        if (o.formats.size() == 1)
            for (doc::Document& d : docs)
                if (auto kept = catalog->for_format(d, o.formats[0])) d = std::move(*kept);
        dump_documents(docs, o.dump);
        return exit_code;
    }
    if (docs.empty()) return exit_code == 0 ? 1 : exit_code;

    if (const std::string problem = plugin::prepare_output_dir(o.out_dir); !problem.empty()) {
        std::cerr << o.out_dir << ": error: " << problem << '\n';
        return 1;
    }
    const auto timeout = std::chrono::milliseconds(static_cast<long long>(o.timeout * 1000));
    if (!write_all(docs, *catalog, formats, o.out_dir, timeout)) exit_code = 1;
    return exit_code;
}

}  // namespace

void add_render_command(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<RenderOptions>();
    CLI::App* cmd = app.add_subcommand(
        "render", tr("Build the reports of a ward data file and write them in each format"));
    cmd->footer(
        tr("Writes <file stem>-<report>.<extension> into the output directory and prints each file written. "
           "By default every report the data supports, in every built-in format. Exit 1 when any file could "
           "not be written; the others are still written."));
    cmd->add_option("FILE", o->file, tr("Ward data file (YAML or JSON); - reads standard input"))->required();
    cmd->add_option("--report", o->reports, tr("Only this report (repeatable); see `wardreport reports`"))
        ->type_name("NAME")
        ->expected(1)
        ->allow_extra_args(false)
        ->take_all();
    cmd->add_option("--format", o->formats, tr("Only this format (repeatable); see `wardreport plugins`"))
        ->type_name("NAME")
        ->expected(1)
        ->allow_extra_args(false)
        ->take_all();
    cmd->add_option("-o,--output", o->out_dir, tr("Output directory, created when missing"))
        ->type_name("DIR")
        ->capture_default_str();
    cmd->add_option("--plugin-dir", o->plugin_dirs,
                    tr("Also load the plugins of DIR, after the built-in ones and WARDREPORT_PLUGIN_PATH; repeatable"))
        ->type_name("DIR")
        ->expected(1)
        ->allow_extra_args(false)
        ->take_all();
    cmd->add_option("--reports-dir", o->reports_dirs,
                    tr("Also load the report definitions of DIR, after the built-in ones; repeatable"))
        ->type_name("DIR")
        ->expected(1)
        ->allow_extra_args(false)
        ->take_all();
    cmd->add_option("--dump", o->dump,
                    tr("Print the built documents instead of rendering them: text, or json (an array when "
                       "there are several)"))
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"text", "json"}));
    cmd->add_option("--timeout", o->timeout,
                    tr("Seconds a plugin may take to write one file before it is stopped and the file reported "
                       "as failed"))
        ->type_name("SECONDS")
        ->check(CLI::Range(0.001, 1e6))
        ->capture_default_str();
    cmd->callback([o, &exit_code] {
        exit_code = run_render(*o);
        if (!stdout_written("render")) exit_code = 1;
    });
}

}  // namespace wardreport::cli
