// docs/report-definitions.md stays true to the code: it names every path of the data tree and
// every block type, and its worked example loads and builds.
#include "helpers.hpp"

using namespace wardreport;
using namespace wrtest;

namespace {

std::string read_doc() {
    const std::string doc = read_file(source_path("docs/report-definitions.md"));
    REQUIRE(!doc.empty());
    return doc;
}

}  // namespace

TEST_CASE("report docs: every path of the data tree is listed", "[docs]") {
    const std::string doc = read_doc();
    const auto fields = report::data_fields();
    REQUIRE(fields.size() > 100);
    for (const std::string& f : fields) {
        INFO("run `wardreport reports --fields` and paste its output into docs/report-definitions.md");
        CHECK_THAT(doc, Catch::Contains("\n" + f + "\n"));
    }
    for (const char* block : {"header", "title", "heading", "paragraph", "list", "table", "chart", "key_figures",
                              "closing", "page_break", "section", "each"})
        CHECK_THAT(doc, Catch::Contains(std::string("| `") + block + "` |"));
}

TEST_CASE("report docs: the example of adding a report loads and builds", "[docs]") {
    const std::string doc = read_doc();
    const std::size_t start = doc.find("```yaml\ndescription: Danh sách");
    REQUIRE(start != std::string::npos);
    const std::size_t end = doc.find("```", start + 8);
    TempDir dir;
    dir.write("danh-sach-chi-tieu.yaml", doc.substr(start + 8, end - start - 8));
    report::Catalog c = builtin_catalog();
    Diagnostics d;
    INFO(messages(d));
    REQUIRE(c.add_directory(dir.path(), d));
    const std::string text = report::document_text(build(c, "danh-sach-chi-tieu", load_sample("xa-minh-hoa-demo.yaml")));
    CHECK_THAT(text, Catch::Contains("I- KINH TẾ - XÃ HỘI\n\n- 1.1. Thu ngân sách nhà nước trên địa bàn đến năm 2030 đạt 60 tỷ đồng trở lên (đúng tiến độ)"));
}

TEST_CASE("report docs: wardreport reports --fields prints the data tree paths", "[docs][cli]") {
    const Result r = cli("reports --fields");
    REQUIRE(r.status == 0);
    std::istringstream in(r.out);
    std::string line;
    std::vector<std::string> lines;
    while (std::getline(in, line)) lines.push_back(line);
    CHECK(lines == report::data_fields());
}
