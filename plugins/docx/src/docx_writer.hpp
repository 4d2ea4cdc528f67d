// Writes a report document as a Word document (docx): the official layout as Word styles,
// tables with repeated header rows, native charts with their data, page numbers in the header.
#pragma once

#include <wardreport/document.hpp>

#include <filesystem>

namespace wardreport::docx {

// Throws ExportError (saying what and where) on anything that cannot be written. `out` is also
// where the charts' workbooks are written and read back before the document replaces them.
void write_docx(const doc::Document& document, const std::filesystem::path& out);

}  // namespace wardreport::docx
