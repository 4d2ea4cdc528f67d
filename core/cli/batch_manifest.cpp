#include "batch_manifest.hpp"

#include "diagnostic_output.hpp"

#include <nettle/sha2.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <set>
#include <system_error>

namespace fs = std::filesystem;
using nlohmann::json;

namespace wardreport::cli::batch {

std::string sha256_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return {};
    sha256_ctx ctx;
    sha256_init(&ctx);
    char buf[1 << 16];
    while (in.read(buf, sizeof buf) || in.gcount() > 0)
        sha256_update(&ctx, static_cast<std::size_t>(in.gcount()), reinterpret_cast<const std::uint8_t*>(buf));
    if (in.bad()) return {};
    std::uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&ctx, sizeof digest, digest);
    std::string hex;
    for (std::uint8_t b : digest) {
        char h[3];
        std::snprintf(h, sizeof h, "%02x", b);
        hex += h;
    }
    return hex;
}

namespace {
using ordered = nlohmann::ordered_json;  // the fields in the documented order
ordered optional_text(const std::optional<std::string>& s) { return s ? ordered(*s) : ordered(nullptr); }
}  // namespace

std::string to_json_line(const Entry& e) {
    ordered j = {{"input", e.input},
              {"input_sha256", e.input_sha256},
              {"report", optional_text(e.report)},
              {"format", optional_text(e.format)},
              {"path", optional_text(e.path)},
              {"bytes", e.bytes},
              {"sha256", e.ok ? ordered(e.sha256) : ordered(nullptr)},
              {"status", e.ok ? "ok" : "failed"},
              {"error", e.ok ? ordered(nullptr) : e.error},
              {"outputs", e.outputs ? ordered(e.outputs) : ordered(nullptr)}};
    // Invalid UTF-8 in a file name must not make the line unwritable.
    return j.dump(-1, ' ', false, ordered::error_handler_t::replace) + "\n";
}

ordered error_json(const std::string& file, const std::string& message) {
    return ordered::array({diagnostic_json(Diagnostic(file, 0, 0, Severity::Error, message))});
}

std::map<std::string, std::vector<Entry>> read_manifest(const fs::path& p) {
    std::map<std::string, std::vector<Entry>> out;
    std::ifstream in(p);
    for (std::string line; std::getline(in, line);) {
        const ordered j = ordered::parse(line, nullptr, false);
        if (!j.is_object() || !j.contains("input") || !j["input"].is_string()) continue;
        Entry e;
        const auto text = [&](const char* k) { return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : ""; };
        const auto opt = [&](const char* k) {
            return j.contains(k) && j[k].is_string() ? std::optional<std::string>(j[k].get<std::string>()) : std::nullopt;
        };
        e.input = text("input");
        e.input_sha256 = text("input_sha256");
        e.report = opt("report");
        e.format = opt("format");
        e.path = opt("path");
        e.bytes = j.contains("bytes") && j["bytes"].is_number_unsigned() ? j["bytes"].get<std::uint64_t>() : 0;
        e.sha256 = text("sha256");
        e.ok = text("status") == "ok";
        e.error = j.contains("error") ? j["error"] : ordered();
        e.outputs = j.contains("outputs") && j["outputs"].is_number_unsigned() ? j["outputs"].get<std::uint64_t>() : 0;
        auto& list = out[e.input];
        // A later line for the same report and format replaces the earlier one; a new run of a
        // ward (its first line again) starts its record afresh.
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&](const Entry& x) {
                                      return x.input_sha256 != e.input_sha256 || !x.report || !e.report ||
                                             (x.report == e.report && x.format == e.format);
                                  }),
                   list.end());
        list.push_back(std::move(e));
    }
    return out;
}

bool is_done(const std::vector<Entry>& previous, const std::string& input_sha256, const fs::path& out,
             const std::vector<std::string>& formats, const std::vector<std::string>& reports) {
    if (previous.empty()) return false;
    std::set<std::string> done_formats, done_reports;
    for (const Entry& e : previous) {
        if (e.outputs != 0 && e.outputs != previous.size()) return false;
        if (!e.ok || e.input_sha256 != input_sha256 || !e.path || !e.format || !e.report) return false;
        std::error_code ec;
        if (fs::file_size(out / *e.path, ec) != e.bytes || ec) return false;
        done_formats.insert(*e.format);
        done_reports.insert(*e.report);
    }
    for (const std::string& f : formats)
        if (!done_formats.count(f)) return false;
    for (const std::string& r : reports)
        if (!done_reports.count(r)) return false;
    return true;
}

}  // namespace wardreport::cli::batch
