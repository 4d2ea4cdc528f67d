// The `each` block: blocks repeated per item of a list of the data, the item as their innermost
// scope; the congress resolution numbers one item per group of targets with it.
#include "helpers.hpp"

using namespace wardreport;
using namespace wrtest;

namespace {

// Loads `text` as definition `name` next to the built-in catalog; returns the messages.
std::string load_messages(const TempDir& dir, const std::string& name, const std::string& text, bool& ok,
                          report::Catalog& c) {
    const fs::path file = dir.write(name, text);
    Diagnostics d;
    ok = c.add_directory(dir.path(), d);
    std::string out = messages(d);
    for (std::size_t at = out.find(file.string()); at != std::string::npos; at = out.find(file.string()))
        out.replace(at, file.string().size(), name);
    return out;
}

const char* head = "description: x\nprofile: hd36\nblocks:\n";

std::vector<std::string> headings(const doc::Document& d, int level) {
    std::vector<std::string> out;
    for (const doc::Heading* h : blocks_of<doc::Heading>(d))
        if (h->level == level) out.push_back(h->number + " " + h->text);
    return out;
}

}  // namespace

TEST_CASE("report each: Kỳ Sơn's resolution gives each group of targets its numbered item", "[each]") {
    const doc::Document d = build(builtin_catalog(), "nghi-quyet", load_sample("ky-son.yaml"));
    const auto h2 = headings(d, 2);
    CHECK(std::count(h2.begin(), h2.end(), "1. Về phát triển kinh tế - xã hội") == 1);
    CHECK(std::count(h2.begin(), h2.end(), "2. Về xây dựng Đảng, hệ thống chính trị") == 1);
    CHECK(std::count(h2.begin(), h2.end(), "3. Về quốc phòng - an ninh") == 1);
    const std::string text = report::document_text(d);
    // The resolution states each group's count and lists the 5 recorded targets; it says nothing
    // of what the data lacks (that is for the tracking report).
    CHECK_THAT(text, Catch::Contains(
        "1. Về phát triển kinh tế - xã hội\n\nGồm 13 chỉ tiêu, trong đó có:\n\n"
        "- Phấn đấu đến năm 2030 thu NSNN trên địa bàn đạt 50 tỷ đồng;\n"
        "- Tổng vốn đầu tư toàn xã hội tăng bình quân 10%/năm;\n"
        "- Có 400 doanh nghiệp hoạt động;\n"
        "- 100% hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình;\n"
        "- Phấn đấu đến năm 2030 cơ bản không còn hộ nghèo.\n\n"
        "2. Về xây dựng Đảng, hệ thống chính trị\n\nGồm 2 chỉ tiêu.\n\n"
        "3. Về quốc phòng - an ninh\n\nGồm 2 chỉ tiêu.\n\n"));
    CHECK_THAT(text, !Catch::Contains("chưa được cập nhật"));
    CHECK_THAT(text, !Catch::Contains("Ngoài ra"));
    // A group the data lists fully: "Gồm 2 chỉ tiêu:" and the list; one listed partly: "trong đó có".
    const std::string demo = report::document_text(build(builtin_catalog(), "nghi-quyet", load_sample("xa-minh-hoa-demo.yaml")));
    CHECK_THAT(demo, Catch::Contains("2. Về xây dựng Đảng và hệ thống chính trị\n\nGồm 2 chỉ tiêu:\n\n"
                                     "- Trong nhiệm kỳ kết nạp 150 đảng viên trở lên;"));
    CHECK_THAT(demo, Catch::Contains("1. Về kinh tế - xã hội\n\nGồm 8 chỉ tiêu, trong đó có:\n\n"
                                     "- Thu ngân sách nhà nước trên địa bàn đến năm 2030 đạt 60 tỷ đồng trở lên;"));
    CHECK_THAT(demo, Catch::Contains("- Tỷ lệ hộ nghèo đến năm 2030 còn dưới 1,5%;\n- Xã đạt chuẩn nông thôn mới nâng cao.\n\n2. Về xây dựng Đảng"));
    CHECK_THAT(demo, !Catch::Contains("chưa được cập nhật"));
}

TEST_CASE("report each: a user's definition repeats blocks with when, unless and nested lists per item", "[each]") {
    TempDir dir;
    report::Catalog c = builtin_catalog();
    bool ok = false;
    const std::string m = load_messages(dir, "nhom.yaml", std::string(head) +
        "  - each:\n"
        "      items: resolution.groups\n"
        "      blocks:\n"
        "        - heading: {level: 2, text: \"{{name}} ({{identity.name}})\"}\n"
        "        - paragraph: \"Đủ {{count.text}}.\"\n"
        "          when: complete\n"
        "        - paragraph: \"Thiếu {{unrecorded_count.text}}.\"\n"
        "          unless: complete\n"
        "        - list: {items: targets, text: \"{{number}} {{name}}\"}\n", ok, c);
    INFO(m);
    REQUIRE(ok);
    const std::string text = report::document_text(build(c, "nhom", load_sample("xa-minh-hoa-demo.yaml")));
    CHECK_THAT(text, Catch::Contains("1. Kinh tế - xã hội (Minh Họa (dữ liệu minh họa))\n\nThiếu 2 chỉ tiêu.\n\n- 1.1 Thu ngân sách nhà nước trên địa bàn"));
    CHECK_THAT(text, Catch::Contains("2. Xây dựng Đảng và hệ thống chính trị (Minh Họa (dữ liệu minh họa))\n\nĐủ 2 chỉ tiêu.\n\n- 2.1 Kết nạp đảng viên mới"));
    CHECK_THAT(text, Catch::Contains("3. Quốc phòng - an ninh (Minh Họa (dữ liệu minh họa))\n\nĐủ 3 chỉ tiêu."));
}

TEST_CASE("report each: mistakes are reported at their place", "[each]") {
    TempDir dir;
    report::Catalog c = builtin_catalog();
    bool ok = true;
    std::string m = load_messages(dir, "sai.yaml", std::string(head) +
        "  - each:\n      items: resolution.groups\n      blocks:\n        - paragraph: \"{{nam}}\"\n", ok, c);
    CHECK_FALSE(ok);
    CHECK_THAT(m, Catch::Contains("sai.yaml:7:23: error: unknown field 'nam'; did you mean 'name'?"));

    TempDir dir2;
    m = load_messages(dir2, "sai.yaml", std::string(head) +
        "  - each:\n      items: resolution.groups\n      blocks:\n"
        "        - table: {id: t, rows: targets, columns: [{key: a, field: name}]}\n", ok, c);
    CHECK_FALSE(ok);
    CHECK_THAT(m, Catch::Contains("sai.yaml:7:11: error: a table cannot repeat inside 'each'"));

    TempDir dir3;
    m = load_messages(dir3, "sai.yaml", std::string(head) + "  - each: {items: identity.name, blocks: []}\n", ok, c);
    CHECK_FALSE(ok);
    CHECK_THAT(m, Catch::Contains("sai.yaml:4:19: error: 'identity.name' is not a list"));

    TempDir dir4;
    m = load_messages(dir4, "sai.yaml", std::string(head) + "  - each: {items: resolution.groups}\n", ok, c);
    CHECK_FALSE(ok);
    CHECK_THAT(m, Catch::Contains("sai.yaml:4:11: error: each needs 'blocks'"));
}
