#include "outputs.hpp"
#include "diagnostic_output.hpp"
#include "util/i18n.hpp"

#include "util/diagnostics.hpp"
#include "util/paths.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <set>

namespace wardreport::cli {

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
    return out.empty() ? tr("(none)").text : out;
}

std::optional<report::Catalog> load_catalog(const std::vector<std::string>& reports_dirs) {
    report::Catalog catalog;
    Diagnostics diags;
    bool ok = catalog.add_directory(paths::builtin_reports_dir(), diags);
    for (const std::string& dir : reports_dirs) ok = catalog.add_directory(dir, diags) && ok;
    print_diagnostics(diags);
    if (!ok || diags.has_errors()) return std::nullopt;
    return catalog;
}

std::vector<plugin::FormatRef> chosen_formats(const std::string& command, const std::vector<std::string>& names,
                                              const plugin::PluginHost& host, int& exit_code) {
    std::vector<plugin::FormatRef> out;
    if (!names.empty()) {
        std::set<std::string> seen;
        for (const std::string& name : names) {
            const plugin::FormatRef ref = host.find(name);
            if (!ref.plugin) {
                std::cerr << "wardreport: " << command << ": "
                          << tr("unknown format '{1}'; available formats: {2} (see `wardreport plugins`)", name,
                                join(host.format_names())).text
                          << '\n';
                exit_code = 2;
                return {};
            }
            if (seen.insert(name).second) out.push_back(ref);
        }
        return out;
    }
    for (const std::string& name : host.format_names()) {
        const plugin::FormatRef ref = host.find(name);
        if (ref.plugin->origin == plugin::Origin::Builtin) out.push_back(ref);
    }
    if (out.empty()) {
        std::cerr << "wardreport: " << command << ": error: "
                  << tr("no built-in export plugin in {1}; name a format with --format (available: {2})",
                        paths::builtin_plugin_dir().string(), join(host.format_names())).text
                  << '\n';
        exit_code = 1;
    }
    return out;
}

void report_failure(std::ostream& err, const std::string& file, const std::string& id, const std::exception& e) {
    err << file << ": error: " << tr("report '{1}': {2}", id, e.what()).text << '\n';
}

std::vector<std::string> chosen_reports(const std::string& file, const std::vector<std::string>& names,
                                        const report::Catalog& catalog, const Ward& ward, std::ostream& err,
                                        int& exit_code) {
    std::vector<std::string> out;
    if (!names.empty()) {
        for (const std::string& id : names)
            if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
        return out;
    }
    bool failed = false;
    for (const std::string& id : catalog.ids()) {
        try {
            // A report the data cannot fill is not written, and the clerk is told what it lacks.
            if (catalog.supports(id, ward)) out.push_back(id);
            else err << file << ": warning: "
                     << tr("report '{1}' is not written: the data has no '{2}'", id, catalog.missing(id, ward)).text << '\n';
        } catch (const std::exception& e) {
            report_failure(err, file, id, e);
            failed = true;
            exit_code = 1;
        }
    }
    if (out.empty() && !failed) {
        err << file << ": error: " << tr("the data supports none of the reports {1}", join(catalog.ids())).text << '\n';
        exit_code = 1;
    }
    return out;
}

bool stdout_written(const std::string& command) {
    std::cout.flush();
    if (std::cout && !std::ferror(stdout) && std::fflush(stdout) == 0) return true;
    std::cerr << "wardreport: " << command << ": error: "
              << tr("cannot write to the standard output: {1}", std::strerror(errno)).text << '\n';
    return false;
}

}  // namespace wardreport::cli
