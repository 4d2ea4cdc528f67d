#include "report/source.hpp"

#include "util/text.hpp"

namespace wardreport::report {

Origin Origin::of(const std::shared_ptr<const SourceFile>& file, const YAML::Node& node) {
    const YAML::Mark m = node.Mark();
    Origin o;
    o.file = file;
    if (m.pos >= 0) o.pos = static_cast<std::size_t>(m.pos);
    o.line = m.line >= 0 ? m.line + 1 : 0;
    o.column = m.column >= 0 ? m.column + 1 : 0;
    return o;
}

const std::string& Origin::name() const {
    static const std::string none;
    return file ? file->name : none;
}

Origin Origin::locate(const std::string& needle, int occurrence) const {
    if (!file || needle.empty()) return *this;
    const std::string& t = file->text;
    std::size_t at = pos;
    for (int i = 0; i <= occurrence; ++i) {
        at = t.find(needle, i == 0 ? at : at + needle.size());
        if (at == std::string::npos) return *this;
    }
    Origin o = *this;
    o.pos = at;
    o.line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < at; ++i)
        if (t[i] == '\n') {
            ++o.line;
            line_start = i + 1;
        }
    o.column = static_cast<int>(text::length(std::string_view(t).substr(line_start, at - line_start))) + 1;
    return o;
}

void Origin::error(Diagnostics& diags, const std::string& message) const {
    diags.error(name(), line, column, message);
}

void Origin::warning(Diagnostics& diags, const std::string& message) const {
    diags.warning(name(), line, column, message);
}

}  // namespace wardreport::report
