// Reading an input file whole, bounded: a data file or definition is a few kilobytes, and a
// device (/dev/zero), a pipe or standard input has no size to check beforehand, so at most
// `limit` + 1 bytes are ever read.
#pragma once

#include <cstddef>
#include <string>

namespace wardreport::input {

// The name standard input goes by in messages, and the argument that selects it.
inline constexpr const char* kStdinName = "<stdin>";
inline constexpr const char* kStdinArgument = "-";

// The name of `argument` in messages: "<stdin>" for "-", else the argument itself.
std::string display_name(const std::string& argument);

struct Read {
    std::string bytes;
    std::string error;  // "what is wrong; what was expected"; empty when read
};

// The bytes of `argument` ("-": standard input). An error when it is a directory, cannot be
// opened or read, or holds more than `limit` bytes.
Read read_bounded(const std::string& argument, std::size_t limit, const char* what);

}  // namespace wardreport::input
