// Problems found in input files, reported as compilers do: "FILE:LINE:COLUMN: error: what is
// wrong; what was expected". Every problem of a run is collected, then printed together.
#pragma once

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
    std::string message;
};

// "FILE:LINE:COLUMN: error: message" (LINE and COLUMN left out when unknown).
std::string format_diagnostic(const Diagnostic& d);

class Diagnostics {
public:
    void add(Diagnostic d);
    void error(const std::string& file, int line, int column, std::string message);
    void warning(const std::string& file, int line, int column, std::string message);
    void note(const std::string& file, int line, int column, std::string message);

    bool has_errors() const { return errors_ > 0; }
    std::size_t error_count() const { return errors_; }
    std::size_t warning_count() const { return warnings_; }
    const std::vector<Diagnostic>& all() const { return items_; }

    // Orders the diagnostics from index `first` on by file position (line, then column), keeping
    // the order found among equals: a file's problems then read top to bottom.
    void sort_by_position(std::size_t first = 0);

    // Writes every diagnostic, one a line, in the order they were found.
    void print(std::ostream& os) const;

private:
    std::vector<Diagnostic> items_;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
};

}  // namespace wardreport
