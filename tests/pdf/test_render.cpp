// Rendered documents read back with poppler-utils and qpdf.
#include "render.hpp"
#include "samples.hpp"
#include "text.hpp"
#include "tools.hpp"

#include <wardreport/exporter.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <regex>
#include <set>
#include <sstream>

using namespace wardreport;
using namespace wardreport::pdf;
using namespace wardreport::pdf::test;

namespace {

std::string squash(const std::string& s) {  // pdftotext breaks lines where the PDF does
    std::string out;
    for (char c : s) out += (c == '\n' || c == '\f') ? ' ' : c;
    return std::regex_replace(out, std::regex(" +"), " ");
}

}  // namespace

TEST_CASE("a Party resolution reads back exactly, in NFC", "[pdf][render]") {
    const auto dir = scratch("resolution");
    const auto pdf = render_to(samples::resolution(), dir, "nghi-quyet");
    const std::string text = pdf_text(pdf);
    CHECK(text.find("ĐẢNG CỘNG SẢN VIỆT NAM") != std::string::npos);
    CHECK(text.find("ĐẢNG BỘ TỈNH PHÚ THỌ") != std::string::npos);
    CHECK(text.find("Số 01-NQ/ĐH") != std::string::npos);
    CHECK(text.find("Kỳ Sơn, ngày 23 tháng 7 năm 2025") != std::string::npos);
    CHECK(text.find("NGHỊ QUYẾT") != std::string::npos);
    CHECK(text.find("1.789") != std::string::npos);
    CHECK(text.find("115,689 km²") != std::string::npos);
    CHECK(text.find("T/M ĐOÀN CHỦ TỊCH") != std::string::npos);
    CHECK(text.find("Nguyễn Văn An") != std::string::npos);
    CHECK(squash(text).find("dân tộc Mường chiếm 68,3%, dân tộc Kinh chiếm 28,9%") != std::string::npos);
    CHECK(nfc(text, "pdftotext") == text);
}

TEST_CASE("a state report with a table and charts reads back", "[pdf][render]") {
    const auto dir = scratch("state");
    const auto pdf = render_to(samples::state_report(), dir, "bao-cao");
    const std::string text = pdf_text(pdf);
    for (const char* s : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 05/BC-UBND",
                          "BÁO CÁO", "13.919", "68,3%", "Tổng cộng", "20.379", "100,0%", "115,689 km²",
                          "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nơi nhận:", "Lưu: VT, VP."})
        CHECK(text.find(s) != std::string::npos);
    CHECK(nfc(text, "pdftotext") == text);
}

TEST_CASE("fonts are embedded subsets, pages are A4, the file is valid", "[pdf][render]") {
    const auto dir = scratch("checks");
    for (const auto& [name, d] : {std::make_pair("nghi-quyet", samples::resolution()),
                                  std::make_pair("bao-cao", samples::state_report())}) {
        const auto pdf = render_to(d, dir, name);
        const Output fonts = run("pdffonts " + quote(pdf));
        REQUIRE(fonts.status == 0);
        std::istringstream lines(fonts.text);
        std::string line;
        int n = 0;
        while (std::getline(lines, line)) {
            if (line.find("WardreportSerif") == std::string::npos) continue;
            ++n;
            // name type encoding emb sub uni object ID
            CHECK(std::regex_search(line, std::regex("CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes")));
        }
        CHECK(n >= 2);
        CHECK(n <= 4);
        CHECK(fonts.text.find(" no ") == std::string::npos);

        const int pages = pdf_pages(pdf);
        const std::string info = run("pdfinfo -f 1 -l " + std::to_string(pages) + " " + quote(pdf)).text;
        const std::regex a4("Page +\\d+ size: +595.276 x 841.89 pts \\(A4\\)");
        CHECK(std::distance(std::sregex_iterator(info.begin(), info.end(), a4), std::sregex_iterator()) == pages);
        CHECK(run("qpdf --check " + quote(pdf)).status == 0);
    }
}

TEST_CASE("metadata comes from the document, dates from its date", "[pdf][render]") {
    const auto dir = scratch("meta");
    const auto pdf = render_to(samples::resolution(), dir, "nghi-quyet");
    const std::string info = run("TZ=UTC pdfinfo -isodates " + quote(pdf)).text;
    CHECK(info.find("Nghị quyết Đại hội đại biểu Đảng bộ phường Kỳ Sơn lần thứ I") != std::string::npos);
    CHECK(std::regex_search(info, std::regex("Author: +Đảng bộ phường Kỳ Sơn\n")));
    CHECK(std::regex_search(info, std::regex("Keywords: +Kỳ Sơn, Đại hội, nhiệm kỳ 2025 - 2030\n")));
    CHECK(info.find("2025-07-23T00:00:00+07") != std::string::npos);
}

TEST_CASE("two runs give byte-identical files", "[pdf][render]") {
    const auto dir = scratch("identical");
    const auto a = render_to(samples::state_report(), dir, "a");
    const auto b = render_to(samples::state_report(), dir, "b");
    const std::string x = read_file(a), y = read_file(b);
    CHECK(x.size() > 1000);
    CHECK(x == y);
}

TEST_CASE("sections become bookmarks", "[pdf][render]") {
    const auto dir = scratch("outlines");
    const auto pdf = render_to(samples::resolution(), dir, "nghi-quyet");
    const std::string json = run("qpdf --json --json-key=outlines " + quote(pdf)).text;
    CHECK(json.find("I- TÁN THÀNH NHỮNG NỘI DUNG") != std::string::npos);
    CHECK(json.find("II- PHƯƠNG HƯỚNG") != std::string::npos);
    CHECK(json.find("1. Mục tiêu tổng quát") != std::string::npos);
}

TEST_CASE("page numbers from page 2, centred at the top", "[pdf][render]") {
    const auto dir = scratch("numbers");
    const auto pdf = render_to(samples::resolution(), dir, "nghi-quyet");
    const int pages = pdf_pages(pdf);
    REQUIRE(pages >= 2);
    CHECK(pdf_text(pdf, 1).rfind("ĐẢNG BỘ TỈNH PHÚ THỌ\n", 0) == 0);  // no number above the header
    for (int p = 2; p <= pages; ++p) CHECK(pdf_text(pdf, p).rfind(std::to_string(p) + "\n", 0) == 0);
}

TEST_CASE("decomposed (NFD) input comes out composed (NFC)", "[pdf][render]") {
    doc::Document d = samples::resolution();
    // "Việt Nam" and "Kỳ Sơn" written with combining marks.
    const std::string nfd = "Vie\xCC\xA3\xCC\x82t Nam, Ky\xCC\x80 So\xCC\x9Bn";
    doc::Paragraph p;
    p.runs.push_back(doc::Run{nfd});
    d.blocks.insert(d.blocks.begin() + 2, p);
    const auto pdf = render_to(d, scratch("nfd"), "nfd");
    const std::string text = pdf_text(pdf);
    CHECK(text.find("Việt Nam, Kỳ Sơn") != std::string::npos);
    CHECK(text.find("e\xCC\xA3") == std::string::npos);
}

TEST_CASE("a character the font cannot draw is an error naming it and where it is", "[pdf][render]") {
    const auto dir = scratch("glyphs");
    doc::Document d = samples::resolution();
    doc::Paragraph p;
    p.runs.push_back(doc::Run{"Chúc mừng Đại hội 😀"});
    d.blocks.insert(d.blocks.begin() + 3, p);
    CHECK_THROWS_AS(render_to(d, dir, "emoji"), ExportError);
    CHECK_THROWS_WITH(render_to(d, dir, "emoji"), Catch::Contains("U+1F600") && Catch::Contains("block 4"));
    CHECK_FALSE(std::filesystem::exists(dir / "emoji.pdf"));

    doc::Document s = samples::state_report();
    for (doc::Block& b : s.blocks)
        if (auto* t = std::get_if<doc::Table>(&b)) {
            auto rows = std::static_pointer_cast<const doc::VectorRows>(t->rows)->rows();
            rows[1][1].text = "Kinh 中";
            t->rows = std::make_shared<doc::VectorRows>(rows);
        }
    CHECK_THROWS_WITH(render_to(s, dir, "cjk"),
                      Catch::Contains("U+4E2D") && Catch::Contains("table 'dan-toc', row 2, column 'dan-toc'"));

    doc::Document tab = samples::resolution();
    tab.meta.title.clear();
    std::get<doc::Title>(tab.blocks[1]).summary.push_back("A\tB");
    CHECK_THROWS_WITH(render_to(tab, dir, "tab"), Catch::Contains("U+0009") && Catch::Contains("block 2"));
}

TEST_CASE("a 2,000-row table paginates with repeated headers and whole rows", "[pdf][render]") {
    const auto dir = scratch("long-table");
    const std::size_t rows = 2000;
    const auto pdf = render_to(samples::long_table(rows), dir, "bieu");
    const int pages = pdf_pages(pdf);
    REQUIRE(pages > 20);
    CHECK(run("qpdf --check " + quote(pdf)).status == 0);
    std::size_t next = 1;
    for (int p = 1; p <= pages; ++p) {
        const std::string text = pdf_text(pdf, p);
        INFO("page " << p);
        CHECK(text.find("Tổ dân phố\n") != std::string::npos);  // the header on every page
        CHECK(text.find("Dân số") != std::string::npos);
        // Rows follow each other across pages: none lost, none cut, none repeated.
        std::size_t on_page = 0;
        for (std::size_t k = next; k <= rows; ++k) {
            const std::string name = "Tổ dân phố số " + std::to_string(k);
            const auto at = text.find(name);
            if (at == std::string::npos) break;
            // A cut row would leave its other half (the remark in brackets) on the next page.
            if ((k - 1) % 7 == 3) CHECK(text.find("Mông Hóa)", at) != std::string::npos);
            ++on_page;
            ++next;
        }
        CHECK(on_page > 0);
    }
    CHECK(next == rows + 1);
    CHECK(pdf_text(pdf, pages).find("Tổng cộng") != std::string::npos);
}

TEST_CASE("the signature never stands alone on a page", "[pdf][render]") {
    const auto dir = scratch("closing");
    // Grow the body paragraph by paragraph so that the closing meets every position on the page.
    for (int extra = 0; extra < 12; ++extra) {
        doc::Document d = samples::resolution();
        const doc::Block body = d.blocks[5];
        for (int i = 0; i < extra; ++i) d.blocks.insert(d.blocks.end() - 1, body);
        const auto pdf = render_to(d, dir, "closing-" + std::to_string(extra));
        const int pages = pdf_pages(pdf);
        const std::string last = pdf_text(pdf, pages);
        INFO("extra paragraphs: " << extra);
        REQUIRE(last.find("Nguyễn Văn An") != std::string::npos);
        // At least two lines of body text precede the closing on its page (after the page number).
        const std::string before = last.substr(0, last.find("Nơi nhận:"));
        CHECK(std::count(before.begin(), before.end(), '\n') >= 3);
    }
}

TEST_CASE("a table row taller than a page is an error naming the row", "[pdf][render]") {
    doc::Document d = samples::long_table(3);
    std::string huge;
    for (int i = 0; i < 400; ++i) huge += "Tổ dân phố số " + std::to_string(i) + " ";
    auto& t = std::get<doc::Table>(d.blocks[0]);
    std::vector<std::vector<doc::Cell>> rows(3);
    for (std::size_t i = 0; i < 3; ++i) t.rows->row(i, rows[i]);
    rows[1][1].text = huge;
    t.rows = std::make_shared<doc::VectorRows>(rows);
    CHECK_THROWS_WITH(render_to(d, scratch("tall-row"), "tall"),
                      Catch::Contains("table 'to-dan-pho', row 2"));
    CHECK_THROWS_WITH(render_to(d, scratch("tall-row"), "tall"), Catch::Contains("a page has room for"));
}

TEST_CASE("a missing font file is an error naming the file", "[pdf][render]") {
    RenderOptions o;
    o.font_dir = "/nonexistent/fonts";
    const auto out = scratch("no-font") / "x.pdf";
    CHECK_THROWS_WITH(render(samples::resolution(), out, o),
                      Catch::Contains("/nonexistent/fonts/LiberationSerif-") && Catch::Contains("does not exist"));
    CHECK_FALSE(std::filesystem::exists(out));
}

namespace {

// Horizontal rules drawn on page `page`: {x1, x2, y} in PDF points, read from the content stream.
std::vector<std::array<double, 3>> rules(const std::filesystem::path& pdf, int page) {
    const auto qdf = pdf.parent_path() / (pdf.stem().string() + "-qdf.pdf");
    run("qpdf --qdf --object-streams=disable --pages " + quote(pdf) + " " + std::to_string(page) + " -- " +
        quote(pdf) + " " + quote(qdf));
    const std::string s = read_file(qdf);
    const std::regex seg("([0-9.]+) ([0-9.]+) m\\s+([0-9.]+) ([0-9.]+) l");
    std::vector<std::array<double, 3>> out;
    for (auto m = std::sregex_iterator(s.begin(), s.end(), seg); m != std::sregex_iterator(); ++m)
        if ((*m)[2] == (*m)[4]) out.push_back({std::stod((*m)[1]), std::stod((*m)[3]), std::stod((*m)[2])});
    return out;
}

}  // namespace

TEST_CASE("the rule under a wrapped issuing body is measured on its longest line", "[pdf][render]") {
    doc::Document d = samples::state_report();
    auto& h = std::get<doc::OfficialHeader>(d.blocks[0]);
    h.superior_body.clear();
    h.issuing_body = {"ỦY BAN NHÂN DÂN", "XÃ MINH HỌA (DỮ LIỆU MINH HỌA)"};  // wraps in its column
    const auto pdf = render_to(d, scratch("issuer-rule"), "issuer");
    // The longest line of the issuing body, as drawn (pdftotext's word boxes).
    const std::string html = run("pdftotext -f 1 -l 1 -bbox-layout " + quote(pdf) + " -").text;
    const std::regex line("<line xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>\\s*<word[^>]*>XÃ</word>");
    std::smatch m;
    REQUIRE(std::regex_search(html, m, line));
    const double longest = std::stod(m[2]) - std::stod(m[1]);
    // The issuer rule: the horizontal rule whose middle is in the left column of the header.
    double rule = 0;
    for (const auto& r : rules(pdf, 1))
        if ((r[0] + r[1]) / 2 < 250 && r[2] > 700) rule = r[1] - r[0];
    INFO("longest line " << longest << " pt, rule " << rule << " pt");
    CHECK(rule >= longest / 3);
    CHECK(rule <= longest / 2);
}
