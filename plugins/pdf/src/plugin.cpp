// The pdf export plugin: wardreport::Exporter over the layout engine (render.hpp).
//
// Fonts: the four Liberation Serif faces are read from the directory named by the environment
// variable WARDREPORT_PDF_FONT_DIR when it is set, otherwise from pdf-fonts/ next to this plugin
// (the subset faces built and installed with it, renamed Wardreport Serif as the font licence
// asks), otherwise from Debian's fonts-liberation2.
//
// One exporter writes any number of documents, one at a time: what is the same for all of them
// (the prepared faces) lives in the exporter; everything of one document lives in render().
#include "render.hpp"

#include <wardreport/plugin.hpp>

#include <boost/dll/runtime_symbol_info.hpp>

#include <cstdlib>
#include <optional>
#include <system_error>

namespace wardreport::pdf {
namespace {

std::filesystem::path font_dir() {
    if (const char* env = std::getenv("WARDREPORT_PDF_FONT_DIR"); env && *env) return env;
    std::error_code ec;
    const std::filesystem::path here = boost::dll::this_line_location(ec);
    if (!ec) {
        const std::filesystem::path beside = here.parent_path() / "pdf-fonts";
        if (std::filesystem::is_directory(beside, ec)) return beside;
    }
    return "/usr/share/fonts/truetype/liberation2";
}

class PdfExporter final : public Exporter {
public:
    PluginInfo info() const override {
        return PluginInfo{"pdf", "1.0.0",
                          "Official Vietnamese documents as PDF (A4, Liberation Serif, libharu)",
                          {FormatInfo{"pdf", "pdf", "application/pdf"}}};
    }

    void write(const doc::Document& document, const std::string& format,
               const std::filesystem::path& out) override {
        if (format != "pdf") throw ExportError("the pdf plugin does not write '" + format + "'");
        // The faces are prepared once and kept for every later document, as long as the font
        // directory stays the same.
        const std::filesystem::path dir = font_dir();
        if (!faces_ || faces_->dir() != dir) faces_.emplace(dir);
        render(document, out, *faces_);
    }

private:
    std::optional<FaceLibrary> faces_;
};

}  // namespace
}  // namespace wardreport::pdf

WARDREPORT_PLUGIN(wardreport::pdf::PdfExporter)
