#include "render.hpp"

#include "builder.hpp"
#include "flow.hpp"
#include "fonts.hpp"
#include "haru.hpp"
#include "styles.hpp"
#include "text.hpp"

#include <wardreport/exporter.hpp>

#include <system_error>

namespace wardreport::pdf {
namespace {

void set_metadata(HaruDoc& pdf, const doc::Metadata& m) {
    const HPDF_Doc d = pdf.get();
    auto attr = [&](HPDF_InfoType type, const std::string& value, const char* what) {
        if (value.empty()) return;
        HPDF_SetInfoAttr(d, type, nfc(value, std::string("metadata ") + what).c_str());
    };
    attr(HPDF_INFO_TITLE, m.title, "title");
    attr(HPDF_INFO_AUTHOR, m.author, "author");
    attr(HPDF_INFO_SUBJECT, m.subject, "subject");
    attr(HPDF_INFO_KEYWORDS, m.keywords, "keywords");
    attr(HPDF_INFO_CREATOR, "wardreport pdf plugin", "creator");
    if (m.date) {
        // The document's own date (never the clock), at midnight Vietnam time.
        HPDF_Date date{m.date->year, m.date->month, m.date->day, 0, 0, 0, '+', 7, 0};
        HPDF_SetInfoDateAttr(d, HPDF_INFO_CREATION_DATE, date);
        HPDF_SetInfoDateAttr(d, HPDF_INFO_MOD_DATE, date);
    }
    pdf.check("setting the document properties");
}

void page_number(Canvas& c, FontSet& fonts, const doc::Layout& layout, const Geometry& g, int number) {
    const doc::TextStyle st = role_style(layout, "page_number");
    const std::string s = std::to_string(number);
    const Face f = face_of(st);
    const double w = fonts.width(f, st.size_pt, s);
    double x = g.left + (g.width() - w) / 2, baseline = 0;
    switch (layout.page_numbers) {
        case doc::PageNumberPosition::None: return;
        case doc::PageNumberPosition::TopCenter: baseline = g.top / 2 + st.size_pt / 3; break;
        case doc::PageNumberPosition::BottomCenter:
            baseline = g.page_height - g.bottom / 2 + st.size_pt / 3;
            break;
        case doc::PageNumberPosition::BottomRight:
            baseline = g.page_height - g.bottom / 2 + st.size_pt / 3;
            x = g.left + g.width() - w;
            break;
    }
    c.text(x, baseline, f, st.size_pt, s);
}

}  // namespace

RenderResult render(const doc::Document& document, const std::filesystem::path& out, const RenderOptions& options) {
    FaceLibrary faces(options.font_dir);
    return render(document, out, faces);
}

RenderResult render(const doc::Document& document, const std::filesystem::path& out, FaceLibrary& faces) {
    HaruDoc pdf;
    FontSet fonts(pdf, faces);
    Outlines outlines(pdf);
    Builder builder(document, fonts, outlines);
    builder.build();
    const Geometry& portrait = builder.geometry();
    const Geometry& turned = builder.landscape_geometry();
    const std::vector<PagePlan> pages =
        paginate(builder.items(), builder.groups(), portrait.height(), turned.height());

    Canvas canvas(pdf, fonts, portrait.page_width, portrait.page_height);
    for (const PagePlan& plan : pages) {
        const Geometry& g = plan.landscape ? turned : portrait;
        canvas.new_page(g.page_width, g.page_height);
        for (const Placement& p : plan.placements) {
            const Draw& draw = p.group ? builder.groups()[p.index].draw : builder.items()[p.index].draw;
            if (draw) draw(canvas, g.top + p.top);
        }
        const int n = canvas.page_index() + 1;
        if (n > 1 || document.layout.number_first_page) page_number(canvas, fonts, document.layout, g, n);
        canvas.finish();
    }
    fonts.finish();
    set_metadata(pdf, document.meta);
    if (!outlines.empty()) HPDF_SetPageMode(pdf.get(), HPDF_PAGE_MODE_USE_OUTLINE);
    try {
        pdf.save(out);
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove(out, ec);
        throw;
    }
    return RenderResult{pages.size()};
}

}  // namespace wardreport::pdf
