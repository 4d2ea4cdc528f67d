// Per-document cost in a long-running process: loads the built-in plugins and report
// definitions once, then N times over: loads each ward file, builds every report it supports
// (or only the --report ones) and writes each document through the one exporter of each
// format (default: pdf and xlsx).
//
//   bench_batch [--n N] [--format NAME]... [--report ID]... [--out DIR] WARD_FILE...
//
// Prints CPU time per document (the whole loop: load, build, write) and per format (the
// exporter's write alone), and the process's peak resident memory. Outputs are overwritten on
// each round, so the disk holds one round.
#include "load/loader.hpp"
#include "plugin/plugin_host.hpp"
#include "report/report.hpp"
#include "util/diagnostics.hpp"
#include "util/paths.hpp"

#include <ctime>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <sys/resource.h>
#include <vector>

namespace fs = std::filesystem;
using namespace wardreport;

namespace {

double cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

long peak_kib() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

int usage() {
    std::cerr << "usage: bench_batch [--n N] [--format NAME]... [--report ID]... [--out DIR] WARD_FILE...\n";
    return 2;
}

struct Cost {
    int docs = 0;
    double ms = 0;
};

}  // namespace

int main(int argc, char** argv) {
    int rounds = 20;
    fs::path out = fs::temp_directory_path() / "bench-batch";
    std::vector<std::string> formats, reports;
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--n" && i + 1 < argc) rounds = std::stoi(argv[++i]);
        else if (a == "--format" && i + 1 < argc) formats.push_back(argv[++i]);
        else if (a == "--report" && i + 1 < argc) reports.push_back(argv[++i]);
        else if (a == "--out" && i + 1 < argc) out = argv[++i];
        else if (!a.empty() && a[0] == '-') return usage();
        else files.emplace_back(a);
    }
    if (files.empty() || rounds < 1) return usage();
    if (formats.empty()) formats = {"pdf", "xlsx"};
    fs::create_directories(out);

    const double start = cpu_ms();
    report::Catalog catalog;
    Diagnostics diags;
    plugin::PluginHost host;
    host.load(plugin::default_search_path({}));
    if (!catalog.add_directory(paths::builtin_reports_dir(), diags)) {
        diags.print(std::cerr);
        return 1;
    }
    std::vector<plugin::FormatRef> refs;
    for (const std::string& f : formats) {
        refs.push_back(host.find(f));
        if (!refs.back().plugin) {
            std::cerr << "bench_batch: no plugin writes '" << f << "'\n";
            return 1;
        }
    }
    if (reports.empty()) reports = catalog.ids();
    const double setup = cpu_ms() - start;

    std::map<std::string, Cost> by_format;
    int docs = 0;
    const double loop_start = cpu_ms();
    for (int r = 0; r < rounds; ++r)
        for (const fs::path& file : files) {
            const std::optional<Ward> ward = load::load_file(file, diags);
            if (!ward) {
                diags.print(std::cerr);
                return 1;
            }
            const std::string stem = file.stem().string();
            for (const std::string& id : reports) {
                if (!catalog.contains(id)) continue;
                std::string lacking;  // as batch builds them: one data tree for the check and the document
                const std::optional<doc::Document> d = catalog.build_if_supported(id, *ward, stem, diags, lacking);
                if (!lacking.empty()) continue;
                if (!d) {
                    diags.print(std::cerr);
                    return 1;
                }
                for (const plugin::FormatRef& ref : refs) {
                    const double t0 = cpu_ms();
                    ref.plugin->exporter->write(*d, ref.format->name,
                                                out / (stem + "-" + id + "." + ref.format->extension));
                    Cost& c = by_format[ref.format->name];
                    c.ms += cpu_ms() - t0;
                    ++c.docs;
                    ++docs;
                }
            }
        }
    const double loop = cpu_ms() - loop_start;

    std::printf("rounds: %d, wards: %zu, documents: %d, set-up (plugins, definitions): %.1f ms CPU\n", rounds,
                files.size() * static_cast<std::size_t>(rounds), docs, setup);
    std::printf("per document, everything (load, build, write): %.2f ms CPU\n", loop / docs);
    for (const auto& [name, c] : by_format)
        std::printf("per %s document, the exporter's write: %.2f ms CPU\n", name.c_str(), c.ms / c.docs);
    std::printf("peak RSS: %.1f MB\n", static_cast<double>(peak_kib()) / 1024.0);
    return 0;
}
