#include "yaml/source.hpp"

#include <algorithm>

namespace wardreport::yaml {
namespace {

// A lead byte starts a character; continuation bytes 10xxxxxx belong to the one before.
bool lead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

}  // namespace

File::File(std::string text, std::string name) : text_(std::move(text)), name_(std::move(name)) {
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

std::size_t File::chars_before(std::size_t byte_offset) const {
    const std::size_t block = byte_offset / kBlock;
    std::size_t chars = block_chars_[block];
    for (std::size_t i = block * kBlock; i < byte_offset; ++i)
        if (lead(text_[i])) ++chars;
    return chars;
}

Position File::at_offset(std::size_t byte_offset) const {
    if (byte_offset > text_.size()) byte_offset = text_.size();
    const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
    const auto line = static_cast<std::size_t>(next - line_starts_.begin()) - 1;
    const std::size_t column = chars_before(byte_offset) - chars_before(line_starts_[line]) + 1;
    return {static_cast<int>(line) + 1, static_cast<int>(column)};
}

Position File::at(const YAML::Mark& mark) const {
    if (mark.line < 0 || mark.column < 0) return {};
    const auto line = static_cast<std::size_t>(mark.line);
    if (line >= line_starts_.size()) return {mark.line + 1, mark.column + 1};
    return at_offset(line_starts_[line] + static_cast<std::size_t>(mark.column));
}

Origin Origin::of(const std::shared_ptr<const File>& file, const YAML::Node& node) {
    const YAML::Mark m = node.Mark();
    Origin o;
    o.file = file;
    if (m.pos >= 0) o.pos = static_cast<std::size_t>(m.pos);
    const Position p = file ? file->at(m) : Position{};
    o.line = p.line;
    o.column = p.column;
    return o;
}

const std::string& Origin::name() const {
    static const std::string none;
    return file ? file->name() : none;
}

Origin Origin::locate(const std::string& needle, int occurrence) const {
    if (!file || needle.empty()) return *this;
    const std::string& t = file->text();
    std::size_t at = pos;
    for (int i = 0; i <= occurrence; ++i) {
        at = t.find(needle, i == 0 ? at : at + needle.size());
        if (at == std::string::npos) return *this;
    }
    Origin o = *this;
    o.pos = at;
    const Position p = file->at_offset(at);
    o.line = p.line;
    o.column = p.column;
    return o;
}

void Origin::error(Diagnostics& diags, i18n::Text message) const {
    diags.error(name(), line, column, std::move(message));
}

void Origin::warning(Diagnostics& diags, i18n::Text message) const {
    diags.warning(name(), line, column, std::move(message));
}

void Source::error(Position p, i18n::Text message) const {
    diags_.error(name(), p.line, p.column, std::move(message));
}

void Source::warning(Position p, i18n::Text message) const {
    diags_.warning(name(), p.line, p.column, std::move(message));
}

}  // namespace wardreport::yaml
