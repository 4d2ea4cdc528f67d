// What a PDF needs of a face and is the same in every document: prepared once per exporter,
// so that writing many documents never re-reads a font file, never looks up all 65,536 code
// points again and never deflates the same CIDToGIDMap twice (libharu 2.3 does all three for
// every document, and offers no way to share a loaded font between documents).
#pragma once

#include "cmap.hpp"
#include "finished_faces.hpp"
#include "metrics.hpp"
#include "subset.hpp"

#include <hpdf.h>

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace wardreport::pdf {

// The file of `face` in font directory `dir`: the build's subset, renamed as the font licence
// asks ("WardreportSerif-BoldItalic.ttf"), when it is there; otherwise Liberation's own name
// ("LiberationSerif-BoldItalic.ttf": a user's folder, Debian's fonts-liberation2).
std::filesystem::path face_path(const std::filesystem::path& dir, Face face);

// `data` deflated in the zlib format, as FlateDecode reads it.
std::string deflate(const std::string& data, int level);

struct FaceData {
    std::filesystem::path path;
    Coverage coverage;
    // libharu's own reading of the face (same integer rounding), so the layout and the font
    // dictionaries are the ones libharu would have written.
    std::string base_font;  // PostScript name, ",Bold"-style suffix: "LiberationSerif-Bold,Bold"
    int ascent = 0, descent = 0, cap_height = 0, x_height = 0, missing_width = 0;
    unsigned flags = 0;
    HPDF_Box bbox{0, 0, 0, 0};
    // Advance width (1/1000 em) of each BMP code point; missing_width where the face has none.
    std::vector<std::int16_t> widths;
    // Glyph id of each BMP code point (0: none).
    std::vector<std::uint16_t> glyphs;
    // CIDToGIDMap (CID = code point), deflated once.
    std::string cid_to_gid;
    // The font program, parsed once, cut down for each document to the glyphs it shows.
    std::unique_ptr<TrueTypeSubsetter> program;

    // Reads and prepares `path`; throws ExportError naming the file when it is missing or is
    // not a TrueType font libharu can embed.
    static std::unique_ptr<FaceData> load(const std::filesystem::path& path);

    // libharu's text width of UTF-8 `text` (HPDF_TTFontDef_GetCharWidth summed, spaces counted
    // as libharu does), without libharu.
    HPDF_TextWidth text_width(std::string_view text) const;
};

// The four faces of one font directory, each prepared when first used and kept.
class FaceLibrary {
public:
    explicit FaceLibrary(std::filesystem::path dir);
    const std::filesystem::path& dir() const { return dir_; }
    const FaceData& face(Face face);
    // The objects of `face` finished for the character sets of recent documents.
    FinishedFaces& finished(Face face) { return finished_[static_cast<std::size_t>(face)]; }

private:
    std::filesystem::path dir_;
    std::array<std::unique_ptr<FaceData>, 4> faces_;
    std::array<FinishedFaces, 4> finished_;
};

}  // namespace wardreport::pdf
