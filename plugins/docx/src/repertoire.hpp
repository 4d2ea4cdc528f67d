// The characters a document may hold: those the official fonts draw, the repertoire the pdf
// plugin cuts its Liberation Serif faces down to, so the formats refuse the same text.
#pragma once

namespace wardreport::docx {

struct CodeRange {
    char32_t first, last;
};

// Generated from core/src/util/repertoire.txt, the one list the pdf plugin's fonts are cut to
// and `validate` checks text against (cmake/WardreportRepertoire.cmake).
inline constexpr CodeRange kRepertoire[] = {
#include "wardreport/repertoire_ranges.inc"
};

inline bool drawable(char32_t c) {
    for (const CodeRange& r : kRepertoire)
        if (c >= r.first && c <= r.last) return true;
    return false;
}

}  // namespace wardreport::docx
