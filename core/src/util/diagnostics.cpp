#include "util/diagnostics.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cstddef>
#include <ostream>

namespace wardreport {

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.file;
    if (d.line > 0) {
        out += ':' + std::to_string(d.line);
        if (d.column > 0) out += ':' + std::to_string(d.column);
    }
    switch (d.severity) {
        case Severity::Error: out += ": error: "; break;
        case Severity::Warning: out += ": warning: "; break;
        case Severity::Note: out += ": note: "; break;
    }
    // A file name or a quoted value may hold a control or bidi character that would rewrite
    // what the terminal shows: they are printed as <U+XXXX>.
    return text::printable(out + d.message);
}

void Diagnostics::add(Diagnostic d) {
    if (d.severity == Severity::Error) ++errors_;
    if (d.severity == Severity::Warning) ++warnings_;
    items_.push_back(std::move(d));
}

void Diagnostics::error(const std::string& file, int line, int column, std::string message) {
    add({file, line, column, Severity::Error, std::move(message)});
}

void Diagnostics::warning(const std::string& file, int line, int column, std::string message) {
    add({file, line, column, Severity::Warning, std::move(message)});
}

void Diagnostics::note(const std::string& file, int line, int column, std::string message) {
    add({file, line, column, Severity::Note, std::move(message)});
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

void Diagnostics::print(std::ostream& os) const {
    for (const Diagnostic& d : items_) os << format_diagnostic(d) << '\n';
}

}  // namespace wardreport
