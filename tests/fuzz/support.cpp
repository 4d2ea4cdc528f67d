#include "support.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace fs = std::filesystem;

namespace wardreport::fuzz {

void require(bool ok, const std::string& what) {
    if (ok) return;
    std::fprintf(stderr, "fuzz: broken promise: %s\n", what.c_str());
    std::abort();
}

void require_sound(const Diagnostics& diags, const std::string& file, std::string_view text) {
    // A line ends at "\n", "\r\n" or a lone "\r" (old Mac files): counting both bytes is an upper bound.
    const auto breaks = std::count_if(text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; });
    for (const Diagnostic& d : diags.all()) {
        const std::string shown = format_diagnostic(d);
        require(d.file == file, "a diagnostic names another file: " + shown);
        require(!d.message.empty(), "an empty diagnostic: " + shown);
        require(!text::invalid_utf8_at(d.message), "a diagnostic with invalid UTF-8: " + shown);
        require(d.line >= 0 && d.column >= 0, "a negative position: " + shown);
        require(d.line <= breaks + 1, "a line past the end of the input: " + shown);
    }
}

namespace {

struct Scratch {
    fs::path path;
    Scratch() {
        std::string pattern = (fs::temp_directory_path() / "wardreport-fuzz-XXXXXX").string();
        require(::mkdtemp(pattern.data()) != nullptr, "cannot create a scratch folder in " + pattern);
        path = pattern;
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

}  // namespace

const fs::path& scratch_dir() {
    static const Scratch scratch;
    return scratch.path;
}

fs::path source_path(const std::string& relative) { return fs::path(WARDREPORT_SOURCE_DIR) / relative; }

const std::vector<Ward>& sample_wards() {
    static const std::vector<Ward> wards = [] {
        std::vector<Ward> out;
        for (const char* name : {"samples/ky-son.yaml", "samples/xa-minh-hoa-demo.yaml"}) {
            Diagnostics diags;
            auto ward = load::load_file(source_path(name), diags);
            require(ward.has_value(), std::string("the sample ") + name + " does not load");
            out.push_back(std::move(*ward));
        }
        return out;
    }();
    return wards;
}

}  // namespace wardreport::fuzz
