#include "load/source.hpp"

#include <algorithm>

namespace wardreport::load {

Source::Source(std::string_view text, std::string name, Diagnostics& diags)
    : text_(text), name_(std::move(name)), diags_(diags) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
}

Position Source::at_offset(std::size_t byte_offset) const {
    if (byte_offset > text_.size()) byte_offset = text_.size();
    const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
    const auto line = static_cast<std::size_t>(next - line_starts_.begin()) - 1;
    int column = 1;
    for (std::size_t i = line_starts_[line]; i < byte_offset; ++i)
        // Count lead bytes only: continuation bytes 10xxxxxx belong to the previous character.
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    return {static_cast<int>(line) + 1, column};
}

Position Source::at(const YAML::Mark& mark) const {
    if (mark.line < 0 || mark.column < 0) return {};
    const auto line = static_cast<std::size_t>(mark.line);
    if (line >= line_starts_.size()) return {mark.line + 1, mark.column + 1};
    return at_offset(line_starts_[line] + static_cast<std::size_t>(mark.column));
}

void Source::error(Position p, const std::string& message) const {
    diags_.error(name_, p.line, p.column, message);
}

void Source::warning(Position p, const std::string& message) const {
    diags_.warning(name_, p.line, p.column, message);
}

}  // namespace wardreport::load
