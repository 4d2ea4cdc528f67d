#pragma once
// Reads the first YAML document of a text, and where a second one starts, in bounded time.
//
// Why not YAML::LoadAll: in yaml-cpp 0.7.0 (Debian 12) it never returns on some inputs (a file
// holding only ',', or ',' starting a second document): the parser reports a document without
// consuming a token and LoadAll asks again forever, allocating a null node each time (upstream
// jbeder/yaml-cpp#1040, fixed by #1319, not in 0.7.0). Here the parser is asked for at most two
// documents, whatever the input.

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

namespace wardreport::load {

struct FirstDocument {
    YAML::Node root;                        // null when the text holds no document
    std::optional<YAML::Mark> second_start; // where a second, non-empty document starts
    std::optional<YAML::Mark> stray;        // a token the parser cannot read (it stalls there)
    std::string stray_text;                 // the character at `stray`
};

// Throws YAML::Exception on a syntax error, as YAML::Load does.
FirstDocument read_first_document(const std::string& text);

}  // namespace wardreport::load
