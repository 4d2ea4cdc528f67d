#include "faces.hpp"

#include "haru.hpp"

#include <wardreport/exporter.hpp>

#include <hpdf_fontdef.h>
#include <zlib.h>

#include <fstream>
#include <iterator>
#include <system_error>

namespace wardreport::pdf {

std::filesystem::path face_path(const std::filesystem::path& dir, Face face) {
    std::string style = "Regular";
    if (face == Face::Bold) style = "Bold";
    if (face == Face::Italic) style = "Italic";
    if (face == Face::BoldItalic) style = "BoldItalic";
    const std::filesystem::path subset = dir / ("WardreportSerif-" + style + ".ttf");
    std::error_code ec;
    return std::filesystem::exists(subset, ec) ? subset : dir / ("LiberationSerif-" + style + ".ttf");
}

std::string deflate(const std::string& data, int level) {
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(data.data()),
                  static_cast<uLong>(data.size()), level) != Z_OK)
        throw ExportError("cannot compress a font stream (out of memory)");
    out.resize(size);
    return out;
}

namespace {

std::string read_all(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) throw ExportError("cannot read the font file " + path.string());
    return data;
}

// Glyph of each BMP code point, by libharu's reading of the cmap.
std::vector<std::uint16_t> glyph_ids(HPDF_FontDef def) {
    std::vector<std::uint16_t> gids(0x10000);
    for (unsigned c = 0; c < gids.size(); ++c) gids[c] = HPDF_TTFontDef_GetGlyphid(def, static_cast<HPDF_UINT16>(c));
    return gids;
}

// The CIDToGIDMap of CID = code point, up to the last code point the face maps: two bytes,
// big-endian, per CID (PDF 32000-1 §9.7.4.2).
std::string cid_to_gid_map(const std::vector<std::uint16_t>& gids) {
    std::size_t end = 0;
    for (std::size_t c = 0; c < gids.size(); ++c)
        if (gids[c] != 0) end = c + 1;
    std::string map(end * 2, '\0');
    for (std::size_t c = 0; c < end; ++c) {
        map[2 * c] = static_cast<char>(gids[c] >> 8);
        map[2 * c + 1] = static_cast<char>(gids[c] & 0xFF);
    }
    return map;
}

// HPDF_TTFontDef_GetCharWidth for every BMP code point, without marking glyphs as used.
std::vector<std::int16_t> char_widths(HPDF_FontDef def, const std::vector<std::uint16_t>& gids) {
    const auto* attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
    std::vector<std::int16_t> widths(0x10000);
    for (unsigned c = 0; c < widths.size(); ++c) {
        const HPDF_UINT16 gid = gids[c];
        widths[c] = gid >= attr->num_glyphs
                        ? def->missing_width
                        : static_cast<std::int16_t>(static_cast<HPDF_UINT16>(
                              static_cast<HPDF_UINT>(attr->h_metric[gid].advance_width) * 1000 /
                              attr->header.units_per_em));
    }
    return widths;
}

}  // namespace

std::unique_ptr<FaceData> FaceData::load(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw ExportError("font file " + path.string() + " does not exist");
    auto f = std::make_unique<FaceData>();
    f->path = path;
    f->coverage = Coverage::from_ttf(path);

    // libharu reads the face once, in a scratch document, with the checks it makes for embedding
    // (a face whose licence forbids it is refused).
    HaruDoc scratch;
    const std::string what = "loading font " + path.string();
    const char* name = HPDF_LoadTTFontFromFile(scratch.get(), path.string().c_str(), HPDF_TRUE);
    scratch.check(what);
    const HPDF_FontDef def = HPDF_GetFontDef(scratch.get(), name);
    scratch.check(what);
    if (!def) throw ExportError(what + ": libharu returned no font definition");
    f->base_font = def->base_font;
    f->ascent = def->ascent;
    f->descent = def->descent;
    f->cap_height = def->cap_height;
    f->x_height = def->x_height;
    f->missing_width = def->missing_width;
    f->flags = def->flags;
    f->bbox = def->font_bbox;
    f->glyphs = glyph_ids(def);
    scratch.check(what);
    f->widths = char_widths(def, f->glyphs);
    f->cid_to_gid = deflate(cid_to_gid_map(f->glyphs), Z_BEST_COMPRESSION);  // paid once
    f->program = std::make_unique<TrueTypeSubsetter>(read_all(path), path.string());
    return f;
}

HPDF_TextWidth FaceData::text_width(std::string_view text) const {
    // libharu's UTF-8 parse (hpdf_encoder_utf.c) and sum (TextWidth in hpdf_font_cid.c), so
    // that positions in the page content are the ones libharu computes for them.
    auto white = [](unsigned char b) { return b == 0 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D || b == 0x20; };
    HPDF_TextWidth tw{0, 0, 0, 0};
    unsigned char bytes[4] = {0, 0, 0, 0}, b = 0;
    unsigned current = 0, end = 0;
    for (char ch : text) {
        b = static_cast<unsigned char>(ch);
        bool complete = false;
        if (current == 0) {
            bytes[0] = b;
            current = 1;
            if (!(b & 0x80)) {
                current = end = 0;
                complete = true;
            } else if ((b & 0xF8) == 0xF0) {
                end = 3;
            } else if ((b & 0xF0) == 0xE0) {
                end = 2;
            } else if ((b & 0xE0) == 0xC0) {
                end = 1;
            } else {
                current = 0;  // a stray continuation byte: skipped
            }
        } else {
            bytes[current] = b;
            if (current == end) {
                current = 0;
                complete = true;
            } else {
                ++current;
            }
        }
        if (complete) {
            unsigned c = 32;  // beyond the BMP: libharu measures a space
            if (end == 0) c = bytes[0];
            if (end == 1) c = (bytes[0] & 0x1Fu) << 6 | (bytes[1] & 0x3Fu);
            if (end == 2) c = (bytes[0] & 0x0Fu) << 12 | (bytes[1] & 0x3Fu) << 6 | (bytes[2] & 0x3Fu);
            tw.width += static_cast<HPDF_UINT>(widths[c]);
            ++tw.numchars;
        }
        if (white(b)) {
            ++tw.numwords;
            ++tw.numspace;
        }
    }
    if (!white(b)) ++tw.numwords;
    return tw;
}

FaceLibrary::FaceLibrary(std::filesystem::path dir) : dir_(std::move(dir)) {}

const FaceData& FaceLibrary::face(Face face) {
    std::unique_ptr<FaceData>& f = faces_[static_cast<std::size_t>(face)];
    if (!f) f = FaceData::load(face_path(dir_, face));
    return *f;
}

}  // namespace wardreport::pdf
