// Where a piece of a definition or profile came from, for FILE:LINE:COLUMN messages.
#pragma once

#include "util/diagnostics.hpp"

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <memory>
#include <string>

namespace wardreport::report {

// One loaded YAML file: its name as given and its text (NFC), shared by every origin in it.
struct SourceFile {
    std::string name;
    std::string text;
};

struct Origin {
    std::shared_ptr<const SourceFile> file;
    std::size_t pos = 0;  // byte offset of the node in the file
    int line = 0;         // 1-based
    int column = 0;       // 1-based

    static Origin of(const std::shared_ptr<const SourceFile>& file, const YAML::Node& node);
    const std::string& name() const;

    // The position of the `occurrence`-th (0-based) `needle` at or after this origin: the exact
    // place of a template tag inside a scalar. Falls back to the origin itself.
    Origin locate(const std::string& needle, int occurrence) const;

    void error(Diagnostics& diags, const std::string& message) const;
    void warning(Diagnostics& diags, const std::string& message) const;
};

}  // namespace wardreport::report
