// The ToUnicode CMap of a font set with libharu's UTF-8 encoder. libharu 2.3 writes an
// encoding CMap (`begincidrange`) where PDF expects a ToUnicode map, which readers reject
// (poppler: "Invalid 'begincidrange' operator in ToUnicode CMap") and then guess or give up on
// copy, search and reading aloud. With that encoder every character is shown as the two-byte
// code of its Unicode code point (Identity-H, CID = code point), so the map is
// code point → the same code point, written for the code points the document shows.
#pragma once

#include <set>
#include <string>

namespace wardreport::pdf {

// A complete ToUnicode CMap (PDF 32000-1 §9.10.3) mapping each code of `codes` to itself.
// Runs of consecutive codes become bfrange entries (never crossing a change of the high byte),
// single codes bfchar entries, at most 100 entries per block. Codes outside 0x20..0xFFFF are
// left out: control characters are never shown, and two-byte codes cannot reach further.
std::string to_unicode_cmap(const std::set<char32_t>& codes);

}  // namespace wardreport::pdf
