// The record of a batch run: OUT/manifest.jsonl (manifest.K-of-N.jsonl for a shard), one JSON
// object a line, appended as each file is written or fails, so that an interrupted run keeps
// what it did. A ward that could not be read has one line with report and format null.
//
//   {"input":"wards/ky-son.yaml","input_sha256":"…","report":"nghi-quyet","format":"pdf",
//    "path":"ky-son/ky-son-nghi-quyet.pdf","bytes":44286,"sha256":"…","status":"ok","error":null,
//    "outputs":6}
//
// "error" of a failed line is the list of its messages as `validate --format json` gives them
// (diagnostic_output.hpp): {"file","line","column","severity","id","message","hint"} each, the
// same places as on stderr. Manifests of earlier releases hold one string there: still read.
//
// "outputs" is how many files the run of that ward writes (its reports times the formats), so
// that a ward whose run was cut short, some lines written and others not, is not taken for
// done (manifests written before the field existed lack it: their wards are judged without).
// `--resume` reads it back: a ward whose every line is "ok", for the same input bytes and for
// every format asked, with as many lines as its outputs and its files still of the recorded
// size, is not rendered again. Later lines win over earlier ones for the same input, report and
// format.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wardreport::cli::batch {

struct Entry {
    std::string input, input_sha256;
    std::optional<std::string> report, format, path;  // path relative to OUT
    std::uint64_t bytes = 0;
    std::string sha256;
    bool ok = false;
    nlohmann::ordered_json error;  // the diagnostics of a failed line (an old manifest's string)
    std::uint64_t outputs = 0;  // files of the ward's run; 0 on a ward-level line or when unknown
};

// The SHA-256 of a file's bytes in hex; "" when it cannot be read.
std::string sha256_file(const std::filesystem::path& p);

std::string to_json_line(const Entry& e);

// The "error" of a failure known only as a message about `file` (a plugin's crash, a file that
// could not be written): one diagnostic without line and column.
nlohmann::ordered_json error_json(const std::string& file, const std::string& message);

// The entries of an existing manifest by input (later lines replacing earlier ones); lines
// that cannot be read (a run killed while writing one) are skipped.
std::map<std::string, std::vector<Entry>> read_manifest(const std::filesystem::path& p);

// Whether the ward `input` (whose bytes hash to `input_sha256`) is done according to
// `previous`: see above. `formats` and `reports` are what this run asks for (reports empty:
// whatever the data supports, as recorded).
bool is_done(const std::vector<Entry>& previous, const std::string& input_sha256, const std::filesystem::path& out,
             const std::vector<std::string>& formats, const std::vector<std::string>& reports);

}  // namespace wardreport::cli::batch
