// The characters a document may hold: those the official fonts draw. It is the same repertoire
// the pdf plugin cuts its Liberation Serif faces down to (WARDREPORT_PDF_UNICODES in
// plugins/pdf/CMakeLists.txt), so the two formats refuse the same text; a test checks that the
// two lists agree.
#pragma once

namespace wardreport::docx {

struct CodeRange {
    char32_t first, last;
};

// ASCII, Latin-1, the Vietnamese letters, combining tone marks, dashes, quotes, bullet,
// ellipsis, per mille, đồng and euro signs, numero, minus and comparison signs.
inline constexpr CodeRange kRepertoire[] = {
    {0x0020, 0x007E}, {0x00A0, 0x00FF}, {0x0102, 0x01B0}, {0x0300, 0x0303}, {0x0309, 0x0309},
    {0x0323, 0x0323}, {0x1EA0, 0x1EF9}, {0x2010, 0x2015}, {0x2018, 0x201F}, {0x2022, 0x2022},
    {0x2026, 0x2026}, {0x2030, 0x2030}, {0x20AB, 0x20AB}, {0x20AC, 0x20AC}, {0x2116, 0x2116},
    {0x2212, 0x2212}, {0x2264, 0x2264}, {0x2265, 0x2265}};

inline bool drawable(char32_t c) {
    for (const CodeRange& r : kRepertoire)
        if (c >= r.first && c <= r.last) return true;
    return false;
}

}  // namespace wardreport::docx
