// Table column widths: no column narrower than its longest word, hyphens as the first resort,
// cuts inside a word only when nothing else fits.
#include "report/totals.hpp"
#include "columns.hpp"
#include "render.hpp"
#include "samples.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <numeric>
#include <regex>
#include <set>
#include <sstream>

using namespace wardreport;
using namespace wardreport::pdf;
using namespace wardreport::pdf::test;

namespace {

doc::Column col(std::string key, std::string title, doc::CellType type, double width = 1,
                doc::Align align = doc::Align::Left) {
    doc::Column c;
    c.key = std::move(key);
    c.title = std::move(title);
    c.type = type;
    c.width = width;
    c.decimals = type == doc::CellType::Decimal ? 1 : 0;
    c.align = align;
    return c;
}

doc::Cell text(std::string s) {
    doc::Cell c;
    c.type = doc::CellType::Text;
    c.text = std::move(s);
    return c;
}

doc::Cell dec(std::int64_t m, int scale) {
    doc::Cell c;
    c.type = doc::CellType::Decimal;
    c.number = Decimal(m, scale);
    return c;
}

// "Biểu 05. Giá trị sản xuất theo ngành" as the statistics report builds it.
doc::Table production() {
    doc::Table t;
    t.id = "gia-tri-san-xuat";
    t.title = "Biểu 05. Giá trị sản xuất theo ngành";
    t.columns = {col("sector", "Ngành", doc::CellType::Text),
                 col("name", "Tên ngành", doc::CellType::Text, 3),
                 col("year", "Năm", doc::CellType::Text, 1, doc::Align::Center),
                 col("value", "Giá trị", doc::CellType::Decimal, 1, doc::Align::Right),
                 col("unit", "Đơn vị tính", doc::CellType::Text, 1, doc::Align::Center),
                 col("change", "Tăng (+) / giảm (−) so với năm gốc", doc::CellType::Decimal, 1, doc::Align::Right),
                 col("since", "Năm gốc", doc::CellType::Text, 1, doc::Align::Center)};
    t.rows = std::make_shared<doc::VectorRows>(std::vector<std::vector<doc::Cell>>{
        {text("CN-TTCN"), text("Công nghiệp - tiểu thủ công nghiệp"), text("2025"), dec(6124, 1), text("tỷ đồng"),
         dec(2019, 1), text("2020")},
        {text("NLN"), text("Nông - lâm nghiệp"), text("2025"), dec(3100, 1), text("tỷ đồng"), dec(485, 1),
         text("2020")},
        {text("TM-DV"), text("Thương mại - dịch vụ"), text("2025"), dec(45575, 2), text("tỷ đồng"), doc::Cell{},
         text("")}});
    return t;
}

std::set<std::string> tokens(const std::string& s) {
    std::istringstream in(s);
    std::set<std::string> out;
    for (std::string w; in >> w;) out.insert(w);
    return out;
}

}  // namespace

TEST_CASE("a column is at least as wide as its longest word, taken from wide text columns", "[pdf][table]") {
    // Preferred: 1 : 3 : 1 of 300 = 60, 180, 60. The first column needs 90.
    const std::vector<double> w = fit_columns({{1, 90, 50, true}, {3, 40, 40, true}, {1, 30, 30, false}}, 300);
    REQUIRE(w.size() == 3);
    CHECK(w[0] == Approx(90));
    CHECK(w[1] == Approx(150));  // the wide text column gave the 30
    CHECK(w[2] == Approx(60));   // the number column kept its share
    CHECK(std::accumulate(w.begin(), w.end(), 0.0) == Approx(300));
}

TEST_CASE("number columns give width when text columns cannot", "[pdf][table]") {
    const std::vector<double> w = fit_columns({{1, 100, 100, true}, {1, 95, 95, true}, {1, 60, 60, false}, {1, 20, 20, false}}, 300);
    CHECK(w[0] >= 100 - 1e-9);
    CHECK(w[1] >= 95 - 1e-9);
    CHECK(w[2] >= 60 - 1e-9);
    CHECK(w[3] >= 20 - 1e-9);
    CHECK(std::accumulate(w.begin(), w.end(), 0.0) == Approx(300));
}

TEST_CASE("hyphen breaks are allowed only when whole words cannot fit", "[pdf][table]") {
    // Whole words need 120 + 120 > 200; after hyphens 70 + 120 fit.
    const std::vector<double> w = fit_columns({{1, 120, 70, true}, {1, 120, 120, true}}, 200);
    CHECK(w[0] >= 70 - 1e-9);
    CHECK(w[1] >= 120 - 1e-9);
    // Nothing fits: the preferred shares, and words are cut.
    const std::vector<double> none = fit_columns({{1, 150, 150, true}, {3, 150, 150, true}}, 200);
    CHECK(none[0] == Approx(50));
    CHECK(none[1] == Approx(150));
}

TEST_CASE("hyphen parts", "[pdf][table]") {
    CHECK(hyphen_parts("CN-TTCN") == std::vector<std::string_view>{"CN-", "TTCN"});
    CHECK(hyphen_parts("-5") == std::vector<std::string_view>{"-5"});
    CHECK(hyphen_parts("-") == std::vector<std::string_view>{"-"});
    CHECK(hyphen_parts("a-b-c") == std::vector<std::string_view>{"a-", "b-", "c"});
}

TEST_CASE("no word of Biểu 05 is broken inside, in its cells or its header", "[pdf][table]") {
    doc::Document d;
    d.layout = samples::nd30();
    doc::Table t = production();
    d.blocks.push_back(t);
    const auto pdf = render_to(d, scratch("column-widths"), "bieu-05");
    const std::set<std::string> got = tokens(pdf_text(pdf));
    std::vector<std::string> words;
    for (const doc::Column& c : t.columns) {
        const auto ws = tokens(c.title);
        words.insert(words.end(), ws.begin(), ws.end());
    }
    for (const char* s : {"CN-TTCN", "TM-DV", "nghiệp", "tỷ", "đồng", "612,4", "455,8"}) words.emplace_back(s);
    for (const std::string& w : words) {
        INFO(w);
        CHECK(got.count(w) == 1);
    }
}

TEST_CASE("a wide table in a portrait document gets landscape pages of its own", "[pdf][table]") {
    doc::Document d;
    d.layout = samples::nd30();
    doc::Paragraph before, after;
    before.runs.push_back(doc::Run{"Ủy ban nhân dân phường Kỳ Sơn báo cáo kết quả thực hiện các chỉ tiêu như sau:"});
    after.runs.push_back(doc::Run{"Trên đây là báo cáo kết quả thực hiện các chỉ tiêu của phường Kỳ Sơn."});
    doc::Heading h;
    h.number = "II.";
    h.text = "KẾT QUẢ THỰC HIỆN";
    doc::Table t = production();
    t.landscape_hint = true;
    // 60 rows: the table runs over more than one landscape page.
    std::vector<std::vector<doc::Cell>> rows;
    for (int i = 0; i < 60; ++i) {
        std::vector<doc::Cell> r;
        t.rows->row(static_cast<std::size_t>(i % 3), r);
        rows.push_back(r);
    }
    t.rows = std::make_shared<doc::VectorRows>(rows);
    d.blocks = {before, h, t, after};
    const auto pdf = render_to(d, scratch("landscape-table"), "turned");
    const int pages = pdf_pages(pdf);
    REQUIRE(pages >= 4);
    const std::string info = run("pdfinfo -f 1 -l " + std::to_string(pages) + " " + quote(pdf)).text;
    const std::regex size("Page +(\\d+) size: +([0-9.]+) x ([0-9.]+) pts");
    std::vector<bool> wide;
    for (auto m = std::sregex_iterator(info.begin(), info.end(), size); m != std::sregex_iterator(); ++m)
        wide.push_back(std::stod((*m)[2]) > std::stod((*m)[3]));
    REQUIRE(wide.size() == static_cast<std::size_t>(pages));
    CHECK_FALSE(wide.front());  // the text before
    CHECK_FALSE(wide.back());   // the text after
    for (int p = 2; p < pages; ++p) {
        INFO("page " << p);
        CHECK(wide[static_cast<std::size_t>(p - 1)]);
        const std::string text = pdf_text(pdf, p);
        CHECK(text.rfind(std::to_string(p) + "\n", 0) == 0);  // the page number, on top
        CHECK(text.find("Tên ngành") != std::string::npos);     // the header repeated
    }
    CHECK(pdf_text(pdf, 2).find("II. KẾT QUẢ THỰC HIỆN") != std::string::npos);  // the heading goes with it
    CHECK(pdf_text(pdf, 1).find("KẾT QUẢ") == std::string::npos);
    CHECK(pdf_text(pdf, pages).find("Trên đây là báo cáo") != std::string::npos);
    CHECK(run("qpdf --check " + quote(pdf)).status == 0);
}

TEST_CASE("a total past 64 bits is left empty, the other totals kept", "[pdf][table]") {
    doc::Document d;
    d.layout = samples::nd30();
    doc::Table t;
    t.id = "tong-tran";
    doc::Column name, big, small;
    name.key = "name";
    name.title = "Tên";
    name.total = doc::Aggregate::Label;
    big.key = "big";
    big.title = "Lớn";
    small.key = "small";
    small.title = "Nhỏ";
    big.type = small.type = doc::CellType::Integer;
    big.total = small.total = doc::Aggregate::Sum;
    t.columns = {name, big, small};
    std::vector<std::vector<doc::Cell>> rows;
    for (int i = 0; i < 2; ++i) {
        doc::Cell n, b, s;
        n.type = doc::CellType::Text;
        n.text = "Dòng " + std::to_string(i + 1);
        b.type = s.type = doc::CellType::Integer;
        // Two halves of more than INT64_MAX: their sum does not fit.
        b.number = Decimal(5000000000000000000, 0);
        s.number = Decimal(20 + i, 0);
        rows.push_back({n, b, s});
    }
    t.rows = std::make_shared<doc::VectorRows>(rows);
    t.totals = wardreport::report::compute_totals(t, "Tổng cộng");
    d.blocks = {t};
    const auto pdf = render_to(d, scratch("total-overflow"), "total");
    std::string text = pdf_text(pdf);
    for (char& ch : text)
        if (ch == '\n') ch = ' ';
    INFO(text);
    CHECK(text.find("Tổng cộng") != std::string::npos);
    CHECK(text.find("41") != std::string::npos);
    // No wrapped (negative) or saturated total.
    CHECK(text.find("-") == std::string::npos);
    CHECK(text.find("9.223") == std::string::npos);
}
