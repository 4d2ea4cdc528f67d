#include "cmap.hpp"

#include <wardreport/exporter.hpp>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>

namespace wardreport::pdf {
namespace {

class Reader {
public:
    Reader(const std::vector<unsigned char>& data, const std::string& what) : d_(data), what_(what) {}
    std::uint32_t u16(std::size_t at) const {
        need(at, 2);
        return static_cast<std::uint32_t>(d_[at] << 8 | d_[at + 1]);
    }
    std::uint32_t u32(std::size_t at) const {
        need(at, 4);
        return static_cast<std::uint32_t>(d_[at]) << 24 | static_cast<std::uint32_t>(d_[at + 1]) << 16 |
               static_cast<std::uint32_t>(d_[at + 2]) << 8 | d_[at + 3];
    }

private:
    void need(std::size_t at, std::size_t n) const {
        if (at + n > d_.size()) throw ExportError(what_ + ": truncated or not a TrueType font");
    }
    const std::vector<unsigned char>& d_;
    const std::string& what_;
};

void add(std::vector<std::pair<char32_t, char32_t>>& out, char32_t first, char32_t last) {
    if (!out.empty() && out.back().second + 1 >= first) {
        out.back().second = std::max(out.back().second, last);
        return;
    }
    out.emplace_back(first, last);
}

// Format 4: segments of BMP code points, glyph = code + delta or looked up in glyphIdArray.
std::vector<std::pair<char32_t, char32_t>> format4(const Reader& r, std::size_t t) {
    std::vector<std::pair<char32_t, char32_t>> out;
    const std::size_t segs = r.u16(t + 6) / 2;
    const std::size_t ends = t + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs,
                      offsets = deltas + 2 * segs;
    for (std::size_t s = 0; s < segs; ++s) {
        const std::uint32_t end = r.u16(ends + 2 * s), start = r.u16(starts + 2 * s);
        const std::uint32_t delta = r.u16(deltas + 2 * s), range = r.u16(offsets + 2 * s);
        for (std::uint32_t c = start; c <= end && c < 0xFFFF; ++c) {
            std::uint32_t glyph;
            if (range == 0) {
                glyph = (c + delta) & 0xFFFF;
            } else {
                glyph = r.u16(offsets + 2 * s + range + 2 * (c - start));
                if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
            }
            if (glyph != 0) add(out, c, c);
        }
    }
    return out;
}

// Format 12: groups of code points mapped to consecutive glyphs.
std::vector<std::pair<char32_t, char32_t>> format12(const Reader& r, std::size_t t) {
    std::vector<std::pair<char32_t, char32_t>> out;
    const std::uint32_t groups = r.u32(t + 12);
    for (std::uint32_t g = 0; g < groups; ++g) {
        const std::size_t at = t + 16 + 12 * std::size_t{g};
        const char32_t first = r.u32(at), last = r.u32(at + 4);
        const std::uint32_t glyph = r.u32(at + 8);
        if (last < first) continue;
        // A group starting at glyph 0 maps its first code point to .notdef.
        if (glyph == 0) {
            if (first < last) add(out, first + 1, last);
        } else {
            add(out, first, last);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

Coverage::Coverage(std::vector<std::pair<char32_t, char32_t>> ranges) : ranges_(std::move(ranges)) {
    std::sort(ranges_.begin(), ranges_.end());
}

Coverage Coverage::from_ttf(const std::filesystem::path& path) {
    const std::string what = "font " + path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ExportError(what + ": cannot be read");
    const std::vector<unsigned char> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const Reader r(data, what);
    const std::uint32_t tables = r.u16(4);
    std::size_t cmap = 0;
    for (std::uint32_t i = 0; i < tables; ++i) {
        const std::size_t rec = 12 + 16 * std::size_t{i};
        if (r.u32(rec) == 0x636D6170u) cmap = r.u32(rec + 8);  // 'cmap'
    }
    if (cmap == 0) throw ExportError(what + ": has no cmap table");
    // Prefer the full-repertoire table (Windows UCS-4), then the BMP one (Windows or Unicode).
    std::size_t best = 0;
    int best_rank = 0;
    const std::uint32_t subtables = r.u16(cmap + 2);
    for (std::uint32_t i = 0; i < subtables; ++i) {
        const std::size_t rec = cmap + 4 + 8 * std::size_t{i};
        const std::uint32_t platform = r.u16(rec), encoding = r.u16(rec + 2);
        const std::size_t at = cmap + r.u32(rec + 4);
        const std::uint32_t format = r.u16(at);
        int rank = 0;
        if (format == 12 && (platform == 3 || platform == 0)) rank = 3;
        else if (format == 4 && platform == 3 && encoding == 1) rank = 2;
        else if (format == 4 && platform == 0) rank = 1;
        if (rank > best_rank) { best_rank = rank; best = at; }
    }
    if (best_rank == 0) throw ExportError(what + ": has no Unicode cmap (format 4 or 12)");
    Coverage c;
    c.ranges_ = best_rank == 3 ? format12(r, best) : format4(r, best);
    return c;
}

bool Coverage::has(char32_t c) const {
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return false;
    auto it = std::upper_bound(ranges_.begin(), ranges_.end(), std::make_pair(c, char32_t{0x10FFFF}));
    if (it == ranges_.begin()) return false;
    --it;
    return c >= it->first && c <= it->second;
}

std::size_t Coverage::size() const {
    std::size_t n = 0;
    for (const auto& r : ranges_) n += r.second - r.first + 1;
    return n;
}

}  // namespace wardreport::pdf
