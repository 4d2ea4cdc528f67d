#include "font_objects.hpp"

#include "tounicode.hpp"

#include <wardreport/exporter.hpp>

#include <hpdf_doc.h>
#include <hpdf_font.h>

#include <zlib.h>

#include <new>
#include <vector>

namespace wardreport::pdf {
namespace {

// libharu's font attributes, followed by the face they measure with.
struct Attr {
    HPDF_FontAttr_Rec rec;
    const FaceData* face;
};

HPDF_TextWidth text_width(HPDF_Font font, const HPDF_BYTE* text, HPDF_UINT len) {
    const auto* attr = reinterpret_cast<const Attr*>(font->attr);
    return attr->face->text_width(std::string_view(reinterpret_cast<const char*>(text), len));
}

void free_attr(HPDF_Dict font) {
    delete reinterpret_cast<Attr*>(font->attr);
    font->attr = nullptr;
}

// libharu drops a stream's /Filter when it compresses nothing itself: the entry for a stream
// deflated beforehand is written by this hook instead.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream out) {
    return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

HPDF_Dict deflated_stream(HaruDoc& doc, const std::string& deflated) {
    HPDF_Dict s = HPDF_DictStream_New(doc.get()->mmgr, doc.get()->xref);
    doc.check("adding a font stream");
    s->write_fn = write_flate_filter;
    HPDF_Stream_Write(s->stream, reinterpret_cast<const HPDF_BYTE*>(deflated.data()),
                      static_cast<HPDF_UINT>(deflated.size()));
    return s;
}

HPDF_Dict indirect_dict(HaruDoc& doc) {
    HPDF_Dict d = HPDF_Dict_New(doc.get()->mmgr);
    if (d) HPDF_Xref_Add(doc.get()->xref, d);
    doc.check("adding a font object");
    return d;
}

HPDF_Dict descriptor(HaruDoc& doc, const FaceData& face, const std::string& name) {
    HPDF_MMgr mmgr = doc.get()->mmgr;
    HPDF_Dict d = indirect_dict(doc);
    HPDF_Dict_AddName(d, "Type", "FontDescriptor");
    HPDF_Dict_AddName(d, "FontName", name.c_str());
    HPDF_Dict_AddNumber(d, "Flags", static_cast<HPDF_INT32>(face.flags));
    HPDF_Dict_Add(d, "FontBBox", HPDF_Box_Array_New(mmgr, face.bbox));
    HPDF_Dict_AddNumber(d, "ItalicAngle", 0);  // as libharu: it does not read the post table
    HPDF_Dict_AddNumber(d, "Ascent", face.ascent);
    HPDF_Dict_AddNumber(d, "Descent", face.descent);
    HPDF_Dict_AddNumber(d, "CapHeight", face.cap_height);
    HPDF_Dict_AddNumber(d, "XHeight", face.x_height);
    HPDF_Dict_AddNumber(d, "StemV", 0);
    doc.check("adding a font descriptor");
    return d;
}

HPDF_Dict cid_font(HaruDoc& doc, const FaceData& face, const std::string& name, HPDF_Dict descriptor) {
    HPDF_MMgr mmgr = doc.get()->mmgr;
    HPDF_Dict f = indirect_dict(doc);
    HPDF_Dict_AddName(f, "Type", "Font");
    HPDF_Dict_AddName(f, "Subtype", "CIDFontType2");
    HPDF_Dict_AddName(f, "BaseFont", name.c_str());
    HPDF_Dict info = HPDF_Dict_New(mmgr);
    HPDF_Dict_Add(f, "CIDSystemInfo", info);
    HPDF_Dict_Add(info, "Registry", HPDF_String_New(mmgr, "Adobe", nullptr));
    HPDF_Dict_Add(info, "Ordering", HPDF_String_New(mmgr, "Identity", nullptr));
    HPDF_Dict_AddNumber(info, "Supplement", 0);
    HPDF_Dict_AddNumber(f, "DW", face.missing_width);
    HPDF_Dict_Add(f, "FontDescriptor", descriptor);
    HPDF_Dict_Add(f, "CIDToGIDMap", deflated_stream(doc, face.cid_to_gid));
    doc.check("adding a font");
    return f;
}

}  // namespace

FaceObjects add_face(HaruDoc& doc, const FaceData& face, const std::string& tag) {
    const std::string name = tag + "+" + face.base_font;
    FaceObjects o;
    o.descriptor = descriptor(doc, face, name);
    o.cid_font = cid_font(doc, face, name, o.descriptor);
    o.to_unicode = HPDF_DictStream_New(doc.get()->mmgr, doc.get()->xref);
    doc.check("adding a font's ToUnicode map");
    o.to_unicode->filter = HPDF_STREAM_FILTER_FLATE_DECODE;

    HPDF_Dict font = indirect_dict(doc);
    auto* attr = new (std::nothrow) Attr{};
    if (!attr) throw ExportError("cannot add a font (out of memory)");
    attr->rec.type = HPDF_FONT_TYPE0_TT;
    attr->rec.writing_mode = HPDF_WMODE_HORIZONTAL;
    attr->rec.text_width_fn = text_width;
    attr->rec.encoder = HPDF_GetEncoder(doc.get(), "UTF-8");
    attr->rec.xref = doc.get()->xref;
    attr->rec.descendant_font = o.cid_font;
    attr->face = &face;
    font->header.obj_class |= HPDF_OSUBCLASS_FONT;
    font->attr = attr;
    font->free_fn = free_attr;
    HPDF_Dict_AddName(font, "Type", "Font");
    HPDF_Dict_AddName(font, "Subtype", "Type0");
    HPDF_Dict_AddName(font, "BaseFont", name.c_str());
    HPDF_Dict_AddName(font, "Encoding", "Identity-H");
    HPDF_Array descendants = HPDF_Array_New(doc.get()->mmgr);
    HPDF_Dict_Add(font, "DescendantFonts", descendants);
    HPDF_Array_Add(descendants, o.cid_font);
    HPDF_Dict_Add(font, "ToUnicode", o.to_unicode);
    doc.check("adding a font");
    o.font = font;
    return o;
}

FinishedFace make_finished(const FaceData& face, const std::set<char32_t>& shown) {
    // The glyphs shown, deflated for this set: a document shows a few hundred glyphs of a
    // face, and the whole face would make a PDF about twice as large.
    std::vector<bool> keep(face.program->glyph_count());
    for (char32_t c : shown)
        if (c <= 0xFFFF && face.glyphs[c] < keep.size()) keep[face.glyphs[c]] = true;
    const std::string program = face.program->subset(std::move(keep));
    return FinishedFace{deflate(program, Z_DEFAULT_COMPRESSION), program.size(), to_unicode_cmap(shown)};
}

void finish_face(HaruDoc& doc, const FaceObjects& objects, const FaceData& face, const std::set<char32_t>& shown,
                 const FinishedFace& finished) {
    // /W as libharu writes it (runs of consecutive CIDs, widths other than /DW), for the
    // characters shown only: the others never appear in the content.
    HPDF_MMgr mmgr = doc.get()->mmgr;
    HPDF_Array w = HPDF_Array_New(mmgr);
    HPDF_Array run = nullptr;
    char32_t last = 0;
    for (char32_t c : shown) {
        if (c > 0xFFFF) continue;
        const int width = face.widths[c];
        if (width == face.missing_width) {
            run = nullptr;
            continue;
        }
        if (!run || c != last + 1) {
            HPDF_Array_AddNumber(w, static_cast<HPDF_INT32>(c));
            run = HPDF_Array_New(mmgr);
            HPDF_Array_Add(w, run);
        }
        HPDF_Array_AddNumber(run, width);
        last = c;
    }
    HPDF_Dict_Add(objects.cid_font, "W", w);

    HPDF_Dict file = deflated_stream(doc, finished.program);
    HPDF_Dict_AddNumber(file, "Length1", static_cast<HPDF_INT32>(finished.program_size));
    HPDF_Dict_Add(objects.descriptor, "FontFile2", file);
    HPDF_Stream_Write(objects.to_unicode->stream, reinterpret_cast<const HPDF_BYTE*>(finished.cmap.data()),
                      static_cast<HPDF_UINT>(finished.cmap.size()));
    doc.check("writing a font's widths and ToUnicode map");
}

}  // namespace wardreport::pdf
