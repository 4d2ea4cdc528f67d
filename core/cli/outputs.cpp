#include "outputs.hpp"

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
    return out.empty() ? "(none)" : out;
}

std::optional<report::Catalog> load_catalog(const std::vector<std::string>& reports_dirs) {
    report::Catalog catalog;
    Diagnostics diags;
    bool ok = catalog.add_directory(paths::builtin_reports_dir(), diags);
    for (const std::string& dir : reports_dirs) ok = catalog.add_directory(dir, diags) && ok;
    diags.print(std::cerr);
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
                std::cerr << "wardreport: " << command << ": unknown format '" << name
                          << "'; available formats: " << join(host.format_names()) << " (see `wardreport plugins`)\n";
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
        std::cerr << "wardreport: " << command << ": error: no built-in export plugin in "
                  << paths::builtin_plugin_dir().string() << "; name a format with --format (available: "
                  << join(host.format_names()) << ")\n";
        exit_code = 1;
    }
    return out;
}

void report_failure(std::ostream& err, const std::string& file, const std::string& id, const std::exception& e) {
    err << file << ": error: report '" << id << "': " << e.what() << '\n';
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
            else err << file << ": warning: report '" << id << "' is not written: the data has no '"
                     << catalog.missing(id, ward) << "'\n";
        } catch (const std::exception& e) {
            report_failure(err, file, id, e);
            failed = true;
            exit_code = 1;
        }
    }
    if (out.empty() && !failed) {
        err << file << ": error: the data supports none of the reports " << join(catalog.ids()) << '\n';
        exit_code = 1;
    }
    return out;
}

bool stdout_written(const std::string& command) {
    std::cout.flush();
    if (std::cout && !std::ferror(stdout) && std::fflush(stdout) == 0) return true;
    std::cerr << "wardreport: " << command << ": error: cannot write to the standard output: " << std::strerror(errno)
              << '\n';
    return false;
}

}  // namespace wardreport::cli
