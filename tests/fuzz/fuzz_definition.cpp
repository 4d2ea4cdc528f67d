// Fuzz target: a report definition file made of any bytes, loaded beside the real layout
// profiles, then built for each sample ward when it loads. Loading and building must report,
// never throw, crash or hang.
#include "report/report.hpp"
#include "support.hpp"

#include <cstddef>
#include <cstdint>
#include <fstream>

using namespace wardreport;
namespace fs = std::filesystem;

namespace {

// A definitions folder: the real profiles and the fuzzed definition "fuzz".
const fs::path& definitions_dir() {
    static const fs::path dir = [] {
        const fs::path d = fuzz::scratch_dir() / "reports";
        fs::create_directories(d);
        fs::create_directory_symlink(fuzz::source_path("reports/profiles"), d / "profiles");
        return d;
    }();
    return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const fs::path file = definitions_dir() / "fuzz.yaml";
    std::ofstream(file, std::ios::binary | std::ios::trunc).write(text.data(), static_cast<std::streamsize>(size));

    report::Catalog catalog;
    Diagnostics diags;
    const bool loaded = catalog.add_directory(definitions_dir(), diags);
    fuzz::require(loaded == !diags.has_errors(), "add_directory's result disagrees with its errors");
    fuzz::require(loaded == catalog.contains("fuzz"), "a definition loaded with errors, or missing without");
    fuzz::require_sound(diags, file.string(), text);
    if (!loaded) return 0;

    for (const Ward& ward : fuzz::sample_wards()) {
        if (!catalog.supports("fuzz", ward)) continue;
        Diagnostics build_diags;
        const auto document = catalog.build("fuzz", ward, "fuzz", build_diags);
        fuzz::require(document.has_value() == !build_diags.has_errors(), "a document built with errors, or none without");
        fuzz::require_sound(build_diags, file.string(), text);
    }
    return 0;
}
