// theo-doi-chi-tieu with actuals, from a ward made in C++: derived formula cells with their cached
// values, progress and status from progress.hpp, the bar chart with its reference line.
#include "helpers.hpp"

using namespace wardreport;
using namespace wrtest;

namespace {

Target level(const std::string& id, const std::string& name, const std::string& unit, Decimal value,
             std::optional<Decimal> baseline, std::vector<Actual> actuals) {
    Target t;
    t.id = id;
    t.group = "kt";
    t.name = name;
    t.unit = unit;
    t.kind = TargetKind::Level;
    t.comparison = Comparison::AtLeast;
    t.value = value;
    t.baseline = baseline;
    if (baseline) t.baseline_year = 2025;
    t.target_year = 2030;
    t.actuals = std::move(actuals);
    return t;
}

Ward tracked_ward() {
    Ward w;
    w.identity.name = "Thử Nghiệm";
    w.identity.kind = WardKind::Xa;
    w.identity.province = "Tỉnh Mẫu";
    w.party.committee = "Đảng bộ xã Thử Nghiệm";
    w.party.superior = "Đảng bộ tỉnh Tỉnh Mẫu";
    Congress c;
    c.ordinal = 2;
    c.term = {2025, 2030};
    w.congress = c;
    Resolution r;
    r.groups = {TargetGroup{"kt", "Kinh tế", std::nullopt}};
    r.targets = {
        level("thu", "Thu ngân sách", "tỷ đồng", Decimal::integer(50), Decimal::integer(30), {{2026, Decimal::integer(35), false}, {2027, Decimal::integer(40), true}}),
        level("dn", "Doanh nghiệp", "doanh nghiệp", Decimal::integer(400), Decimal::integer(206), {{2027, Decimal::integer(220), false}}),
        level("tt", "Thủ tục trực tuyến", "%", Decimal::integer(100), std::nullopt, {{2026, Decimal::integer(100), false}}),
        level("cay", "Tỷ lệ che phủ rừng", "%", *Decimal::parse("45.5"), std::nullopt, {}),
    };
    w.resolution = r;
    return w;
}

}  // namespace

TEST_CASE("tracking table: formula column keeps its formula and the computed value", "[tracking]") {
    const report::Catalog c = builtin_catalog();
    const doc::Document d = build(c, "theo-doi-chi-tieu", tracked_ward());
    CHECK(d.layout.landscape);
    const doc::Table* t = d.find_table("chi-tieu");
    REQUIRE(t);
    REQUIRE(t->size() == 4);
    const std::size_t actual = column(*t, "actual"), target = column(*t, "target"), ratio = column(*t, "ratio"),
                      progress = column(*t, "progress"), status = column(*t, "status"), year = column(*t, "year");
    CHECK(t->columns[ratio].formula == "{actual}/{target}*100");
    CHECK(t->columns[ratio].type == doc::CellType::Percent);
    CHECK(t->columns[ratio].decimals == 1);
    CHECK(t->columns[progress].formula.empty());

    // Thu ngân sách: latest actual 40 (2027) of 50 → 80,0%; progress (40-30)/(50-30) = 50%, on track.
    auto r0 = row(*t, 0);
    CHECK(r0[actual].type == doc::CellType::Decimal);
    CHECK(r0[actual].number == Decimal::integer(40));
    CHECK(r0[target].number == Decimal::integer(50));
    CHECK(r0[year].text == "2027");
    CHECK(r0[ratio].type == doc::CellType::Percent);
    CHECK(r0[ratio].number == Decimal(800, 1));
    CHECK(vi::cell(r0[ratio], 1) == "80,0%");
    CHECK(r0[progress].number == Decimal(500, 1));
    CHECK(r0[status].text == "đúng tiến độ");

    // Doanh nghiệp: 220 of 400 → 55,0%; progress 14/194 = 7,2%, behind the steady path.
    auto r1 = row(*t, 1);
    CHECK(r1[ratio].number == Decimal(550, 1));
    CHECK(r1[progress].number == Decimal(72, 1));
    CHECK(r1[status].text == "chậm tiến độ");

    auto r2 = row(*t, 2);
    CHECK(r2[ratio].number == Decimal(1000, 1));
    CHECK(r2[status].text == "đạt");

    // No actual: every derived cell is empty, never 0.
    auto r3 = row(*t, 3);
    CHECK(r3[target].number == *Decimal::parse("45.5"));
    CHECK(r3[actual].type == doc::CellType::Empty);
    CHECK(r3[ratio].type == doc::CellType::Empty);
    CHECK(r3[progress].type == doc::CellType::Empty);
    CHECK(r3[status].text == "chưa có số liệu");
    // The target column is "as written": 45,5 shows its decimal, whole numbers stay whole.
    CHECK(t->columns[target].decimals == 1);
    CHECK(vi::cell(r0[target], t->columns[target].decimals) == "50");
    CHECK(vi::cell(r3[target], t->columns[target].decimals) == "45,5");

    const auto charts = blocks_of<doc::Chart>(d);
    REQUIRE(charts.size() == 1);
    const doc::Chart& chart = *charts[0];
    CHECK(chart.kind == doc::ChartKind::Bar);
    CHECK(chart.table == "chi-tieu");
    REQUIRE(chart.reference.has_value());
    CHECK(*chart.reference == 100);
    CHECK(chart.categories == std::vector<std::string>{"Thu ngân sách", "Doanh nghiệp", "Thủ tục trực tuyến", "Tỷ lệ che phủ rừng"});
    REQUIRE(chart.series.size() == 1);
    CHECK(chart.series[0].column == "progress");
    REQUIRE(chart.series[0].values.size() == 4);
    CHECK(chart.series[0].values[0] == Approx(50.0));
    CHECK(chart.series[0].values[1] == Approx(7.2));
    CHECK(chart.series[0].values[2] == Approx(100.0));
    CHECK_FALSE(chart.series[0].values[3].has_value());

    const std::string text = report::document_text(d);
    CHECK_THAT(text, Catch::Contains("Số liệu thực hiện cập nhật đến năm 2027: 1 chỉ tiêu đã đạt, 1 chỉ tiêu đúng tiến độ, "
                                     "1 chỉ tiêu chậm tiến độ và 1 chỉ tiêu chưa có số liệu thực hiện."));
    // Every target of the only group is recorded: no sentence about targets left out.
    CHECK_THAT(text, !Catch::Contains("chưa được cập nhật nội dung"));
    CHECK_THAT(text, Catch::Contains("ĐẢNG ỦY XÃ THỬ NGHIỆM"));
    CHECK_THAT(text, Catch::Contains("Đại hội đại biểu Đảng bộ xã Thử Nghiệm lần thứ II, nhiệm kỳ 2025 - 2030"));
    CHECK_THAT(text, !Catch::Contains("Chưa có số liệu thực hiện của các chỉ tiêu"));
}

TEST_CASE("tracking from the Kỳ Sơn sample is honest: no actuals, empty cells, no chart", "[tracking]") {
    const report::Catalog c = builtin_catalog();
    const doc::Document d = build(c, "theo-doi-chi-tieu", load_sample("ky-son.yaml"));
    const doc::Table* t = d.find_table("chi-tieu");
    REQUIRE(t);
    REQUIRE(t->size() == 5);
    for (std::size_t i = 0; i < t->size(); ++i) {
        auto r = row(*t, i);
        CHECK(r[column(*t, "actual")].type == doc::CellType::Empty);
        CHECK(r[column(*t, "ratio")].type == doc::CellType::Empty);
        CHECK(r[column(*t, "progress")].type == doc::CellType::Empty);
        CHECK(r[column(*t, "status")].text == "chưa có số liệu");
    }
    // The stated target 400 doanh nghiệp against the 2025 baseline 206 of the article.
    auto dn = row(*t, 2);
    CHECK(dn[column(*t, "name")].text == "Doanh nghiệp hoạt động");
    CHECK(dn[column(*t, "baseline")].number == Decimal::integer(206));
    CHECK(dn[column(*t, "target")].number == Decimal::integer(400));
    // A growth target without a baseline has no level to show.
    CHECK(row(*t, 1)[column(*t, "target")].type == doc::CellType::Empty);
    CHECK(row(*t, 1)[column(*t, "goal")].text == "tăng bình quân 10%/năm");
    CHECK(blocks_of<doc::Chart>(d).empty());
    const std::string text = report::document_text(d);
    CHECK_THAT(text, Catch::Contains("Chưa có số liệu thực hiện để vẽ biểu đồ tiến độ."));
    CHECK_THAT(text, Catch::Contains("Nghị quyết đề ra 17 chỉ tiêu"));
    CHECK_THAT(text, Catch::Contains("báo cáo này theo dõi 5 chỉ tiêu đã được cập nhật chi tiết, 12 chỉ tiêu còn lại "
                                     "chưa được cập nhật nội dung nên chưa theo dõi."));
    CHECK_THAT(text, !Catch::Contains(" 0%"));
}

TEST_CASE("report tracking table: baseline year and value apart, targets numbered within their group", "[tracking]") {
    const doc::Document d = build(builtin_catalog(), "theo-doi-chi-tieu", load_sample("xa-minh-hoa-demo.yaml"));
    const doc::Table* t = d.find_table("chi-tieu");
    REQUIRE(t);
    // Landscape holds twelve columns; the group is in the TT, not a column of its own.
    CHECK(t->columns.size() == 12);
    for (const auto& c : t->columns) CHECK(c.title != "Nhóm chỉ tiêu");
    const std::size_t by = column(*t, "baseline_year"), bv = column(*t, "baseline"), tt = column(*t, "stt");
    CHECK(t->columns[by].title == "Năm gốc");
    CHECK(t->columns[bv].title == "Số liệu năm gốc");
    CHECK(t->columns[column(*t, "target")].title == "Mức cần đạt (2030)");
    auto r0 = row(*t, 0);
    CHECK(r0[tt].text == "1.1");
    CHECK(r0[by].text == "2025");
    CHECK(r0[bv].number == *Decimal::parse("38.5"));
    CHECK(row(*t, 5)[tt].text == "2.1");
    CHECK(row(*t, 9)[tt].text == "3.3");
    // A target without a baseline leaves both baseline cells empty.
    CHECK(row(*t, 5)[by].type == doc::CellType::Empty);
    CHECK(row(*t, 5)[bv].type == doc::CellType::Empty);
    // A computed level has no trailing zero: 15 - 20% is 12.
    CHECK(vi::cell(row(*t, 8)[column(*t, "target")], 0) == "12");
    const std::string text = report::document_text(d);
    CHECK_THAT(text, Catch::Contains("TT: nhóm chỉ tiêu và thứ tự trong nhóm (1. Kinh tế - xã hội; "
                                     "2. Xây dựng Đảng và hệ thống chính trị; 3. Quốc phòng - an ninh)."));
    CHECK_THAT(text, Catch::Contains("(8 chỉ tiêu về kinh tế - xã hội; 2 chỉ tiêu về xây dựng Đảng và hệ thống chính trị; "
                                     "3 chỉ tiêu về quốc phòng - an ninh)"));
    CHECK_THAT(text, Catch::Contains("2 chỉ tiêu đã đạt, 5 chỉ tiêu đúng tiến độ, 2 chỉ tiêu chậm tiến độ và "
                                     "1 chỉ tiêu chưa đánh giá được tiến độ."));
}
