// Writing one output file through a plugin without ever leaving a partial file: the plugin writes
// a temporary file in the output directory, which is renamed into place only when write()
// returns; on any failure it is deleted and the previous file, if any, is left untouched.
#pragma once

#include <wardreport/document.hpp>

#include "plugin/plugin_host.hpp"

#include <filesystem>
#include <string>

namespace wardreport::plugin {

// Writes `document` in `format` of `plugin` to `target`, whose directory must exist. Returns an
// empty string on success, else what went wrong, naming the plugin and the format.
std::string write_output(const Plugin& plugin, const FormatInfo& format, const doc::Document& document,
                         const std::filesystem::path& target);

}  // namespace wardreport::plugin
