// Writes a report document as an xlsx workbook (libxlsxwriter): a first sheet with the
// document's text, a sheet per table, native charts bound to the table cells.
#pragma once

#include <wardreport/document.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace wardreport::xlsx {

struct WorkbookOptions {
    // Above this many table rows in all, the workbook is written in libxlsxwriter's
    // constant-memory mode: each row goes to a temporary file (in the output's directory)
    // as soon as the next one starts, so memory stays flat whatever the size. Smaller
    // workbooks put their temporary files on a RAM file system when one has room (temp_dir.hpp).
    std::size_t constant_memory_rows = 10000;
    std::optional<bool> constant_memory;  // forces the mode either way
    std::optional<std::string> temporary_dir;  // forces where the temporary files go
};

// Throws ExportError on anything that cannot be written (with where), including libxlsxwriter's
// late errors from closing the file; nothing is left at `out` then beyond what the engine cleans.
void write_workbook(const doc::Document& document, const std::filesystem::path& out,
                    const WorkbookOptions& options = {});

// Whether write_workbook would use constant-memory mode for `document`.
bool uses_constant_memory(const doc::Document& document, const WorkbookOptions& options = {});

// The name of the first sheet.
inline constexpr const char* text_sheet_name = "Nội dung";

}  // namespace wardreport::xlsx
