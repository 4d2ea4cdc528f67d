#include "util/diagnostics.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cstddef>
#include <ostream>

namespace wardreport {

const char* severity_name(Severity s) {
    switch (s) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Note: return "note";
    }
    return "error";
}

std::string format_diagnostic(const Diagnostic& d, bool colour) {
    std::string where = d.file;
    if (d.line > 0) {
        where += ':' + std::to_string(d.line);
        if (d.column > 0) where += ':' + std::to_string(d.column);
    }
    // A file name or a quoted value may hold a control or bidi character that would rewrite
    // what the terminal shows: they are printed as <U+XXXX> (before any colour is added).
    where = text::printable(where) + ':';
    const std::string severity = std::string(severity_name(d.severity)) + ':';
    const std::string message = text::printable(d.message);
    if (!colour) return where + ' ' + severity + ' ' + message;
    const char* hue = d.severity == Severity::Error ? "\033[01;31m" : d.severity == Severity::Warning ? "\033[01;35m" : "\033[01;36m";
    return "\033[01m" + where + "\033[m " + hue + severity + "\033[m " + message;
}

void Diagnostics::add(Diagnostic d) {
    if (d.severity == Severity::Error) ++errors_;
    if (d.severity == Severity::Warning) ++warnings_;
    items_.push_back(std::move(d));
}

void Diagnostics::error(const std::string& file, int line, int column, i18n::Text message) {
    add({file, line, column, Severity::Error, std::move(message.text), std::move(message.id), message.hint_at});
}

void Diagnostics::warning(const std::string& file, int line, int column, i18n::Text message) {
    add({file, line, column, Severity::Warning, std::move(message.text), std::move(message.id), message.hint_at});
}

void Diagnostics::note(const std::string& file, int line, int column, i18n::Text message) {
    add({file, line, column, Severity::Note, std::move(message.text), std::move(message.id), message.hint_at});
}

void Diagnostics::sort_by_position(std::size_t first) {
    if (first >= items_.size()) return;
    std::stable_sort(items_.begin() + static_cast<std::ptrdiff_t>(first), items_.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         if (a.file != b.file) return a.file < b.file;
                         if (a.line != b.line) return a.line < b.line;
                         return a.column < b.column;
                     });
}

void Diagnostics::print(std::ostream& os, bool colour) const {
    for (const Diagnostic& d : items_) os << format_diagnostic(d, colour) << '\n';
}

}  // namespace wardreport
