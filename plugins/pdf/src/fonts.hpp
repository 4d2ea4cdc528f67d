// The four Liberation Serif faces a document is set in, loaded into libharu only when first
// used (each face loaded costs a cmap scan and an embedded subset), with their coverage.
#pragma once

#include "cmap.hpp"
#include "haru.hpp"
#include "metrics.hpp"

#include <array>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace wardreport::pdf {

// File name of `face` in a font directory: "LiberationSerif-BoldItalic.ttf".
std::string face_file(Face face);

class FontSet final : public Metrics {
public:
    // `dir` holds the four face files (face_file()); checked when a face is first used.
    FontSet(HaruDoc& doc, std::filesystem::path dir);

    HPDF_Font font(Face face);
    const Coverage& coverage(Face face);
    double width(Face face, double size, std::string_view text) override;
    // Throws ExportError naming the first character of `text` that `face` cannot draw, and
    // `where` it comes from.
    void check(Face face, std::string_view text, const std::string& where);
    // Notes the characters of `text` as shown in `face`: they make up its ToUnicode map.
    void shown(Face face, std::string_view text);
    // Gives each loaded face a correct ToUnicode map of the characters it showed (libharu's own
    // is an encoding CMap: see tounicode.hpp). Call once, after the last page, before saving.
    void write_unicode_maps();

private:
    struct Loaded {
        HPDF_Font font = nullptr;
        std::optional<Coverage> coverage;
        std::set<char32_t> shown;
    };
    std::filesystem::path path(Face face) const;
    HaruDoc& doc_;
    std::filesystem::path dir_;
    std::array<Loaded, 4> faces_{};
};

}  // namespace wardreport::pdf
