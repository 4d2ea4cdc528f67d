// The pdf writer's entry point: a document in, a PDF file out.
#pragma once

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
RenderResult render(const doc::Document& document, const std::filesystem::path& out, const RenderOptions& options);

}  // namespace wardreport::pdf
