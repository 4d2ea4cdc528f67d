// The block → item stage with real fonts: keep rules for orphans, widows, headings and the
// signature, table header groups, and justified lines filling the measure.
#include "report/totals.hpp"
#include "builder.hpp"
#include "samples.hpp"

#include <catch2/catch.hpp>

using namespace wardreport;
using namespace wardreport::pdf;

namespace {

struct Built {
    HaruDoc pdf;
    FaceLibrary faces{WARDREPORT_PDF_FONT_DIR};
    FontSet fonts{pdf, faces};
    Outlines outlines{pdf};
    doc::Document document;
    Builder builder;
    explicit Built(doc::Document d) : document(std::move(d)), builder(document, fonts, outlines) { builder.build(); }
};

doc::Document with_blocks(std::vector<doc::Block> blocks) {
    doc::Document d;
    d.layout = samples::hd36();
    d.blocks = std::move(blocks);
    return d;
}

doc::Paragraph long_paragraph() {
    doc::Paragraph p;
    std::string s;
    for (int i = 0; i < 12; ++i) s += "Đảng bộ phường Kỳ Sơn có 54 tổ chức cơ sở đảng với 1.789 đảng viên. ";
    p.runs.push_back(doc::Run{s});
    return p;
}

}  // namespace

TEST_CASE("paragraph lines keep their first two and last two together", "[pdf][builder]") {
    Built b(with_blocks({long_paragraph()}));
    const auto& items = b.builder.items();
    REQUIRE(items.size() >= 5);
    const std::size_t n = items.size();
    for (std::size_t k = 0; k < n; ++k) {
        INFO("line " << k << " of " << n);
        CHECK(items[k].keep_with_next == (k == 0 || k == n - 2));
    }
}

TEST_CASE("a heading goes with the text after it, the signature with the lines before it", "[pdf][builder]") {
    doc::Heading h;
    h.number = "I-";
    h.text = "TÁN THÀNH";
    doc::Closing c;
    c.authority = {"T/M ĐOÀN CHỦ TỊCH"};
    c.signer = "Nguyễn Văn An";
    Built b(with_blocks({h, long_paragraph(), c}));
    const auto& items = b.builder.items();
    CHECK(items.front().keep_with_next);             // heading → first line
    CHECK(items[items.size() - 2].keep_with_next);   // last line → closing
    CHECK(items[items.size() - 3].keep_with_next);   // second last → last (no widow)
    // The authority, room to sign of three lines, the name (the left column is one line).
    const double lh = 14 * b.document.layout.line_spacing;
    CHECK(items.back().height == Approx(5 * lh));
}

TEST_CASE("an unsigned draft still leaves room to sign under the authority", "[pdf][builder]") {
    doc::Closing c;
    c.authority = {"TM. ỦY BAN NHÂN DÂN"};
    c.title = "CHỦ TỊCH";
    Built b(with_blocks({long_paragraph(), c}));
    // Two authority lines and three lines of room; no name line.
    const double lh = 14 * b.document.layout.line_spacing;
    CHECK(b.builder.items().back().height == Approx(5 * lh));
}

TEST_CASE("a table gives a header group and one item a row", "[pdf][builder]") {
    Built b(samples::long_table(10));
    const auto& items = b.builder.items();
    REQUIRE(b.builder.groups().size() == 1);
    std::size_t rows = 0;
    for (const Item& it : items) rows += it.group == 0 ? 1 : 0;
    CHECK(rows == 11);  // ten rows and the totals row
    CHECK(b.builder.groups()[0].height > 20);        // two-line header
}

TEST_CASE("the geometry follows the profile", "[pdf][builder]") {
    doc::Layout l = samples::nd30();
    Geometry g = geometry_of(l);
    CHECK(g.page_width == Approx(595.276).epsilon(1e-4));
    CHECK(g.page_height == Approx(841.89).epsilon(1e-4));
    CHECK(g.left == Approx(85.04).epsilon(1e-3));
    l.landscape = true;
    g = geometry_of(l);
    CHECK(g.page_width > g.page_height);
}

TEST_CASE("table notes stay together and with the last row of their table", "[pdf][builder]") {
    // However many rows push the table to a page's foot, the notes never start a page alone.
    for (const bool totals : {true, false}) {
        for (std::size_t rows = 20; rows <= 60; ++rows) {
            doc::Document d = samples::long_table(rows);
            auto& t = std::get<doc::Table>(d.blocks.back());
            t.totals = totals ? wardreport::report::compute_totals(t, "Tổng cộng") : std::vector<doc::Cell>{};
            t.notes = {"TT: thứ tự tổ dân phố theo danh mục của phường.",
                       "Dấu “—”: không tính tỷ lệ đối với chỉ tiêu phấn đấu giảm; xem cột Tiến độ.",
                       "Nguồn: Công an phường, số liệu đến ngày 30/6/2025."};
            for (int i = 0; i < 6; ++i)  // a note of several lines is not broken either
                t.notes[1] += " Tiến độ: phần đã thực hiện trên chặng đường từ số liệu năm gốc đến mức cần đạt.";
            doc::Paragraph p;
            p.runs.push_back(doc::Run{"Chưa có số liệu thực hiện để vẽ biểu đồ tiến độ."});
            doc::Closing c;
            c.authority = {"T/M ĐẢNG ỦY"};
            c.title = "BÍ THƯ";
            c.signer = "Hoàng Văn Minh";
            d.blocks.push_back(p);
            d.blocks.push_back(c);
            Built b(std::move(d));
            const auto& items = b.builder.items();
            const Geometry& g = b.builder.geometry();
            const auto pages = paginate(items, b.builder.groups(), g.height(), b.builder.landscape_geometry().height());
            std::vector<std::size_t> page_of(items.size());
            for (std::size_t pg = 0; pg < pages.size(); ++pg)
                for (const Placement& pl : pages[pg].placements)
                    if (!pl.group) page_of[pl.index] = pg;
            std::size_t last_row = 0, first_note = 0, last_note = 0;
            for (std::size_t k = 0; k < items.size(); ++k) {
                if (items[k].group == 0) last_row = k;
                if (items[k].where.find(", note ") != std::string::npos) {
                    if (first_note == 0) first_note = k;
                    last_note = k;
                }
            }
            INFO("rows " << rows << ", totals " << totals);
            REQUIRE(first_note > last_row);
            CHECK(page_of[last_row] == page_of[first_note]);
            CHECK(page_of[first_note] == page_of[last_note]);
        }
    }
}
