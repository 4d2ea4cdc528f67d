// End to end: the CLI renders the Kỳ Sơn sample with the built xlsx plugin; every workbook reads
// back in openpyxl with the sample's figures, and a second run gives the same bytes.
#include "helpers.hpp"

#include <catch2/catch.hpp>

#include <set>

using nlohmann::json;

namespace {

std::string render(const std::filesystem::path& out) {
    return std::string(WARDREPORT_CLI) + " render '" + WARDREPORT_SOURCE_DIR + "/samples/ky-son.yaml' --format xlsx -o '" +
           out.string() + "'";
}

json cell(const std::string& sheet, const std::string& ref, json expect) {
    expect["sheet"] = sheet;
    expect["cell"] = ref;
    return expect;
}

}  // namespace

TEST_CASE("xlsx: the CLI renders the Kỳ Sơn sample as workbooks", "[xlsx][cli]") {
    const auto dir = xlsx_test::output_dir("cli");
    const auto r = xlsx_test::run(render(dir / "a"));
    INFO(r.output);
    REQUIRE(r.status == 0);
    std::set<std::string> files;
    for (const auto& f : std::filesystem::directory_iterator(dir / "a")) files.insert(f.path().filename().string());
    CHECK(files == std::set<std::string>{"ky-son-bao-cao-thong-ke.xlsx", "ky-son-nghi-quyet.xlsx",
                                         "ky-son-theo-doi-chi-tieu.xlsx"});

    SECTION("statistics report: tables with typed cells, the ethnic pie bound to its sheet") {
        const std::string area = "Biểu 01. Diện tích và dân số", ethnic = "Biểu 02. Thành phần dân tộc…";
        json e;
        e["cells"] = {cell(area, "C3", {{"value", 115.689}, {"format", "#,##0.000"}}),
                      cell(area, "C4", {{"value", 20379}, {"format", "#,##0"}}),
                      cell(ethnic, "B3", {{"value", "Mường"}}),
                      cell(ethnic, "C3", {{"value", 0.683}, {"format", "0.0%"}}),
                      cell(ethnic, "C4", {{"value", 0.289}}),
                      cell(ethnic, "C5", {{"value", 0.029}})};
        // The stated change against the base year: the number, its sign shown by the format.
        const std::string production = "Biểu 05. Giá trị sản xuất theo…";
        e["cells"].push_back(cell(production, "F3", {{"value", 557}, {"format", "\"+\"#,##0;\"\u2212\"#,##0;#,##0"},
                                                     {"formula", nullptr}}));
        e["charts"] = {{{"kind", "pieChart"}, {"refs", {"'" + ethnic + "'!$B$3:$B$5", "'" + ethnic + "'!$C$3:$C$5"}}}};
        e["freeze"] = {{{"sheet", ethnic}, {"cell", "A3"}}};
        e["autofilter"] = {{{"sheet", ethnic}, {"ref", "A2:C5"}}};
        e["properties"] = {{"creator", "Ủy ban nhân dân phường Kỳ Sơn"}};
        const auto c = xlsx_test::check_workbook(dir / "a" / "ky-son-bao-cao-thong-ke.xlsx", e);
        INFO(c.output);
        CHECK(c.status == 0);
    }
    SECTION("target tracking: the wide table prints landscape, figures as numbers") {
        const std::string sheet = "Bảng theo dõi thực hiện chỉ…";
        json e;
        e["cells"] = {cell(sheet, "B5", {{"value", "Doanh nghiệp hoạt động"}}),
                      cell(sheet, "F5", {{"value", 206}, {"format", "#,##0"}}),
                      cell(sheet, "K2", {{"value", "% so với mục tiêu"}}),
                      cell(sheet, "H2", {{"value", "Năm cần đạt"}}),
                      cell(sheet, "H3", {{"value", "2030"}}),
                      // The workbook's own columns stand before Tiến độ and Đánh giá (U, V): the
                      // rule (L, M) and its parameters, which the formulas read.
                      cell(sheet, "L2", {{"value", "Cách\nđánh giá"}}),
                      cell(sheet, "L3", {{"value", "mức"}}),
                      cell(sheet, "M3", {{"value", "ít nhất"}}),
                      cell(sheet, "V2", {{"value", "Đánh giá"}}),
                      cell(sheet, "V3", {{"value", "chưa có số liệu"}})};
        // No actuals yet: every row the ratio applies to holds its live formula, showing blank;
        // the lowering target (1.5) holds "—" and no formula.
        for (int row = 3; row <= 6; ++row) {
            const std::string n = std::to_string(row);
            e["cells"].push_back(cell(sheet, "K" + n, {{"value", ""}, {"format", "0.0%"},
                                                       {"formula", "=IF(COUNT(J" + n + ",G" + n + ")<2,\"\",IFERROR(J" + n +
                                                                       "/G" + n + ",\"\"))"}}));
        }
        e["cells"].push_back(cell(sheet, "K7", {{"value", "—"}, {"formula", nullptr}}));
        // Years ("2025" in Năm gốc) and TT ("1.1") stay text, without Excel's warning.
        e["cells"].push_back(cell(sheet, "E5", {{"value", "2025"}}));
        e["cells"].push_back(cell(sheet, "A5", {{"value", "1.3"}}));
        e["text_columns"] = {{{"sheet", sheet}, {"ranges", "A3:A7 B3:B7 C3:C7 D3:D7 E3:E7 H3:H7 I3:I7 L3:L7 M3:M7 Q3:Q7 R3:R7 S3:S7 T3:T7 V3:V7"}}};
        e["orientation"] = {{{"sheet", sheet}, {"orientation", "landscape"}}};
        e["print_titles"] = {{{"sheet", sheet}, {"rows", "$2:$2"}}};
        const auto c = xlsx_test::check_workbook(dir / "a" / "ky-son-theo-doi-chi-tieu.xlsx", e);
        INFO(c.output);
        CHECK(c.status == 0);
    }
    SECTION("resolution: the text sheet holds the document") {
        json e;
        e["sheets"] = {"Nội dung"};
        // Fonts from the hd36 profile; the number and the place and date on one row.
        const std::string t = "Nội dung";
        e["text"] = {{{"sheet", t}, {"value", "NGHỊ QUYẾT"}, {"size", 16}, {"bold", true}},
                     {{"sheet", t}, {"value", "QUYẾT NGHỊ"}},
                     {{"sheet", t}, {"value", "ĐẢNG CỘNG SẢN VIỆT NAM"}, {"size", 15}, {"bold", true}},
                     {{"sheet", t}, {"value", "ĐẢNG BỘ PHƯỜNG KỲ SƠN"}, {"size", 14}, {"bold", true}},
                     {{"sheet", t}, {"value", "Số 01-NQ/ĐH"}, {"size", 14}, {"bold", false}, {"italic", false},
                      {"row_with", "Kỳ Sơn, ngày 23 tháng 7 năm 2025"}},
                     {{"sheet", t}, {"value", "Kỳ Sơn, ngày 23 tháng 7 năm 2025"}, {"italic", true}},
                     {{"sheet", t}, {"value", "Nơi nhận:"}, {"size", 14}, {"underline", true}, {"bold", false},
                      {"italic", false}, {"row_with", "T/M ĐOÀN CHỦ TỊCH"}},
                     {{"sheet", t}, {"value", "- Lưu Văn phòng Đảng ủy."}, {"size", 12}}};
        e["properties"] = {{"created", "2025-07-23T00:00:00"}};
        const auto c = xlsx_test::check_workbook(dir / "a" / "ky-son-nghi-quyet.xlsx", e);
        INFO(c.output);
        CHECK(c.status == 0);
    }
    SECTION("a second run writes the same bytes") {
        const auto again = xlsx_test::run(render(dir / "b"));
        REQUIRE(again.status == 0);
        for (const auto& f : files) {
            INFO(f);
            CHECK(xlsx_test::read_bytes(dir / "a" / f) == xlsx_test::read_bytes(dir / "b" / f));
        }
    }
}
