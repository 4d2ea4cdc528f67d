// `wardreport reports` and `render --dump` through the real executable.
#include "helpers.hpp"

using namespace wrtest;

TEST_CASE("wardreport reports lists the definitions with a description", "[cli]") {
    const Result r = cli("reports");
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("nghi-quyet "));
    CHECK_THAT(r.out, Catch::Contains("bao-cao-thong-ke "));
    CHECK_THAT(r.out, Catch::Contains("theo-doi-chi-tieu "));
    CHECK_THAT(r.out, Catch::Contains("[hd36]  Nghị quyết Đại hội đại biểu Đảng bộ"));
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 3);
}

TEST_CASE("wardreport reports --reports-dir adds a user's definitions and checks them", "[cli]") {
    TempDir dir;
    dir.write("rieng.yaml", "description: Báo cáo riêng\nprofile: nd30\nblocks:\n  - paragraph: \"{{identity.name}}\"\n");
    Result r = cli("reports --reports-dir '" + dir.path().string() + "'");
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("rieng              [nd30]  Báo cáo riêng"));

    dir.write("hong.yaml", "description: Hỏng\nprofile: nd30\nblocks:\n  - paragraph: \"{{identity.nam}}\"\n");
    r = cli("reports --reports-dir '" + dir.path().string() + "'");
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("hong.yaml:4:17: error: unknown field 'identity.nam'; did you mean 'identity.name'?"));
    CHECK_THAT(r.out, Catch::Contains("rieng"));  // the good ones are still listed
}

TEST_CASE("render --dump text shows the built document", "[cli]") {
    const Result r = cli("render '" + sample("ky-son.yaml").string() + "' --report nghi-quyet --dump text");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("Số 01-NQ/ĐH"));
    CHECK_THAT(r.out, Catch::Contains("Kỳ Sơn, ngày 23 tháng 7 năm 2025"));
    CHECK_THAT(r.out, Catch::Contains("\nNGHỊ QUYẾT\n"));
}

TEST_CASE("render of a report whose section the ward file lacks points at the ward file", "[cli]") {
    TempDir dir;
    dir.write("khong-dai-hoi.yaml", "wardreport: 1\nward: {name: Thử, kind: xã, province: Lào Cai}\n"
                                    "geography: {area: 12.5}\n");
    const std::string file = (dir.path() / "khong-dai-hoi.yaml").string();
    const std::string out = (dir.path() / "out").string();
    Result r = cli("render '" + file + "' --report nghi-quyet --format pdf -o '" + out + "'");
    CHECK(r.status == 1);
    // At the ward file, line 1 (the file has no congress section), saying what to add; never at
    // the report definition the clerk did not write.
    CHECK_THAT(r.err, Catch::Contains(file + ":1:1: error: report 'nghi-quyet' needs 'congress', which the ward data "
                                             "does not have; add a 'congress:' section with at least its 'ordinal'"));
    CHECK_THAT(r.err, !Catch::Contains("reports/nghi-quyet.yaml"));
    CHECK_FALSE(fs::exists(dir.path() / "out" / "khong-dai-hoi-nghi-quyet.pdf"));

    // A resolution with no targets: at the resolution section.
    dir.write("khong-chi-tieu.yaml", "wardreport: 1\nward: {name: Thử, kind: xã, province: Lào Cai}\n"
                                     "congress: {ordinal: 1, term: 2025-2030}\nresolution:\n  overall_goal: Phát triển\n");
    const std::string file2 = (dir.path() / "khong-chi-tieu.yaml").string();
    r = cli("render '" + file2 + "' --report theo-doi-chi-tieu --dump text");
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains(file2 + ":4:1: error: report 'theo-doi-chi-tieu' needs 'resolution.targets', which the "
                                              "ward data does not have; add 'targets:' under 'resolution:'"));
}

TEST_CASE("render --format F --dump: the budget's blank row is in the xlsx document only", "[cli][input_row]") {
    const std::string demo = "render '" + sample("xa-minh-hoa-demo.yaml").string() + "' --report bao-cao-thong-ke ";
    Result r = cli(demo + "--format xlsx --dump json");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("economy.budget_revenue.new.year"));
    for (const char* format : {"pdf", "docx", "md"}) {
        r = cli(demo + "--format " + format + " --dump json");
        REQUIRE(r.status == 0);
        CHECK_THAT(r.out, !Catch::Contains("economy.budget_revenue.new.") && Catch::Contains("economy.budget_revenue.2025.plan"));
    }
    // No budget year: the table of the blank row alone is the workbook's only, title included.
    const std::string ky_son = "render '" + sample("ky-son.yaml").string() + "' --report bao-cao-thong-ke ";
    r = cli(ky_son + "--format xlsx --dump text");
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("Thu ngân sách nhà nước trên địa bàn"));
    r = cli(ky_son + "--format pdf --dump text");
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, !Catch::Contains("Thu ngân sách nhà nước") && Catch::Contains("Giá trị sản xuất"));
}
