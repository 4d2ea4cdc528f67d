// A TrueType font program cut down to the glyphs one document shows, as a PDF embeds it
// (FontFile2 of a CIDFontType2): the tables a PDF reader needs (glyf, loca, head, hhea, hmtx,
// maxp, and the hinting tables cvt, fpgm, prep when present), glyph ids unchanged, the glyphs
// not kept left empty. The face is parsed once (per exporter); each subset costs a copy of the
// glyphs kept.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace wardreport::pdf {

class TrueTypeSubsetter {
public:
    // Parses the font file `data`; throws ExportError naming `what` when it is not a TrueType
    // font with glyf outlines.
    TrueTypeSubsetter(const std::string& data, const std::string& what);

    std::size_t glyph_count() const { return loca_.size() - 1; }
    // The font program with the glyphs `keep` (indexed by glyph id), .notdef and the components
    // of kept composite glyphs.
    std::string subset(std::vector<bool> keep) const;

private:
    std::map<std::string, std::string> tables_;  // the tables copied as they are, by tag
    std::string head_, glyf_;
    std::vector<std::uint32_t> loca_;                     // glyph offsets into glyf_, one more than glyphs
    std::vector<std::vector<std::uint16_t>> components_;  // of each composite glyph
};

}  // namespace wardreport::pdf
