// Layout profiles (reports/profiles/*.yaml): the official format a definition chooses, as data.
// Most of it is doc::Layout, handed to writers; the rest tells the builder how text reads in
// this format (heading numbers, the number line, punctuation of Nơi nhận).
#pragma once

#include "yaml/reader.hpp"

#include <wardreport/document.hpp>

#include <array>
#include <optional>
#include <string>

namespace wardreport::report {

using yaml::Origin;

struct Profile {
    std::string id;
    doc::Layout layout;
    std::string number_separator = "-";  // "Số 01-NQ/ĐH" vs "Số: 05/BC-UBND"
    // Heading numbers by level: "{roman}-" → "I-", "{arabic}." → "1.", "{alpha})" → "a)";
    // empty: not numbered.
    std::array<std::string, 3> heading_numbers{"{roman}-", "{arabic}.", "{alpha})"};
    std::string recipients_label = "Nơi nhận:";
    std::string recipient_end = ";";      // after each recipient but the last
    std::string last_recipient_end = "."; // after the last
    Origin origin;
};

// The roles a profile may style (doc::TextStyle).
const std::initializer_list<const char*>& style_roles();

std::optional<Profile> read_profile(const YAML::Node& root, const std::string& id, const yaml::Reader& in);

// "I-" for level 1 heading number 1 under `pattern` "{roman}-".
std::string heading_number(const std::string& pattern, int n);

}  // namespace wardreport::report
