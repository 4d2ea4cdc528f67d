#include "plugin/output.hpp"

#include "plugin/temporary.hpp"

#include <optional>
#include <stdexcept>
#include <system_error>

namespace fs = std::filesystem;

namespace wardreport::plugin {
namespace {

// The first of `dir` and its ancestors that is a symbolic link leading nowhere, or "".
fs::path dangling_link(const fs::path& dir) {
    std::error_code ec, ignored;
    for (fs::path p = fs::absolute(dir, ec); !ec && !p.empty(); p = p.parent_path()) {
        if (fs::is_symlink(fs::symlink_status(p, ignored)) && !fs::exists(p, ignored)) return p;
        if (p == p.root_path()) break;
    }
    return {};
}

}  // namespace

std::string failure_text(const Plugin& plugin, const FormatInfo& format, const isolate::Outcome& outcome) {
    const std::string name = "plugin '" + plugin.info.name + "'";
    const std::string where = name + " (" + plugin.path.string() + ")";
    switch (outcome.kind) {
        case isolate::Outcome::Kind::Done: return {};
        case isolate::Outcome::Kind::Failed:
            return name + " failed to write format '" + format.name + "': " + outcome.text;
        case isolate::Outcome::Kind::TimedOut:
            return where + " did not finish writing format '" + format.name + "' within " + outcome.text +
                   " and was stopped; give it more time with --timeout SECONDS if the document is that large, "
                   "or leave the format out";
        case isolate::Outcome::Kind::Died: break;
    }
    return where + " " + outcome.text + " while writing format '" + format.name +
           "'; nothing was written; the plugin is at fault: report it to its author, or leave the format out";
}

std::string write_output(const Plugin& plugin, const FormatInfo& format,
                         const doc::Document& document, const fs::path& target, std::chrono::milliseconds timeout) {
    const std::string who = "plugin '" + plugin.info.name + "' failed to write format '" + format.name + "'";
    if (std::string problem = output_name_problem(target); !problem.empty()) return problem;
    std::optional<Temporary> tmp;
    try {
        tmp.emplace(target);
    } catch (const std::exception& e) {
        return who + ": " + e.what();
    }

    isolate::Outcome outcome;
    try {
        // The worker is a copy of the engine as it is now: document and plugin included.
        isolate::Worker worker([&](const std::string&) {
            plugin.exporter->write(document, format.name, tmp->path());
            return std::string();
        });
        outcome = worker.run({}, timeout);
    } catch (const std::system_error& e) {
        return who + ": " + e.what();
    }
    if (!outcome.ok()) return failure_text(plugin, format, outcome);

    std::error_code ec;
    const auto size = fs::file_size(tmp->path(), ec);
    if (ec) return who + ": its output is gone: " + ec.message();
    if (size == 0) return who + ": it wrote an empty file";
    if (std::string error = tmp->commit(); !error.empty()) return who + ": " + error;
    return {};
}

std::string output_name_problem(const fs::path& target) {
    const std::string name = target.filename().string();
    if (name.size() <= max_name_bytes) return {};
    return "the file name is " + std::to_string(name.size()) + " bytes long; file systems allow " +
           std::to_string(max_name_bytes) + ": give the data file a shorter name (the output is named after it)";
}

std::string prepare_output_dir(const fs::path& dir) {
    if (const fs::path link = dangling_link(dir); !link.empty()) {
        std::error_code ec;
        const fs::path to = fs::read_symlink(link, ec);
        const std::string what =
            link == fs::absolute(dir) ? "the output folder" : "the output folder's ancestor " + link.string();
        return what + " is a symbolic link to " + to.string() + ", which does not exist; create " + to.string() +
               " or give another folder with -o";
    }
    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
        return "the output path exists and is not a folder; give a folder with -o";
    fs::create_directories(dir, ec);
    if (ec) return "cannot create the output folder: " + ec.message();
    if (!fs::is_directory(dir, ec)) return "the output path exists and is not a folder; give a folder with -o";
    remove_stale_temporaries(dir);
    return {};
}

}  // namespace wardreport::plugin
