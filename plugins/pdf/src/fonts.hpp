// The four Liberation Serif faces as one document uses them: a face's PDF objects are added
// only when the document first uses it; what is the same in every document comes prepared
// from the exporter's FaceLibrary (faces.hpp).
#pragma once

#include "faces.hpp"
#include "font_objects.hpp"
#include "haru.hpp"
#include "metrics.hpp"

#include <array>
#include <set>
#include <string>
#include <string_view>

namespace wardreport::pdf {

class FontSet final : public Metrics {
public:
    FontSet(HaruDoc& doc, FaceLibrary& faces);

    HPDF_Font font(Face face);
    const Coverage& coverage(Face face);
    double width(Face face, double size, std::string_view text) override;
    // Throws ExportError naming the first character of `text` that `face` cannot draw, and
    // `where` it comes from.
    void check(Face face, std::string_view text, const std::string& where);
    // Notes the characters of `text` as shown in `face`: they make up its widths and its
    // ToUnicode map.
    void shown(Face face, std::string_view text);
    // Writes each used face's widths and ToUnicode map. Call once, after the last page, before
    // saving.
    void finish();

private:
    struct Used {
        FaceObjects objects;
        std::set<char32_t> shown;
    };
    HaruDoc& doc_;
    FaceLibrary& faces_;
    std::array<Used, 4> used_{};
    int added_ = 0;  // faces added so far: their subset tags are HPDFAA, HPDFAB, ... as libharu's
};

}  // namespace wardreport::pdf
