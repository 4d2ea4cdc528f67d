// Whole workbooks written from test documents and read back with openpyxl.
#include "report/totals.hpp"
#include "helpers.hpp"
#include "ky_son_document.hpp"

#include "workbook_writer.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <vector>

using namespace wardreport;
using nlohmann::json;
using xlsx::write_workbook;

namespace {

const std::string s1 = "Biểu 01. Cơ cấu dân tộc";
const std::string s2 = "Biểu 02. Tiến độ thực hiện một…";
const std::string s3 = "Biểu 03. Giá trị sản xuất…";
const std::string s4 = "Cơ sở kinh tế đang hoạt động";

json cell(const std::string& sheet, const std::string& ref, json expect) {
    expect["sheet"] = sheet;
    expect["cell"] = ref;
    return expect;
}

// What the Kỳ Sơn statistics report must read like, written from the source figures.
json ky_son_expectations() {
    json e;
    e["sheets"] = {"Nội dung", s1, s2, s3, s4};
    auto& cells = e["cells"];
    // Text sheet: key figures typed, with their unit in the number format.
    cells.push_back(cell("Nội dung", "A12", json{{"value", "Diện tích tự nhiên"}}));
    cells.push_back(cell("Nội dung", "B12", json{{"value", 115.689}, {"format", "#,##0.000 \"km²\""}}));
    cells.push_back(cell("Nội dung", "B13", json{{"value", 20379}, {"format", "#,##0 \"người\""}}));
    // Biểu 01: title, header, percent shares as fractions, totals by SUM with the cached sum.
    cells.push_back(cell(s1, "A1", json{{"value", s1}, {"bold", true}}));
    cells.push_back(cell(s1, "C2", json{{"value", "Tỷ lệ\n(%)"}, {"bold", true}}));
    cells.push_back(cell(s1, "A3", json{{"value", 1}, {"format", "#,##0"}}));
    cells.push_back(cell(s1, "B3", json{{"value", "Mường"}}));
    cells.push_back(cell(s1, "C3", json{{"value", 0.683}, {"format", "0.0%"}, {"formula", nullptr}}));
    cells.push_back(cell(s1, "C4", json{{"value", 0.289}}));
    cells.push_back(cell(s1, "B5", json{{"value", "Dao và các dân tộc khác"}}));
    cells.push_back(cell(s1, "C5", json{{"value", 0.029}}));
    cells.push_back(cell(s1, "B6", json{{"value", "Tổng cộng"}, {"bold", true}}));
    cells.push_back(cell(s1, "C6", json{{"value", 1.001}, {"formula", "=IF(COUNT(C3:C5)=0,\"\",SUM(C3:C5))"}, {"format", "0.0%"}}));
    cells.push_back(cell(s1, "A8", json{{"value", "Nguồn: Báo Phú Thọ, ngày 23/7/2025."}}));
    // Biểu 02: the derived percent as a live formula with the builder's value cached.
    cells.push_back(cell(s2, "A2", json{{"value", "Số liệu ước đạt năm 2025"}}));
    cells.push_back(cell(s2, "B4", json{{"value", "Số doanh nghiệp hoạt động"}}));
    cells.push_back(cell(s2, "D4", json{{"value", nullptr}}));
    cells.push_back(cell(s2, "E4", json{{"value", 400}, {"format", "#,##0"}}));
    cells.push_back(cell(s2, "G4", json{{"value", 0.515}, {"formula", "=IF(COUNT(F4,E4)<2,\"\",IFERROR(F4/E4,\"\"))"}, {"format", "0.0%"}}));
    // Not computed by the builder: the same live formula, showing blank until the inputs are typed.
    cells.push_back(cell(s2, "G5", json{{"value", ""}, {"formula", "=IF(COUNT(F5,E5)<2,\"\",IFERROR(F5/E5,\"\"))"}, {"format", "0.0%"}}));
    cells.push_back(cell(s2, "G7", json{{"value", 0.768}, {"formula", "=IF(COUNT(F7,E7)<2,\"\",IFERROR(F7/E7,\"\"))"}}));
    // Biểu 03: money with its unit in the format; a derived column that is not a percent.
    cells.push_back(cell(s3, "B3", json{{"value", 921}, {"format", "#,##0 \"tỷ đồng\""}}));
    cells.push_back(cell(s3, "D3", json{{"value", 364}, {"formula", "=IF(COUNT(B3,C3)<2,\"\",B3-C3)"}, {"format", "#,##0 \"tỷ đồng\""}}));
    // The chart with its own data.
    cells.push_back(cell(s4, "B2", json{{"value", "Số cơ sở"}}));
    cells.push_back(cell(s4, "A5", json{{"value", "Hộ kinh doanh cá thể"}}));
    cells.push_back(cell(s4, "B5", json{{"value", 870}}));

    e["merged"] = {{{"sheet", s1}, {"range", "A1:C1"}}, {{"sheet", s2}, {"range", "A1:G1"}},
                   {{"sheet", s2}, {"range", "A2:G2"}}, {{"sheet", "Nội dung"}, {"range", "A6:B6"}}};
    e["freeze"] = {{{"sheet", s1}, {"cell", "A3"}}, {{"sheet", s2}, {"cell", "A4"}}, {{"sheet", s3}, {"cell", "A3"}}};
    e["autofilter"] = {{{"sheet", s1}, {"ref", "A2:C5"}}, {{"sheet", s2}, {"ref", "A3:G7"}}};
    e["print_titles"] = {{{"sheet", s1}, {"rows", "$2:$2"}}, {{"sheet", s2}, {"rows", "$3:$3"}}};
    e["orientation"] = {{{"sheet", s1}, {"orientation", "portrait"}}, {{"sheet", s2}, {"orientation", "landscape"}},
                        {{"sheet", "Nội dung"}, {"orientation", "portrait"}}};
    // "Dao và các dân tộc khác" needs more than the default width.
    e["min_widths"] = {{{"sheet", s1}, {"column", "B"}, {"width", 20}}, {{"sheet", s2}, {"column", "B"}, {"width", 40}}};
    e["charts"] = {
        {{"kind", "pieChart"}, {"refs", {"'" + s1 + "'!$B$3:$B$5", "'" + s1 + "'!$C$3:$C$5", "'" + s1 + "'!$C$2"}}},
        {{"kind", "barChart"}, {"bar_dir", "col"}, {"refs", {"'" + s2 + "'!$B$4:$B$7", "'" + s2 + "'!$G$4:$G$7"}}},
        {{"kind", "barChart"}, {"bar_dir", "col"}, {"refs", {"'" + s4 + "'!$A$3:$A$5", "'" + s4 + "'!$B$3:$B$5"}}}};
    e["properties"] = {{"title", "Báo cáo số liệu thống kê phường Kỳ Sơn năm 2025"},
                       {"creator", "Ủy ban nhân dân phường Kỳ Sơn"},
                       {"subject", "Số liệu kinh tế - xã hội sau hợp nhất"},
                       {"keywords", "Kỳ Sơn, thống kê, dân số, chỉ tiêu"},
                       {"category", "thong-ke"},
                       {"created", "2025-07-23T00:00:00"}};
    e["company"] = "UBND phường Kỳ Sơn, tỉnh Phú Thọ";
    // Fonts from the document's layout profile (nd30 here); the number and the place and date
    // on one row, Nơi nhận level with the signature.
    e["text"] = {{{"sheet", "Nội dung"}, {"value", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}, {"size", 13}, {"bold", true}},
                 {{"sheet", "Nội dung"}, {"value", "BÁO CÁO"}, {"size", 14}, {"bold", true}},
                 {{"sheet", "Nội dung"}, {"value", "Số: 05/BC-UBND"}, {"size", 13}, {"bold", false},
                  {"row_with", "Kỳ Sơn, ngày 23 tháng 7 năm 2025"}},
                 {{"sheet", "Nội dung"}, {"value", "Kỳ Sơn, ngày 23 tháng 7 năm 2025"}, {"size", 14}, {"italic", true}},
                 {{"sheet", "Nội dung"}, {"value", "Nơi nhận:"}, {"size", 12}, {"bold", true}, {"italic", true},
                  {"underline", false}},
                 {{"sheet", "Nội dung"}, {"value", "- Thường trực Đảng ủy phường;"}, {"size", 11}},
                 {{"sheet", "Nội dung"}, {"value", "I. TỔNG QUAN"}},
                 {{"sheet", "Nội dung"}, {"value", "Bảng: Biểu 01. Cơ cấu dân tộc (trang tính “" + s1 + "”)"}},
                 {{"sheet", "Nội dung"}, {"value", "Nguyễn Văn A"}},
                 {{"sheet", "Nội dung"}, {"value", "- Lưu: VT."}},
                 {{"sheet", "Nội dung"}, {"value", "Đại hội đã đề ra 13 chỉ tiêu phát triển KTXH, 2 khâu đột phá và 5 "
                                                     "nhiệm vụ giải pháp trọng tâm."}},
                 {{"sheet", "Nội dung"}, {"value", "1. Thu NSNN trên địa bàn đạt 50 tỷ đồng"}},
                 {{"sheet", "Nội dung"}, {"value", "2. Có 400 doanh nghiệp hoạt động"}}};
    e["rich"] = {{{"style", "bold"}, {"text", "13 chỉ tiêu phát triển KTXH"}},
                 {{"style", "italic"}, {"text", "2 khâu đột phá"}},
                 {{"style", "bold"}, {"text", "50 tỷ đồng"}}};
    return e;
}

}  // namespace

TEST_CASE("xlsx: the Kỳ Sơn statistics report reads back in openpyxl", "[xlsx][workbook]") {
    // Small documents are written in normal mode; the constant-memory mode a big table triggers
    // must give the same workbook content (inline strings instead of shared ones).
    for (bool constant : {false, true}) {
        const auto dir = xlsx_test::output_dir(constant ? "ky-son-constant" : "ky-son");
        const auto path = dir / "ky-son-thong-ke.xlsx";
        xlsx::WorkbookOptions opts;
        opts.constant_memory = constant;
        write_workbook(xlsx_test::ky_son_statistics(), path, opts);
        const auto r = xlsx_test::check_workbook(path, ky_son_expectations());
        INFO("constant memory: " << constant << "\n" << r.output);
        CHECK(r.status == 0);
    }
}

// A tracking table before any actual is known (the Kỳ Sơn case): the derived column must still
// hold its formula on every row the formula applies to, blank until a clerk types the input.
TEST_CASE("xlsx: a derived column with nothing computed yet stays live", "[xlsx][workbook][formula]") {
    using namespace wardreport::doc;
    auto column = [](std::string key, CellType type, std::string formula = {}, Aggregate total = Aggregate::None) {
        Column c;
        c.key = key;
        c.title = key;
        c.type = type;
        c.decimals = type == CellType::Percent ? 1 : 0;
        c.formula = std::move(formula);
        c.total = total;
        return c;
    };
    auto cell_of = [](CellType type, std::int64_t v = 0, std::string text = {}) {
        Cell c;
        c.type = type;
        c.number = Decimal::integer(v);
        c.text = std::move(text);
        return c;
    };
    Table t;
    t.id = "theo-doi";
    t.title = "Theo dõi";
    t.columns = {column("ten", CellType::Text, {}, Aggregate::Label), column("muc_tieu", CellType::Decimal, {}, Aggregate::Sum),
                 column("thuc_hien", CellType::Decimal, {}, Aggregate::Sum),
                 column("ty_le", CellType::Percent, "{thuc_hien}/{muc_tieu}*100")};
    t.rows = std::make_shared<VectorRows>(std::vector<std::vector<Cell>>{
        {cell_of(CellType::Text, 0, "Thu ngân sách"), cell_of(CellType::Decimal, 50), Cell{}, Cell{}},
        {cell_of(CellType::Text, 0, "Doanh nghiệp"), cell_of(CellType::Decimal, 400), Cell{}, Cell{}},
        // The formula does not apply here: text, no formula.
        {cell_of(CellType::Text, 0, "Hộ nghèo"), cell_of(CellType::Decimal, 0), Cell{}, cell_of(CellType::Text, 0, "—")}});
    t.totals = wardreport::report::compute_totals(t, "Tổng cộng");
    Document d;
    d.report = "theo-doi";
    d.meta.title = "Theo dõi";
    d.blocks.push_back(t);
    const std::string sheet = "Theo dõi";
    const std::string guard3 = "=IF(COUNT(C3,B3)<2,\"\",IFERROR(C3/B3,\"\"))";
    json e;
    e["cells"] = {cell(sheet, "D3", json{{"value", ""}, {"formula", guard3}, {"format", "0.0%"}}),
                  cell(sheet, "D4", json{{"value", ""}, {"formula", "=IF(COUNT(C4,B4)<2,\"\",IFERROR(C4/B4,\"\"))"}}),
                  cell(sheet, "D5", json{{"value", "—"}, {"formula", nullptr}}),
                  cell(sheet, "B6", json{{"value", 450}, {"formula", "=IF(COUNT(B3:B5)=0,\"\",SUM(B3:B5))"}}),
                  // Nothing known to add up: blank, not 0, and still a live sum.
                  cell(sheet, "C6", json{{"value", ""}, {"formula", "=IF(COUNT(C3:C5)=0,\"\",SUM(C3:C5))"}}),
                  cell(sheet, "D6", json{{"value", nullptr}, {"formula", nullptr}})};
    for (bool constant : {false, true}) {
        const auto path = xlsx_test::output_dir(constant ? "live-constant" : "live") / "theo-doi.xlsx";
        xlsx::WorkbookOptions opts;
        opts.constant_memory = constant;
        write_workbook(d, path, opts);
        const auto r = xlsx_test::check_workbook(path, e);
        INFO("constant memory: " << constant << "\n" << r.output);
        CHECK(r.status == 0);
    }
}

TEST_CASE("xlsx: two runs give byte-identical workbooks", "[xlsx][workbook]") {
    const auto dir = xlsx_test::output_dir("identical");
    for (bool constant : {false, true}) {
        xlsx::WorkbookOptions opts;
        opts.constant_memory = constant;
        const auto doc = constant ? xlsx_test::households(500) : xlsx_test::ky_son_statistics();
        write_workbook(doc, dir / "a.xlsx", opts);
        write_workbook(doc, dir / "b.xlsx", opts);
        const std::string a = xlsx_test::read_bytes(dir / "a.xlsx"), b = xlsx_test::read_bytes(dir / "b.xlsx");
        INFO("constant memory: " << constant);
        REQUIRE(a.size() > 1000);
        CHECK(a == b);
    }
}

TEST_CASE("xlsx: big tables stream in constant-memory mode and still read back", "[xlsx][workbook][big]") {
    const std::size_t rows = 12000;
    const auto doc = xlsx_test::households(rows);
    REQUIRE(xlsx::uses_constant_memory(doc));
    REQUIRE_FALSE(xlsx::uses_constant_memory(xlsx_test::households(10000)));
    const auto dir = xlsx_test::output_dir("big");
    const auto path = dir / "ho-gia-dinh.xlsx";
    write_workbook(doc, path);
    // Nothing left behind in the output directory (temporary files go there).
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& f : std::filesystem::directory_iterator(dir)) ++files;
    CHECK(files == 1);

    // Expected values from the source rows themselves.
    const auto& table = std::get<doc::Table>(doc.blocks[1]);
    std::vector<doc::Cell> cells;
    double income = 0;
    std::int64_t people = 0;
    for (std::size_t i = 0; i < rows; ++i) {
        table.rows->row(i, cells);
        income += cells[5].number.to_double();
        people += cells[3].number.mantissa();
    }
    table.rows->row(rows - 1, cells);
    const std::string sheet = "Biểu 04. Danh sách hộ gia đình";
    const std::string last = std::to_string(rows + 3);  // title, unit note, header
    const std::string total = std::to_string(rows + 4);
    json e;
    e["sheets"] = {"Nội dung", sheet};
    e["cells"] = {
        cell(sheet, "A1", json{{"value", "Biểu 04. Danh sách hộ gia đình"}}),
        cell(sheet, "B4", json{{"value", "Hộ 1"}}),
        cell(sheet, "E4", json{{"value", 500.0}, {"format", "#,##0.00"}}),
        cell(sheet, "F4", json{{"value", 600.0}, {"format", "#,##0.0 \"triệu đồng\""}}),
        cell(sheet, "G4", json{{"value", 0.3}, {"format", "0.0%"}}),
        cell(sheet, "H4", json{{"value", 600.0}, {"formula", "=IF(COUNT(F4,D4)<2,\"\",IFERROR(F4/D4,\"\"))"}}),
        cell(sheet, "B" + last, json{{"value", "Hộ " + std::to_string(rows)}}),
        cell(sheet, "H" + last, json{{"value", cells[7].number.to_double()}, {"formula", "=IF(COUNT(F" + last + ",D" + last + ")<2,\"\",IFERROR(F" + last + "/D" + last + ",\"\"))"}}),
        cell(sheet, "B" + total, json{{"value", "Tổng cộng"}}),
        cell(sheet, "D" + total, json{{"value", people}, {"formula", "=IF(COUNT(D4:D" + last + ")=0,\"\",SUM(D4:D" + last + "))"}}),
        cell(sheet, "F" + total, json{{"value", income}, {"formula", "=IF(COUNT(F4:F" + last + ")=0,\"\",SUM(F4:F" + last + "))"}})};
    e["merged"] = {{{"sheet", sheet}, {"range", "A1:H1"}}};
    e["freeze"] = {{{"sheet", sheet}, {"cell", "A4"}}};
    e["autofilter"] = {{{"sheet", sheet}, {"ref", "A3:H" + last}}};
    e["print_titles"] = {{{"sheet", sheet}, {"rows", "$3:$3"}}};
    const auto r = xlsx_test::check_workbook(path, e);
    INFO(r.output);
    CHECK(r.status == 0);
}

// Not run by ctest directly (hidden tag): writes the sample workbooks the LibreOffice check
// converts, into $XLSX_SAMPLES_DIR.
TEST_CASE("xlsx: write sample workbooks", "[.samples]") {
    const char* dir = std::getenv("XLSX_SAMPLES_DIR");
    REQUIRE(dir);
    const std::filesystem::path out(dir);
    std::filesystem::create_directories(out);
    xlsx::WorkbookOptions constant;
    constant.constant_memory = true;
    write_workbook(xlsx_test::ky_son_statistics(), out / "ky-son-thong-ke.xlsx");
    write_workbook(xlsx_test::ky_son_statistics(), out / "ky-son-thong-ke-constant-memory.xlsx", constant);
    write_workbook(xlsx_test::households(20000), out / "ho-gia-dinh-20000.xlsx");
    // And the reports of the Kỳ Sơn sample, through the CLI.
    const auto r = xlsx_test::run(std::string(WARDREPORT_CLI) + " render '" + WARDREPORT_SOURCE_DIR +
                                  "/samples/ky-son.yaml' --format xlsx -o '" + out.string() + "'");
    INFO(r.output);
    CHECK(r.status == 0);
}
