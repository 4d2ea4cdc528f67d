// Problems found in input files, reported as compilers do: "FILE:LINE:COLUMN: error: what is
// wrong; what was expected". Every problem of a run is collected, then printed together.
#pragma once

#include "util/i18n.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace wardreport {

enum class Severity { Error, Warning, Note };

struct Diagnostic {
    std::string file;
    int line = 0;    // 1-based; 0 when the problem concerns the whole file
    int column = 0;  // 1-based; 0 when unknown
    Severity severity = Severity::Error;
    std::string message;  // in the user's language: "what is wrong; what to write instead"
    std::string id;       // the English format string it was made from (empty when not marked)
    std::size_t hint_at = std::string::npos;  // where "what to write instead" starts in message

    Diagnostic() = default;
    Diagnostic(std::string file_, int line_, int column_, Severity severity_, std::string message_,
               std::string id_ = {}, std::size_t hint_at_ = std::string::npos)
        : file(std::move(file_)), line(line_), column(column_), severity(severity_), message(std::move(message_)),
          id(std::move(id_)), hint_at(hint_at_) {}
};

// The severity as tools match it: "error", "warning", "note", in every language (editors'
// error parsers look for the English words after FILE:LINE:COLUMN).
const char* severity_name(Severity s);

// "FILE:LINE:COLUMN: error: message" (LINE and COLUMN left out when unknown). With `colour`,
// gcc's SGR colours: the location bold, the severity in red, magenta or cyan.
std::string format_diagnostic(const Diagnostic& d, bool colour = false);

class Diagnostics {
public:
    void add(Diagnostic d);
    void error(const std::string& file, int line, int column, i18n::Text message);
    void warning(const std::string& file, int line, int column, i18n::Text message);
    void note(const std::string& file, int line, int column, i18n::Text message);

    bool has_errors() const { return errors_ > 0; }
    std::size_t error_count() const { return errors_; }
    std::size_t warning_count() const { return warnings_; }
    const std::vector<Diagnostic>& all() const { return items_; }

    // Orders the diagnostics from index `first` on by file position (line, then column), keeping
    // the order found among equals: a file's problems then read top to bottom.
    void sort_by_position(std::size_t first = 0);

    // Writes every diagnostic, one a line, in the order they were found.
    void print(std::ostream& os, bool colour = false) const;

private:
    std::vector<Diagnostic> items_;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
};

}  // namespace wardreport
