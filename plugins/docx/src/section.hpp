// Sections: page size and orientation, the profile's margins, and the page numbers in the header
// (or footer) — none on the first page (titlePg) unless the profile numbers it.
#pragma once

#include <wardreport/document.hpp>

#include <pugixml.hpp>

#include <string>

namespace wardreport::docx {

// Relationship ids of the page-number parts, and whether they are headers or footers.
inline constexpr const char* kPagesRelId = "rIdPages";
inline constexpr const char* kFirstPageRelId = "rIdFirstPage";
bool numbers_in_footer(const doc::Layout& layout);
bool has_page_numbers(const doc::Layout& layout);

// Appends <w:sectPr> to `parent`. `first` is the document's first section (its first page is
// the document's first page).
void add_section(pugi::xml_node parent, const doc::Layout& layout, bool landscape, bool first);

// The page size of a section in mm (width, height), turned when `landscape`.
std::pair<double, double> page_size_mm(const doc::Layout& layout, bool landscape);

// The header (or footer) part: the page number as a PAGE field, or nothing (the first page).
std::string page_number_part(const doc::Layout& layout, bool with_number);

}  // namespace wardreport::docx
