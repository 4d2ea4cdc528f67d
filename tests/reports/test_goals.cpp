// The goal of a target in the words resolutions use, per kind and comparison: the short form of
// the tracking table ("goal") and the sentence of a target the data records no statement of
// ("display").
#include "helpers.hpp"

#include "report/data_tree.hpp"

using namespace wardreport;
using namespace wrtest;

namespace {

Decimal dec(const char* s) { return *Decimal::parse(s); }

Target make(const std::string& name, const std::string& unit, TargetKind kind) {
    Target t;
    t.id = "t";
    t.group = "g";
    t.name = name;
    t.unit = unit;
    t.kind = kind;
    t.target_year = 2030;
    return t;
}

Target level(const std::string& name, const std::string& unit, Comparison c, const char* value) {
    Target t = make(name, unit, TargetKind::Level);
    t.comparison = c;
    t.value = dec(value);
    return t;
}

// The target node of the data tree of a ward holding only `t`.
report::DataNode node(const Target& t) {
    Ward w;
    w.identity.name = "Thử";
    w.party.committee = "Đảng bộ xã Thử";
    Congress c;
    c.ordinal = 1;
    c.term = {2025, 2030};
    w.congress = c;
    Resolution r;
    r.groups = {TargetGroup{"g", "Kinh tế", std::nullopt}};
    r.targets = {t};
    w.resolution = r;
    return report::ward_tree(w, report::DocumentOptions{})["resolution"]["targets"][0];
}

std::string goal(const Target& t) { return node(t)["goal"].text(); }
std::string display(const Target& t) { return node(t)["display"].text(); }

}  // namespace

TEST_CASE("report goal: levels by comparison", "[goals]") {
    CHECK(goal(level("Thu ngân sách", "tỷ đồng", Comparison::AtLeast, "50")) == "đạt 50 tỷ đồng");
    CHECK(goal(level("Doanh nghiệp hoạt động", "doanh nghiệp", Comparison::AtLeast, "400")) == "đạt 400 doanh nghiệp");
    CHECK(goal(level("Tỷ lệ che phủ", "%", Comparison::Above, "85")) == "trên 85%");
    CHECK(goal(level("Tỷ lệ hộ nghèo", "%", Comparison::AtMost, "1.5")) == "không quá 1,5%");
    CHECK(goal(level("Tỷ lệ thôn có ma túy", "%", Comparison::Below, "10")) == "dưới 10%");
    CHECK(goal(level("Tuyển quân", "%", Comparison::Exactly, "100")) == "100%");
}

TEST_CASE("report goal: at most zero says 'không còn', never 'không quá 0'", "[goals]") {
    // The name is the thing counted: said in its own words.
    CHECK(goal(level("Hộ nghèo", "hộ", Comparison::AtMost, "0")) == "không còn hộ nghèo");
    CHECK(display(level("Hộ nghèo", "hộ", Comparison::AtMost, "0")) == "Đến năm 2030 không còn hộ nghèo");
    // Otherwise the figure, with what it means.
    CHECK(goal(level("Số vụ cháy rừng", "vụ", Comparison::AtMost, "0")) == "0 vụ (không còn)");
    // The unit must be the name's whole first word: "hội" begins with the bytes of "hộ".
    CHECK(goal(level("Hội viên nợ quá hạn", "hộ", Comparison::AtMost, "0")) == "0 hộ (không còn)");
    CHECK_THAT(goal(level("Hộ nghèo", "hộ", Comparison::AtMost, "0")), !Catch::Contains("không quá"));
}

TEST_CASE("report goal: range, growth, change and total", "[goals]") {
    Target range = make("Thu nhập bình quân đầu người", "triệu đồng", TargetKind::Range);
    range.min = dec("165");
    range.max = dec("190");
    CHECK(goal(range) == "165\u2013190 triệu đồng");
    CHECK(display(range) == "Thu nhập bình quân đầu người đến năm 2030 đạt 165\u2013190 triệu đồng");

    Target growth = make("Tổng vốn đầu tư", "tỷ đồng", TargetKind::Growth);
    growth.rate = dec("10");
    CHECK(goal(growth) == "tăng bình quân 10%/năm");
    CHECK(display(growth) == "Tổng vốn đầu tư tăng bình quân 10%/năm");
    growth.rate = dec("-2.1");
    CHECK(goal(growth) == "giảm bình quân 2,1%/năm");

    Target change = make("Giá trị sản xuất nông nghiệp", "tỷ đồng", TargetKind::Change);
    change.rate = dec("31.6");
    change.baseline = dec("310");
    change.baseline_year = 2025;
    CHECK(goal(change) == "tăng 31,6% so với năm 2025");
    CHECK(display(change) == "Giá trị sản xuất nông nghiệp đến năm 2030 tăng 31,6% so với năm 2025");
    change.rate = dec("-20");
    CHECK(goal(change) == "giảm 20% so với năm 2025");

    Target total = make("Kết nạp đảng viên mới", "đảng viên", TargetKind::Total);
    total.value = dec("600");
    CHECK(goal(total) == "600 đảng viên trong nhiệm kỳ");
    CHECK(display(total) == "Kết nạp đảng viên mới đạt 600 đảng viên trong nhiệm kỳ");
}

TEST_CASE("report goal: sentences of levels read after the target's name", "[goals]") {
    CHECK(display(level("Thu ngân sách", "tỷ đồng", Comparison::AtLeast, "50")) == "Thu ngân sách đến năm 2030 đạt 50 tỷ đồng");
    CHECK(display(level("Tỷ lệ che phủ", "%", Comparison::Above, "85")) == "Tỷ lệ che phủ đến năm 2030 đạt trên 85%");
    CHECK(display(level("Tỷ lệ hộ nghèo", "%", Comparison::AtMost, "1.5")) == "Tỷ lệ hộ nghèo đến năm 2030 còn không quá 1,5%");
    CHECK(display(level("Tỷ lệ hộ nghèo", "%", Comparison::Below, "1.5")) == "Tỷ lệ hộ nghèo đến năm 2030 còn dưới 1,5%");
    CHECK(display(level("Tuyển quân", "%", Comparison::Exactly, "100")) == "Tuyển quân đến năm 2030 đạt 100%");
}

TEST_CASE("report goal: every kind in the fictional sample's tracking table", "[goals]") {
    const doc::Document d = build(builtin_catalog(), "theo-doi-chi-tieu", load_sample("xa-minh-hoa-demo.yaml"));
    const doc::Table* t = d.find_table("chi-tieu");
    REQUIRE(t);
    std::vector<std::string> goals;
    for (std::size_t i = 0; i < t->size(); ++i) goals.push_back(row(*t, i)[column(*t, "goal")].text);
    CHECK(goals == std::vector<std::string>{
                       "đạt 60 tỷ đồng", "85\u201395 triệu đồng/người/năm", "tăng bình quân 10%/năm",
                       "tăng 25% so với năm 2025", "không quá 1,5%", "giảm bình quân 0,5 điểm %/năm", "",
                       "150 đảng viên trong nhiệm kỳ", "trên 90%", "100%", "giảm 20% so với năm 2025", "dưới 10%"});
}

TEST_CASE("report goal: Kỳ Sơn's poverty target reads 'không còn hộ nghèo'", "[goals]") {
    const doc::Document d = build(builtin_catalog(), "theo-doi-chi-tieu", load_sample("ky-son.yaml"));
    const doc::Table* t = d.find_table("chi-tieu");
    REQUIRE(t);
    REQUIRE(t->size() == 5);
    CHECK(row(*t, 4)[column(*t, "goal")].text == "không còn hộ nghèo");
    CHECK_THAT(report::document_text(d), !Catch::Contains("không quá 0"));
}
