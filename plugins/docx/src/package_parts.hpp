// The package's small parts: content types, relationships, document properties, settings and
// the lists' numbering definitions.
#pragma once

#include <wardreport/document.hpp>

#include <string>
#include <vector>

namespace wardreport::docx {

std::string content_types(std::size_t charts, bool page_numbers, bool footer);
std::string package_rels();
// word/_rels/document.xml.rels.
std::string document_rels(std::size_t charts, bool page_numbers, bool footer, bool first_page);
// word/charts/_rels/chartN.xml.rels: the embedded workbook `n`.
std::string chart_rels(std::size_t n);
// docProps/core.xml: title, subject, author, keywords, dated from the document, never the clock.
std::string core_properties(const doc::Metadata& meta);
std::string app_properties(const doc::Metadata& meta);
std::string settings();
// word/numbering.xml: list k (numId k+1) marked with markers[k]: "1." numbers, anything else
// is the bullet itself. Each marker sits at the first-line indent, a space before the text.
std::string numbering(const std::vector<std::string>& markers, double indent_mm);

// Part names of chart k (0-based) and of its workbook.
inline std::string chart_name(std::size_t k) { return "word/charts/chart" + std::to_string(k + 1) + ".xml"; }
inline std::string workbook_name(std::size_t k) {
    return "word/embeddings/Microsoft_Excel_Worksheet" + std::to_string(k + 1) + ".xlsx";
}

}  // namespace wardreport::docx
