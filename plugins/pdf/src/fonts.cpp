#include "fonts.hpp"

#include "text.hpp"
#include "tounicode.hpp"

#include <wardreport/exporter.hpp>

#include <system_error>

namespace wardreport::pdf {

std::string face_file(Face face) {
    switch (face) {
        case Face::Regular: return "LiberationSerif-Regular.ttf";
        case Face::Bold: return "LiberationSerif-Bold.ttf";
        case Face::Italic: return "LiberationSerif-Italic.ttf";
        case Face::BoldItalic: return "LiberationSerif-BoldItalic.ttf";
    }
    return {};
}

FontSet::FontSet(HaruDoc& doc, std::filesystem::path dir) : doc_(doc), dir_(std::move(dir)) {}

std::filesystem::path FontSet::path(Face face) const { return dir_ / face_file(face); }

const Coverage& FontSet::coverage(Face face) {
    Loaded& l = faces_[static_cast<std::size_t>(face)];
    if (!l.coverage) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path(face), ec))
            throw ExportError("font file " + path(face).string() + " does not exist");
        l.coverage = Coverage::from_ttf(path(face));
    }
    return *l.coverage;
}

HPDF_Font FontSet::font(Face face) {
    Loaded& l = faces_[static_cast<std::size_t>(face)];
    if (!l.font) {
        coverage(face);  // also checks that the file is there: libharu would only say 0x1017
        const std::string p = path(face).string();
        const char* name = HPDF_LoadTTFontFromFile(doc_.get(), p.c_str(), HPDF_TRUE);
        doc_.check("loading font " + p);
        l.font = HPDF_GetFont(doc_.get(), name, "UTF-8");
        doc_.check("loading font " + p);
    }
    return l.font;
}

double FontSet::width(Face face, double size, std::string_view text) {
    if (text.empty()) return 0;
    const HPDF_TextWidth tw = HPDF_Font_TextWidth(font(face), reinterpret_cast<const HPDF_BYTE*>(text.data()),
                                                  static_cast<HPDF_UINT>(text.size()));
    return static_cast<double>(tw.width) * size / 1000.0;
}

void FontSet::check(Face face, std::string_view text, const std::string& where) {
    const Coverage& cov = coverage(face);
    std::size_t i = 0;
    for (char32_t c : code_points(text)) {
        const std::size_t n = utf8_length(static_cast<unsigned char>(text[i]));
        if (!cov.has(c) && c != '\n') {  // '\n' is a line break, never drawn
            std::string shown = c >= 0x20 && c != 0x7F ? " '" + std::string(text.substr(i, n)) + "'" : "";
            throw ExportError(codepoint_name(c) + shown + " in " + where + ": the font " + face_file(face) +
                              " has no glyph for it");
        }
        i += n;
    }
}

void FontSet::shown(Face face, std::string_view text) {
    std::set<char32_t>& s = faces_[static_cast<std::size_t>(face)].shown;
    for (char32_t c : code_points(text)) s.insert(c);
}

void FontSet::write_unicode_maps() {
    for (Loaded& l : faces_)
        if (l.font) replace_to_unicode(doc_, l.font, to_unicode_cmap(l.shown));
}

}  // namespace wardreport::pdf
