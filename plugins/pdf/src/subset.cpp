#include "subset.hpp"

#include <wardreport/exporter.hpp>

namespace wardreport::pdf {
namespace {

std::uint32_t u16(const std::string& d, std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(d[at]) << 8 | static_cast<unsigned char>(d[at + 1]));
}

std::uint32_t u32(const std::string& d, std::size_t at) { return u16(d, at) << 16 | u16(d, at + 2); }

void put16(std::string& out, std::uint32_t v) {
    out += static_cast<char>(v >> 8 & 0xFF);
    out += static_cast<char>(v & 0xFF);
}

void put32(std::string& out, std::uint32_t v) {
    put16(out, v >> 16);
    put16(out, v & 0xFFFF);
}

void set32(std::string& d, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) d[at + static_cast<std::size_t>(i)] = static_cast<char>(v >> (24 - 8 * i) & 0xFF);
}

// The TrueType checksum: the sum of the big-endian 32-bit words, the last one zero-padded.
std::uint32_t checksum(const std::string& d) {
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < d.size(); i += 4) {
        std::uint32_t w = 0;
        for (std::size_t k = 0; k < 4; ++k)
            w = w << 8 | (i + k < d.size() ? static_cast<unsigned char>(d[i + k]) : 0u);
        sum += w;
    }
    return sum;
}

// The glyph ids a composite glyph is made of (OpenType glyf: component records).
std::vector<std::uint16_t> components(const std::string& glyph) {
    std::vector<std::uint16_t> out;
    if (glyph.size() < 10 || static_cast<std::int16_t>(u16(glyph, 0)) >= 0) return out;
    constexpr std::uint32_t words = 0x1, scale = 0x8, more = 0x20, xy_scale = 0x40, two_by_two = 0x80;
    std::size_t at = 10;
    for (;;) {
        if (at + 4 > glyph.size()) break;
        const std::uint32_t flags = u16(glyph, at);
        out.push_back(static_cast<std::uint16_t>(u16(glyph, at + 2)));
        at += 4 + ((flags & words) ? 4 : 2);
        if (flags & scale) at += 2;
        else if (flags & xy_scale) at += 4;
        else if (flags & two_by_two) at += 8;
        if (!(flags & more)) break;
    }
    return out;
}

}  // namespace

TrueTypeSubsetter::TrueTypeSubsetter(const std::string& data, const std::string& what) {
    auto bad = [&](const std::string& why) { return ExportError("font " + what + ": " + why); };
    if (data.size() < 12) throw bad("truncated or not a TrueType font");
    const std::uint32_t count = u16(data, 4);
    if (12 + 16 * std::size_t{count} > data.size()) throw bad("truncated or not a TrueType font");
    std::map<std::string, std::string> all;
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::size_t rec = 12 + 16 * std::size_t{i};
        const std::uint32_t offset = u32(data, rec + 8), length = u32(data, rec + 12);
        if (std::size_t{offset} + length > data.size()) throw bad("a table runs past the end of the file");
        all[data.substr(rec, 4)] = data.substr(offset, length);
    }
    for (const char* tag : {"head", "hhea", "hmtx", "maxp", "glyf", "loca"})
        if (!all.count(tag)) throw bad(std::string("has no '") + tag + "' table (not a TrueType-outline font?)");
    head_ = all["head"];
    glyf_ = all["glyf"];
    if (head_.size() < 54 || all["maxp"].size() < 6) throw bad("truncated 'head' or 'maxp' table");
    const bool long_loca = u16(head_, 50) == 1;
    const std::uint32_t glyphs = u16(all["maxp"], 4);
    const std::string& loca = all["loca"];
    if (loca.size() < (std::size_t{glyphs} + 1) * (long_loca ? 4 : 2)) throw bad("truncated 'loca' table");
    for (std::uint32_t g = 0; g <= glyphs; ++g) {
        const std::uint32_t o = long_loca ? u32(loca, 4 * std::size_t{g}) : 2 * u16(loca, 2 * std::size_t{g});
        if (o > glyf_.size() || (!loca_.empty() && o < loca_.back())) throw bad("bad 'loca' table");
        loca_.push_back(o);
    }
    components_.resize(glyphs);
    for (std::uint32_t g = 0; g < glyphs; ++g)
        for (std::uint16_t c : components(glyf_.substr(loca_[g], loca_[g + 1] - loca_[g])))
            if (c < glyphs) components_[g].push_back(c);
    for (const char* tag : {"hhea", "hmtx", "maxp", "cvt ", "fpgm", "prep"})
        if (all.count(tag)) tables_[tag] = all[tag];
}

std::string TrueTypeSubsetter::subset(std::vector<bool> keep) const {
    keep.resize(glyph_count());
    keep[0] = true;  // .notdef
    for (std::size_t g = keep.size(); g-- > 0;) {
        // A kept composite keeps its components, and theirs.
        if (!keep[g]) continue;
        std::vector<std::uint16_t> todo = components_[g];
        while (!todo.empty()) {
            const std::uint16_t c = todo.back();
            todo.pop_back();
            if (keep[c]) continue;
            keep[c] = true;
            todo.insert(todo.end(), components_[c].begin(), components_[c].end());
        }
    }
    std::map<std::string, std::string> tables = tables_;
    std::string& glyf = tables["glyf"];
    std::string& loca = tables["loca"];  // long offsets
    for (std::size_t g = 0; g < keep.size(); ++g) {
        put32(loca, static_cast<std::uint32_t>(glyf.size()));
        if (keep[g]) glyf.append(glyf_, loca_[g], loca_[g + 1] - loca_[g]);
    }
    put32(loca, static_cast<std::uint32_t>(glyf.size()));
    std::string& head = tables["head"] = head_;
    set32(head, 8, 0);    // checkSumAdjustment, set below
    head[50] = 0;         // indexToLocFormat: long
    head[51] = 1;

    // Table directory (OpenType "Table Directory"), tables 4-byte aligned in tag order.
    const auto n = static_cast<std::uint32_t>(tables.size());
    std::uint32_t power = 1, log2 = 0;
    while (power * 2 <= n) power *= 2, ++log2;
    std::string out;
    put32(out, 0x00010000);
    put16(out, n);
    put16(out, power * 16);
    put16(out, log2);
    put16(out, n * 16 - power * 16);
    std::uint32_t offset = 12 + 16 * n;
    for (const auto& [tag, data] : tables) {
        out += tag;
        put32(out, checksum(data));
        put32(out, offset);
        put32(out, static_cast<std::uint32_t>(data.size()));
        offset += static_cast<std::uint32_t>((data.size() + 3) / 4 * 4);
    }
    std::size_t head_at = 0;
    for (const auto& [tag, data] : tables) {
        if (tag == "head") head_at = out.size();
        out += data;
        out.append((4 - data.size() % 4) % 4, '\0');
    }
    set32(out, head_at + 8, 0xB1B0AFBAu - checksum(out));
    return out;
}

}  // namespace wardreport::pdf
