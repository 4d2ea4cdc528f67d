#include "fonts.hpp"

#include "text.hpp"

#include <wardreport/exporter.hpp>

namespace wardreport::pdf {

FontSet::FontSet(HaruDoc& doc, FaceLibrary& faces) : doc_(doc), faces_(faces) {}

const Coverage& FontSet::coverage(Face face) { return faces_.face(face).coverage; }

HPDF_Font FontSet::font(Face face) {
    Used& u = used_[static_cast<std::size_t>(face)];
    if (!u.objects.font) {
        std::string tag = "HPDFAA";
        tag[4] = static_cast<char>('A' + added_ / 26);
        tag[5] = static_cast<char>('A' + added_ % 26);
        u.objects = add_face(doc_, faces_.face(face), tag);
        ++added_;
    }
    return u.objects.font;
}

double FontSet::width(Face face, double size, std::string_view text) {
    if (text.empty()) return 0;
    font(face);  // a face measured is embedded, as with libharu: names and tags stay as they were
    return static_cast<double>(faces_.face(face).text_width(text).width) * size / 1000.0;
}

void FontSet::check(Face face, std::string_view text, const std::string& where) {
    const Coverage& cov = coverage(face);
    std::size_t i = 0;
    for (char32_t c : code_points(text)) {
        const std::size_t n = utf8_length(static_cast<unsigned char>(text[i]));
        if (!cov.has(c) && c != '\n') {  // '\n' is a line break, never drawn
            std::string shown = c >= 0x20 && c != 0x7F ? " '" + std::string(text.substr(i, n)) + "'" : "";
            throw ExportError(codepoint_name(c) + shown + " in " + where + ": the font " + faces_.face(face).path.filename().string() +
                              " has no glyph for it");
        }
        i += n;
    }
}

void FontSet::shown(Face face, std::string_view text) {
    std::set<char32_t>& s = used_[static_cast<std::size_t>(face)].shown;
    for (char32_t c : code_points(text)) s.insert(c);
}

void FontSet::finish() {
    for (std::size_t i = 0; i < used_.size(); ++i) {
        if (!used_[i].objects.font) continue;
        const auto face = static_cast<Face>(i);
        const FaceData& data = faces_.face(face);
        const std::set<char32_t>& shown = used_[i].shown;
        const auto finished = faces_.finished(face).get(shown, [&] { return make_finished(data, shown); });
        finish_face(doc_, used_[i].objects, data, shown, *finished);
    }
}

}  // namespace wardreport::pdf
