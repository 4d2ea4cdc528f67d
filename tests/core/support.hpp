// Helpers shared by the core tests: loading text, finding a diagnostic, files of the source tree.
#pragma once

#include "load/loader.hpp"
#include "support/support.hpp"
#include "util/diagnostics.hpp"

#include <wardreport/model.hpp>

#include <optional>
#include <string>

namespace wardreport::test {

using wrtest::read_file;

inline std::string source_path(const std::string& relative) { return std::string(WARDREPORT_SOURCE_DIR) + "/" + relative; }

struct Loaded {
    std::optional<Ward> ward;
    Diagnostics diags;

    // Whether a diagnostic of `severity` at `line` (0: any line) contains `text`.
    bool has(Severity severity, int line, const std::string& text) const {
        for (const Diagnostic& d : diags.all())
            if (d.severity == severity && (line == 0 || d.line == line) && d.message.find(text) != std::string::npos)
                return true;
        return false;
    }
    bool error(int line, const std::string& text) const { return has(Severity::Error, line, text); }
    bool warning(int line, const std::string& text) const { return has(Severity::Warning, line, text); }
    std::string listing() const {
        std::string out;
        for (const Diagnostic& d : diags.all()) out += format_diagnostic(d) + "\n";
        return out;
    }
};

inline Loaded parse(const std::string& text, const std::string& name = "test.yaml") {
    Loaded l;
    l.ward = load::load_text(text, name, l.diags);
    return l;
}

// The smallest valid file, to which each test adds the section it is about.
inline const char* const kHeader =
    "wardreport: 1\n"
    "ward: {name: Thử, kind: phường, province: Phú Thọ}\n";

}  // namespace wardreport::test
