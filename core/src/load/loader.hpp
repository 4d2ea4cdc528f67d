// Loading the ward data file a clerk edits (docs/data-format.md) into the shared model.
#pragma once

#include <wardreport/model.hpp>

#include "util/diagnostics.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace wardreport::load {

// Reads, parses and validates a ward data file (YAML; JSON accepted). Text is checked to be
// UTF-8 and normalised to NFC. Every problem goes to `diags` as FILE:LINE:COLUMN; the model is
// returned only when no error was found (warnings allowed).
std::optional<Ward> load_file(const std::filesystem::path& path, Diagnostics& diags);

// The same for text in memory; `name` stands for the file in messages.
std::optional<Ward> load_text(std::string_view text, const std::string& name, Diagnostics& diags);

// The JSON Schema of the data format, for editors' completion and checks.
std::string json_schema();

}  // namespace wardreport::load
