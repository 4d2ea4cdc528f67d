// A face's objects in one PDF, written from its prepared FaceData instead of by libharu's
// TrueType font code: a Type0 font (Identity-H, CID = Unicode code point, as libharu's UTF-8
// fonts) over a CIDFontType2 whose CIDToGIDMap is deflated once per exporter and whose font
// program is cut down to the glyphs the document shows. The Type0 font is an HPDF_Font libharu's page operators take like one of their own:
// text is encoded by libharu's UTF-8 encoder and measured by FaceData::text_width.
#pragma once

#include "faces.hpp"
#include "finished_faces.hpp"
#include "haru.hpp"

#include <set>
#include <string>

namespace wardreport::pdf {

struct FaceObjects {
    HPDF_Font font = nullptr;        // the Type0 font pages use
    HPDF_Dict cid_font = nullptr;    // gets /W when the document is done
    HPDF_Dict descriptor = nullptr;  // gets /FontFile2 when the document is done
    HPDF_Dict to_unicode = nullptr;  // gets its CMap when the document is done
};

// Adds the objects of `face` to `doc`, named "<tag>+<base font>" (tag: six capitals, a
// subset's mark). `face` must outlive `doc`.
FaceObjects add_face(HaruDoc& doc, const FaceData& face, const std::string& tag);

// The font program (the subset of the glyphs) and the ToUnicode map of the characters `shown`.
FinishedFace make_finished(const FaceData& face, const std::set<char32_t>& shown);

// After the last page: the widths (/W) of the characters `shown`, and their program and map
// `finished` (made by make_finished() for the same `shown`).
void finish_face(HaruDoc& doc, const FaceObjects& objects, const FaceData& face, const std::set<char32_t>& shown,
                 const FinishedFace& finished);

}  // namespace wardreport::pdf
