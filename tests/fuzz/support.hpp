// Shared by the fuzz targets: what every run must hold, a scratch folder, the sample wards.
// A broken promise aborts, which libFuzzer (and the replay driver, through its exit status)
// reports as a finding with the input that caused it.
#pragma once

#include "load/loader.hpp"
#include "util/diagnostics.hpp"

#include <wardreport/model.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace wardreport::fuzz {

// Prints `what` and aborts when `ok` is false.
void require(bool ok, const std::string& what);

// Every diagnostic names `file`, says something in valid UTF-8 (messages quote the input:
// never a cut character), and points inside `text` (a line the file has).
void require_sound(const Diagnostics& diags, const std::string& file, std::string_view text);

// A folder for this process' files, removed at exit.
const std::filesystem::path& scratch_dir();

// The source tree's report definitions, profiles and sample wards.
std::filesystem::path source_path(const std::string& relative);

// samples/ky-son.yaml and samples/xa-minh-hoa-demo.yaml, loaded once.
const std::vector<Ward>& sample_wards();

}  // namespace wardreport::fuzz
