// Charts read back from the rendered PDF: labels show the data as given, not recomputed shares.
#include "render.hpp"
#include "samples.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <vector>

using namespace wardreport;
using namespace wardreport::pdf::test;

namespace {

std::size_t count(const std::string& text, const std::string& s) {
    std::size_t n = 0;
    for (auto at = text.find(s); at != std::string::npos; at = text.find(s, at + s.size())) ++n;
    return n;
}

doc::Document pie_document(std::vector<std::optional<double>> values, std::string table) {
    doc::Document d;
    d.layout = pdf::samples::nd30();
    doc::Chart pie;
    pie.kind = doc::ChartKind::Pie;
    pie.id = "co-cau-dan-toc";
    pie.title = "Cơ cấu dân tộc (% dân số)";
    pie.unit = "%";
    pie.categories = {"Mường", "Kinh", "Dao và các dân tộc khác"};
    pie.series = {doc::Series{"Tỷ lệ", std::move(values), "share"}};
    if (!table.empty()) {
        // The table the chart is drawn from: its column shows one decimal.
        doc::Table t;
        t.id = table;
        doc::Column name, share;
        name.key = "name";
        name.title = "Dân tộc";
        share.key = "share";
        share.title = "Tỷ lệ (%)";
        share.type = doc::CellType::Percent;
        share.decimals = 1;
        t.columns = {name, share};
        std::vector<std::vector<doc::Cell>> rows;
        for (std::size_t i = 0; i < pie.categories.size(); ++i) {
            doc::Cell n, v;
            n.type = doc::CellType::Text;
            n.text = pie.categories[i];
            v.type = doc::CellType::Percent;
            v.number = Decimal::from_double(*pie.series[0].values[i], 1);
            rows.push_back({n, v});
        }
        t.rows = std::make_shared<doc::VectorRows>(rows);
        d.blocks.push_back(t);
        pie.table = table;
        pie.category_column = "name";
    }
    d.blocks.push_back(pie);
    return d;
}

}  // namespace

TEST_CASE("pie slices and legend show the values as given, not shares that sum to 100", "[pdf][chart]") {
    // 68,3 + 28,9 + 2,9 = 100,1: a normalised share would print 68,2%.
    const auto pdf = render_to(pie_document({68.3, 28.9, 2.9}, ""), scratch("pie-values"), "pie");
    const std::string text = pdf_text(pdf);
    INFO(text);
    CHECK(count(text, "68,3%") == 2);  // on the slice and in the legend
    CHECK(count(text, "28,9%") == 2);
    CHECK(count(text, "2,9%") == 2);
    CHECK(text.find("68,2%") == std::string::npos);
    CHECK(text.find("Mường: 68,3%") != std::string::npos);
}

TEST_CASE("a pie drawn from a table shows its values with the table column's decimals", "[pdf][chart]") {
    const auto pdf = render_to(pie_document({65.0, 25.0, 10.0}, "dan-toc"), scratch("pie-table"), "pie");
    const std::string text = pdf_text(pdf);
    INFO(text);
    // The table shows "65,0%"; so do the slice and the legend.
    CHECK(count(text, "65,0%") == 3);
    CHECK(count(text, "10,0%") == 3);
    CHECK(text.find("Kinh: 25,0%") != std::string::npos);
}

TEST_CASE("bar category names are shown whole, however many lines they take", "[pdf][chart]") {
    doc::Document d;
    d.layout = pdf::samples::nd30();
    doc::Chart bars;
    bars.kind = doc::ChartKind::Bar;
    bars.id = "tien-do";
    bars.unit = "%";
    for (int i = 0; i < 10; ++i) bars.categories.push_back("Chỉ tiêu " + std::to_string(i + 1));
    bars.categories[6] = "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên";
    bars.categories[0] = "Thu ngân sách nhà nước trên địa bàn";
    bars.series = {doc::Series{"Tiến độ (%)", {43.3, 39.1, 109.4, 41.3, 40.7, 47.3, 97.2, 100, 100, 0}, ""}};
    bars.reference = 100;
    d.blocks.push_back(bars);
    const auto pdf = render_to(d, scratch("bar-labels"), "bars");
    std::string text = pdf_text(pdf);
    for (char& ch : text)
        if (ch == '\n') ch = ' ';
    INFO(text);
    for (const char* w : {"nhiệm", "vụ", "trở", "lên", "địa", "bàn"}) CHECK(text.find(w) != std::string::npos);
}

TEST_CASE("bar value labels are clear of the reference line and of its label", "[pdf][chart]") {
    doc::Document d;
    d.layout = pdf::samples::nd30();
    doc::Chart bars;
    bars.kind = doc::ChartKind::Bar;
    bars.id = "tien-do";
    bars.unit = "%";
    for (char i = 0; i < 10; ++i) bars.categories.push_back(std::string("Chỉ tiêu ") + static_cast<char>('A' + i));
    // 97,2 and 98,5 end just under the line at 100; the last bar stands under the line's label.
    bars.series = {doc::Series{"Tiến độ (%)", {43.3, 39.1, 109.4, 41.3, 97.2, 47.3, 98.5, 100, 100, 99.5}, ""}};
    bars.reference = 100;
    d.blocks.push_back(bars);
    const auto dir = scratch("bar-reference");
    const auto pdf = render_to(d, dir, "bars");
    const auto qdf = dir / "bars-qdf.pdf";
    REQUIRE(run("qpdf --qdf --object-streams=disable " + quote(pdf) + " " + quote(qdf)).status == 0);
    const std::string q = read_file(qdf);
    // The dashed reference line, in PDF space (from the bottom of the page).
    std::smatch m;
    REQUIRE(std::regex_search(q, m, std::regex("\\[4 3 \\] 0 d\\s+([0-9.]+) ([0-9.]+) m\\s+([0-9.]+) ([0-9.]+) l")));
    const double line_x0 = std::stod(m[1]), line_x1 = std::stod(m[3]);
    std::smatch ps;
    const std::string info = run("pdfinfo " + quote(pdf)).text;
    REQUIRE(std::regex_search(info, ps, std::regex("Page size: +[0-9.]+ x ([0-9.]+) pts")));
    const double line_y = std::stod(ps[1]) - std::stod(m[2]);  // from the top, as pdftotext -bbox

    // Words as pdftotext places them: the box spans the font's ascent (0.891 em) and descent
    // (0.216 em); the ink of figures spans 0.68 em up and 0.15 em down from the baseline.
    struct Ink {
        std::string text;
        double x0, x1, top, bottom;
    };
    std::vector<Ink> values;
    std::optional<Ink> ref_label;
    const std::string bbox = run("pdftotext -bbox " + quote(pdf) + " -").text;
    const std::regex word("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>");
    for (auto i = std::sregex_iterator(bbox.begin(), bbox.end(), word); i != std::sregex_iterator(); ++i) {
        const auto& w = *i;
        const double x0 = std::stod(w[1]), y0 = std::stod(w[2]), x1 = std::stod(w[3]), y1 = std::stod(w[4]);
        const double size = (y1 - y0) / 1.107, baseline = y1 - 0.216 * size;
        const Ink ink{w[5], x0, x1, baseline - 0.68 * size, baseline + 0.15 * size};
        if (ink.text == "100%") ref_label = ink;
        else if (x0 > line_x0 && x1 < line_x1 + 1 && std::regex_match(ink.text, std::regex("[0-9][0-9.,]*")))
            values.push_back(ink);
    }
    REQUIRE(values.size() == 10);
    REQUIRE(ref_label);
    for (const Ink& v : values) {
        INFO(v.text << " from " << v.top << " to " << v.bottom << ", the line at " << line_y);
        CHECK((v.bottom < line_y - 0.5 || v.top > line_y + 0.5));
        const bool beside = v.x0 < ref_label->x1 && v.x1 > ref_label->x0;
        CHECK_FALSE((beside && v.top < ref_label->bottom && v.bottom > ref_label->top));
    }
}

TEST_CASE("a bar chart with an unnamed series draws, its legend naming only the named series", "[pdf][chart]") {
    doc::Document d;
    d.layout = pdf::samples::nd30();
    doc::Chart bars;
    bars.kind = doc::ChartKind::Bar;
    bars.id = "hai-chuoi";
    bars.categories = {"Năm 2021", "Năm 2022"};
    // An empty name sets no lines: taking the first one crashed.
    bars.series = {doc::Series{"Kế hoạch", {10, 12}, ""}, doc::Series{"", {9, 13}, ""}};
    d.blocks.push_back(bars);
    const auto pdf = render_to(d, scratch("bar-unnamed-series"), "bars");
    const std::string text = pdf_text(pdf);
    INFO(text);
    CHECK(count(text, "Kế hoạch") == 1);
    CHECK(text.find("Năm 2022") != std::string::npos);
    CHECK(run("qpdf --check " + quote(pdf)).status == 0);
}

namespace {

// Words of the rendered PDF with their boxes (pdftotext -bbox): text, left edge, top edge.
struct Placed {
    std::string text;
    double x = 0, y = 0;
    int page = 0;
};
std::vector<Placed> words_of(const std::filesystem::path& pdf) {
    std::vector<Placed> out;
    const std::string bbox = run("pdftotext -bbox " + quote(pdf) + " -").text;
    const std::regex item("<page |<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\"[^>]*>([^<]*)</word>");
    int page = 0;
    for (auto i = std::sregex_iterator(bbox.begin(), bbox.end(), item); i != std::sregex_iterator(); ++i) {
        if ((*i)[0].str() == "<page ") {
            ++page;
            continue;
        }
        out.push_back(Placed{(*i)[3], std::stod((*i)[1]), std::stod((*i)[2]), page});
    }
    return out;
}

doc::Chart progress_chart(std::vector<std::string> names) {
    doc::Chart bars;
    bars.kind = doc::ChartKind::Bar;
    bars.id = "tien-do";
    bars.title = "Tiến độ thực hiện các chỉ tiêu (%)";
    bars.unit = "%";
    bars.reference = 100;
    std::vector<std::optional<double>> values;
    for (std::size_t i = 0; i < names.size(); ++i)
        values.push_back(i % 5 == 4 ? std::nullopt : std::optional<double>(10.0 * static_cast<double>(i % 12)));
    bars.categories = std::move(names);
    bars.series = {doc::Series{"Tiến độ (%)", std::move(values), ""}};
    return bars;
}

}  // namespace

TEST_CASE("short category names stand under columns, long ones at the left of horizontal bars", "[pdf][chart]") {
    doc::Document d;
    d.layout = pdf::samples::nd30();
    d.blocks.push_back(progress_chart({"Năm 2021", "Năm 2022", "Năm 2023"}));
    d.blocks.push_back(progress_chart({"Năm 2024", "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên mỗi năm",
                                       "Năm 2025", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030"}));
    const auto pdf = render_to(d, scratch("bar-orientation"), "bars");
    const std::vector<Placed> words = words_of(pdf);
    auto find = [&](const std::string& w) {
        for (const Placed& p : words)
            if (p.text == w) return p;
        FAIL("no word " << w);
        return Placed{};
    };
    // Columns: the names side by side on one line under the plot.
    CHECK(find("2021").y == Approx(find("2023").y).margin(0.5));
    CHECK(find("2023").x > find("2021").x + 50);
    // Bars: the names one under the other, at the left margin, the scale to their right.
    CHECK(find("2025").x == Approx(find("2024").x).margin(0.5));
    CHECK(find("2025").y > find("2024").y + 5);
    CHECK(find("2030").y > find("2025").y + 5);
    // The long name starts its row at the same margin as the short ones: it is not wrapped into
    // a column's width.
    CHECK(find("Tổ").x < find("2025").x);
}

TEST_CASE("a progress chart of many long-named targets continues over pages with its scale on each", "[pdf][chart]") {
    // 40 targets named at the 200-character limit of a target's name: drawn as columns this was
    // taller than a page and the plugin refused a file that `validate` accepts.
    std::vector<std::string> names;
    for (int i = 1; i <= 40; ++i) {
        std::string n = "Chỉ tiêu số " + std::to_string(i) +
                        " về phát triển kinh tế xã hội bền vững, nâng cao đời sống vật chất và tinh thần của nhân dân "
                        "trên địa bàn, bảo đảm quốc phòng an ninh và xây dựng hệ thống chính trị trong sạch vững mạnh";
        names.push_back(n);
    }
    doc::Document d;
    d.layout = pdf::samples::nd30();
    d.blocks.push_back(progress_chart(names));
    const auto pdf = render_to(d, scratch("bar-many-long"), "bars");
    CHECK(run("qpdf --check " + quote(pdf)).status == 0);
    const int pages = pdf_pages(pdf);
    CHECK(pages > 2);
    std::string text = pdf_text(pdf);
    for (char& ch : text)
        if (ch == '\n') ch = ' ';
    text = std::regex_replace(text, std::regex(" +"), " ");
    // Every name whole; the scale and the reference line's value over each page.
    for (const std::string& n : names) {
        INFO(n);
        CHECK(count(text, n) == 1);
    }
    CHECK(count(text, "100%") == static_cast<std::size_t>(pages));
    CHECK(count(text, "chưa có số liệu") == 8);
}

TEST_CASE("a pie of many categories has its legend under it in columns, continuing over pages", "[pdf][chart]") {
    // A commune may hold most of the 54 ethnic groups: the legend beside the pie was taller than
    // a page and the plugin refused a file `validate` accepts.
    doc::Document d;
    d.layout = pdf::samples::nd30();
    doc::Chart pie;
    pie.kind = doc::ChartKind::Pie;
    pie.id = "co-cau-dan-toc";
    pie.title = "Cơ cấu dân tộc (% dân số)";
    pie.unit = "%";
    std::vector<std::optional<double>> values;
    for (int i = 0; i < 120; ++i) {
        pie.categories.push_back("Dân tộc thứ " + std::to_string(i + 1));
        values.push_back(i == 0 ? 40.5 : 0.5);
    }
    pie.series = {doc::Series{"Tỷ lệ", std::move(values), ""}};
    d.blocks.push_back(pie);
    const auto pdf = render_to(d, scratch("pie-many"), "pie");
    CHECK(run("qpdf --check " + quote(pdf)).status == 0);
    CHECK(pdf_pages(pdf) == 2);
    const std::string text = pdf_text(pdf);
    for (int i = 1; i <= 120; ++i) {
        const std::string entry = "Dân tộc thứ " + std::to_string(i) + ": " + (i == 1 ? "40,5%" : "0,5%");
        INFO(entry);
        CHECK(count(text, entry) == 1);
    }
    // The big slice is labelled; the 119 thin ones only in the legend, never piled up.
    CHECK(count(text, "40,5%") == 2);
    CHECK(count(text, ": 0,5%") == 119);
    CHECK(count(text, "0,5%") == 119 + 2);  // and inside "40,5%" twice
}
