// Helpers of the pdf tests: rendering into the build tree and reading PDFs back with the
// command-line tools of poppler-utils and qpdf.
#pragma once

#include <wardreport/document.hpp>

#include <filesystem>
#include <string>

namespace wardreport::pdf::test {

struct Output {
    int status = -1;
    std::string text;  // standard output
};

// Runs `command` with sh; standard error is discarded, or kept in the output.
Output run(const std::string& command, bool with_stderr = false);

// A fresh directory under the build tree for one test's files.
std::filesystem::path scratch(const std::string& name);

// Renders `d` with the build tree's subset fonts into `dir`/`name`.pdf; returns the path.
std::filesystem::path render_to(const doc::Document& d, const std::filesystem::path& dir, const std::string& name);

std::string read_file(const std::filesystem::path& p);

// pdftotext of page `page` (1-based), or of the whole file when page is 0.
std::string pdf_text(const std::filesystem::path& pdf, int page = 0);
int pdf_pages(const std::filesystem::path& pdf);

std::string quote(const std::filesystem::path& p);

}  // namespace wardreport::pdf::test
