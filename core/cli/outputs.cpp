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

namespace {

// One report failing inside the engine must not take the others down with it.
std::optional<doc::Document> build_one(const std::string& file, const std::string& id, const std::string& stem,
                                       const report::Catalog& catalog, const Ward& ward, Diagnostics& diags,
                                       std::string* lacking) {
    try {
        return lacking ? catalog.build_if_supported(id, ward, stem, diags, *lacking)
                       : catalog.build(id, ward, stem, diags);
    } catch (const std::exception& e) {
        diags.error(file, 0, 0, tr("report '{1}': {2}", id, e.what()));
        return std::nullopt;
    }
}

}  // namespace

std::vector<doc::Document> build_reports(const std::string& file, const std::vector<std::string>& names,
                                         const std::string& stem, const report::Catalog& catalog, const Ward& ward,
                                         Diagnostics& diags) {
    std::vector<doc::Document> out;
    if (!names.empty()) {
        std::vector<std::string> seen;
        for (const std::string& id : names) {
            if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
            seen.push_back(id);
            if (auto d = build_one(file, id, stem, catalog, ward, diags, nullptr)) out.push_back(std::move(*d));
        }
        return out;
    }
    const std::size_t errors = diags.error_count();
    for (const std::string& id : catalog.ids()) {
        std::string lacking;
        if (auto d = build_one(file, id, stem, catalog, ward, diags, &lacking)) out.push_back(std::move(*d));
        // A report the data cannot fill is not written, and the clerk is told what it lacks.
        else if (!lacking.empty())
            diags.warning(file, 0, 0, tr("report '{1}' is not written: the data has no '{2}'", id, lacking));
    }
    if (out.empty() && diags.error_count() == errors)
        diags.error(file, 0, 0, tr("the data supports none of the reports {1}", join(catalog.ids())));
    return out;
}

const doc::Document& document_for(const report::Catalog& catalog, const doc::Document& d, const std::string& format,
                                  std::optional<doc::Document>& kept) {
    kept = catalog.for_format(d, format);
    return kept ? *kept : d;
}

bool stdout_written(const std::string& command) {
    std::cout.flush();
    if (std::cout && !std::ferror(stdout) && std::fflush(stdout) == 0) return true;
    std::cerr << "wardreport: " << command << ": error: "
              << tr("cannot write to the standard output: {1}", std::strerror(errno)).text << '\n';
    return false;
}

}  // namespace wardreport::cli
