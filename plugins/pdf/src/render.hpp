// The pdf writer's entry point: a document in, a PDF file out.
#pragma once

#include "faces.hpp"

#include <wardreport/document.hpp>

#include <cstddef>
#include <filesystem>

namespace wardreport::pdf {

struct RenderOptions {
    // Holds LiberationSerif-{Regular,Bold,Italic,BoldItalic}.ttf (only the faces used are read).
    std::filesystem::path font_dir;
};

struct RenderResult {
    std::size_t pages = 0;
};

// Writes `document` to `out`. Throws ExportError (and leaves no file) when it cannot: a
// character no face can draw, a table row taller than a page, a missing font, a write error.
// `faces` are prepared once and serve any number of documents (one at a time).
RenderResult render(const doc::Document& document, const std::filesystem::path& out, FaceLibrary& faces);
// The same with faces prepared for this document only.
RenderResult render(const doc::Document& document, const std::filesystem::path& out, const RenderOptions& options);

}  // namespace wardreport::pdf
