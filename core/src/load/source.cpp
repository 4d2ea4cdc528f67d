#include "load/source.hpp"

#include <algorithm>

namespace wardreport::load {
namespace {

// A lead byte starts a character; continuation bytes 10xxxxxx belong to the one before.
bool lead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

}  // namespace

Source::Source(std::string_view text, std::string name, Diagnostics& diags)
    : text_(text), name_(std::move(name)), diags_(diags) {
    line_starts_.push_back(0);
    block_chars_.reserve(text_.size() / kBlock + 1);
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (i % kBlock == 0) block_chars_.push_back(chars);
        if (lead(text_[i])) ++chars;
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
    if (text_.size() % kBlock == 0) block_chars_.push_back(chars);
}

std::size_t Source::chars_before(std::size_t byte_offset) const {
    const std::size_t block = byte_offset / kBlock;
    std::size_t chars = block_chars_[block];
    for (std::size_t i = block * kBlock; i < byte_offset; ++i)
        if (lead(text_[i])) ++chars;
    return chars;
}

Position Source::at_offset(std::size_t byte_offset) const {
    if (byte_offset > text_.size()) byte_offset = text_.size();
    const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
    const auto line = static_cast<std::size_t>(next - line_starts_.begin()) - 1;
    const std::size_t column = chars_before(byte_offset) - chars_before(line_starts_[line]) + 1;
    return {static_cast<int>(line) + 1, static_cast<int>(column)};
}

Position Source::at(const YAML::Mark& mark) const {
    if (mark.line < 0 || mark.column < 0) return {};
    const auto line = static_cast<std::size_t>(mark.line);
    if (line >= line_starts_.size()) return {mark.line + 1, mark.column + 1};
    return at_offset(line_starts_[line] + static_cast<std::size_t>(mark.column));
}

void Source::error(Position p, i18n::Text message) const {
    diags_.error(name_, p.line, p.column, std::move(message));
}

void Source::warning(Position p, i18n::Text message) const {
    diags_.warning(name_, p.line, p.column, std::move(message));
}

}  // namespace wardreport::load
