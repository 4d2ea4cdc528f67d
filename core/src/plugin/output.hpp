// Writing one output file through a plugin without ever leaving a partial file, and without
// letting the plugin take the engine down: the plugin writes a temporary file in the output
// folder from a worker process (isolate/worker.hpp); the engine moves the file into place only
// when the worker reports success. On any failure (an exception, a crash, exit(), a hang) the
// temporary is removed and the previous file, if any, is left untouched.
#pragma once

#include <wardreport/document.hpp>

#include "isolate/worker.hpp"
#include "plugin/plugin_host.hpp"

#include <chrono>
#include <filesystem>
#include <string>

namespace wardreport::plugin {

// A document's time to be written, unless --timeout says otherwise: generous, since a
// million-row table is legitimate; what it stops is a plugin that never returns.
constexpr std::chrono::seconds default_timeout{120};

// Writes `document` in `format` of `plugin` to `target`, whose folder must exist. Returns an
// empty string on success, else what went wrong, naming the plugin and the format.
std::string write_output(const Plugin& plugin, const FormatInfo& format,
                         const doc::Document& document, const std::filesystem::path& target,
                         std::chrono::milliseconds timeout = default_timeout);

// What a failed outcome of a worker writing `format` means, naming the plugin, its file and the
// format ("plugin 'pdf' (/…/wardreport-pdf.so) was killed by signal 11 (Segmentation fault)
// while writing format 'pdf'; …").
std::string failure_text(const Plugin& plugin, const FormatInfo& format, const isolate::Outcome& outcome);

// Why `target`'s file name cannot be written ("" when it can): longer than a file name may be.
std::string output_name_problem(const std::filesystem::path& target);

// Makes the output folder `dir` (and its parents) and removes its stale temporaries. Returns
// "" or the reason it cannot be used, with what to do.
std::string prepare_output_dir(const std::filesystem::path& dir);

}  // namespace wardreport::plugin
