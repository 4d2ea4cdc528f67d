#include "plugin/output.hpp"

#include "plugin/temporary.hpp"
#include "util/i18n.hpp"

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
    const std::string where = tr("plugin '{1}' ({2})", plugin.info.name, plugin.path.string());
    switch (outcome.kind) {
        case isolate::Outcome::Kind::Done: return {};
        case isolate::Outcome::Kind::Failed:
            return tr("plugin '{1}' failed to write format '{2}': {3}", plugin.info.name, format.name, outcome.text);
        case isolate::Outcome::Kind::TimedOut:
            return tr("{1} did not finish writing format '{2}' within {3} and was stopped; give it more time with "
                      "--timeout SECONDS if the document is that large, or leave the format out",
                      where, format.name, outcome.text);
        case isolate::Outcome::Kind::Died: break;
    }
    return tr("{1} {2} while writing format '{3}'; nothing was written; the plugin is at fault: report it to its "
              "author, or leave the format out", where, outcome.text, format.name);
}

std::string write_output(const Plugin& plugin, const FormatInfo& format,
                         const doc::Document& document, const fs::path& target, std::chrono::milliseconds timeout) {
    const auto who = [&](const std::string& why) {
        return tr("plugin '{1}' failed to write format '{2}': {3}", plugin.info.name, format.name, why).text;
    };
    if (std::string problem = output_name_problem(target); !problem.empty()) return problem;
    std::optional<Temporary> tmp;
    try {
        tmp.emplace(target);
    } catch (const std::exception& e) {
        return who(e.what());
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
        return who(e.what());
    }
    if (!outcome.ok()) return failure_text(plugin, format, outcome);

    std::error_code ec;
    const auto size = fs::file_size(tmp->path(), ec);
    if (ec) return who(tr("its output is gone: {1}", ec.message()));
    if (size == 0) return who(tr("it wrote an empty file"));
    if (std::string error = tmp->commit(); !error.empty()) return who(error);
    return {};
}

std::string output_name_problem(const fs::path& target) {
    const std::string name = target.filename().string();
    if (name.size() <= max_name_bytes) return {};
    return tr("the file name is {1} bytes long; file systems allow {2}: give the data file a shorter name (the "
              "output is named after it)", name.size(), max_name_bytes);
}

std::string prepare_output_dir(const fs::path& dir) {
    if (const fs::path link = dangling_link(dir); !link.empty()) {
        std::error_code ec;
        const fs::path to = fs::read_symlink(link, ec);
        const std::string what = link == fs::absolute(dir) ? tr("the output folder").text
                                                           : tr("the output folder's ancestor {1}", link.string()).text;
        return tr("{1} is a symbolic link to {2}, which does not exist; create {2} or give another folder with -o",
                  what, to.string());
    }
    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
        return tr("the output path exists and is not a folder; give a folder with -o");
    fs::create_directories(dir, ec);
    if (ec) return tr("cannot create the output folder: {1}", ec.message());
    if (!fs::is_directory(dir, ec)) return tr("the output path exists and is not a folder; give a folder with -o");
    remove_stale_temporaries(dir);
    return {};
}

}  // namespace wardreport::plugin
