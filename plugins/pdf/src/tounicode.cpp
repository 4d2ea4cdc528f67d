#include "tounicode.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace wardreport::pdf {
namespace {

struct Run {
    unsigned first, last;
};

std::string hex4(unsigned v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "<%04X>", v);
    return buf;
}

bool mappable(char32_t c) {
    // Surrogate code points have no UTF-16 of their own; UTF-8 input never holds them.
    return c >= 0x20 && c <= 0xFFFF && (c < 0xD800 || c > 0xDFFF);
}

// Blocks of at most 100 entries: the limit of PDF 32000-1 §9.10.3 (from the CMap format).
void write_blocks(std::string& out, const std::vector<std::string>& entries, const char* op) {
    constexpr std::size_t per_block = 100;
    for (std::size_t i = 0; i < entries.size(); i += per_block) {
        const std::size_t n = std::min(per_block, entries.size() - i);
        out += std::to_string(n) + " begin" + op + "\n";
        for (std::size_t k = i; k < i + n; ++k) out += entries[k] + "\n";
        out += std::string("end") + op + "\n";
    }
}

}  // namespace

std::string to_unicode_cmap(const std::set<char32_t>& codes) {
    std::vector<Run> runs;
    for (char32_t c : codes) {
        if (!mappable(c)) continue;
        const auto u = static_cast<unsigned>(c);
        // A bfrange may only vary in its last byte.
        if (!runs.empty() && runs.back().last + 1 == u && (u & 0xFF00u) == (runs.back().first & 0xFF00u))
            runs.back().last = u;
        else
            runs.push_back({u, u});
    }
    std::vector<std::string> chars, ranges;
    for (const Run& r : runs) {
        if (r.first == r.last)
            chars.push_back(hex4(r.first) + " " + hex4(r.first));
        else
            ranges.push_back(hex4(r.first) + " " + hex4(r.last) + " " + hex4(r.first));
    }

    std::string out =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n"
        "<0000> <FFFF>\n"
        "endcodespacerange\n";
    write_blocks(out, chars, "bfchar");
    write_blocks(out, ranges, "bfrange");
    out +=
        "endcmap\n"
        "CMapName currentdict /CMap defineresource pop\n"
        "end\n"
        "end\n";
    return out;
}

}  // namespace wardreport::pdf
