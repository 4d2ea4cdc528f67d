// Charts read back from the rendered PDF: labels show the data as given, not recomputed shares.
#include "render.hpp"
#include "samples.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <string>

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
