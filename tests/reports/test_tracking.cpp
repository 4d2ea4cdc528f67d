// theo-doi-chi-tieu with actuals, from a ward made in C++: derived formula cells with their cached
// values, progress and status from progress.hpp, the bar chart with its reference line; % of the
// target only for targets that ask for more (the `raising` flag and a column's `when`).
#include "helpers.hpp"
#include "report/data_tree.hpp"

#include <wardreport/progress.hpp>

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
    // Progress restates progress.hpp for level targets (tests/reports/test_formulas.cpp).
    CHECK_FALSE(t->columns[progress].formula.empty());
    CHECK_FALSE(t->columns[status].formula.empty());

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
    // The title's summary, one entry a line; the second fits a landscape line (about 2/3 of it).
    const auto titles = blocks_of<doc::Title>(d);
    REQUIRE(titles.size() == 1);
    CHECK(titles[0]->summary == std::vector<std::string>{"Theo dõi thực hiện các chỉ tiêu Nghị quyết",
                                                         "Đại hội đại biểu Đảng bộ xã Thử Nghiệm lần thứ II, nhiệm kỳ 2025 - 2030"});
    CHECK_THAT(text, Catch::Contains("Đại hội đại biểu Đảng bộ xã Thử Nghiệm lần thứ II, nhiệm kỳ 2025 - 2030"));
    CHECK_THAT(text, !Catch::Contains("Chưa có số liệu thực hiện của các chỉ tiêu"));
    // Every target asks for more: no "—" in the table, hence no note about it.
    CHECK_THAT(text, !Catch::Contains("Dấu “—”"));
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
        // Hộ nghèo (không còn hộ nghèo) asks for less: "—", the others are unknown until an actual.
        if (i == 4) CHECK(r[column(*t, "ratio")].text == "—");
        else CHECK(r[column(*t, "ratio")].type == doc::CellType::Empty);
        // Unknown: an empty cell, or an empty text where the formula does not cover the row.
        CHECK(vi::cell(r[column(*t, "progress")]).empty());
        CHECK(r[column(*t, "progress")].type != doc::CellType::Percent);
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
                                     "chưa có trong dữ liệu nên chưa theo dõi."));
    CHECK_THAT(text, !Catch::Contains(" 0%"));
}

TEST_CASE("report tracking table: baseline year and value apart, targets numbered within their group", "[tracking]") {
    const doc::Document d = build(builtin_catalog(), "theo-doi-chi-tieu", load_sample("xa-minh-hoa-demo.yaml"));
    const doc::Table* t = d.find_table("chi-tieu");
    REQUIRE(t);
    // Landscape holds thirteen printed columns; the group is in the TT, not a column of its own.
    // The workbook has nine more: the rule and its parameters, which its formulas read.
    CHECK(t->columns.size() == 22);
    const auto printed = builtin_catalog().for_format(d, "pdf");
    REQUIRE(printed);
    REQUIRE(printed->find_table("chi-tieu"));
    CHECK(printed->find_table("chi-tieu")->columns.size() == 13);
    CHECK_FALSE(builtin_catalog().for_format(d, "xlsx"));
    for (const auto& c : t->columns) CHECK(c.title != "Nhóm chỉ tiêu");
    const std::size_t by = column(*t, "baseline_year"), bv = column(*t, "baseline"), tt = column(*t, "stt");
    CHECK(t->columns[by].title == "Năm gốc");
    CHECK(t->columns[bv].title == "Số liệu năm gốc");
    CHECK(t->columns[column(*t, "target")].title == "Mức cần đạt");
    CHECK(t->columns[column(*t, "due_year")].title == "Năm cần đạt");
    auto r0 = row(*t, 0);
    CHECK(r0[tt].text == "1.1");
    CHECK(r0[by].text == "2025");
    CHECK(r0[bv].number == *Decimal::parse("38.5"));
    // Rows go group by group, as their numbers count: the demo's file lists two targets of the
    // first group (1.6, 1.7) after the third group's, and the table still shows them under 1.5.
    std::vector<std::string> numbers;
    for (std::size_t i = 0; i < t->size(); ++i) numbers.push_back(row(*t, i)[tt].text);
    CHECK(numbers == std::vector<std::string>{"1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.1", "2.2", "3.1", "3.2", "3.3"});
    // A target without a baseline leaves both baseline cells empty; a total over the term counts
    // from the term's first year.
    CHECK(row(*t, 8)[by].type == doc::CellType::Empty);
    CHECK(row(*t, 8)[bv].type == doc::CellType::Empty);
    CHECK(row(*t, 7)[by].text == "2025");
    CHECK(row(*t, 7)[bv].type == doc::CellType::Empty);
    // A computed level has no trailing zero: 15 - 20% is 12.
    CHECK(vi::cell(row(*t, 10)[column(*t, "target")], 0) == "12");
    const std::string text = report::document_text(d);
    CHECK_THAT(text, Catch::Contains("TT: nhóm chỉ tiêu và thứ tự trong nhóm (1. Kinh tế - xã hội; "
                                     "2. Xây dựng Đảng và hệ thống chính trị; 3. Quốc phòng - an ninh)."));
    CHECK_THAT(text, Catch::Contains("(8 chỉ tiêu về kinh tế - xã hội; 2 chỉ tiêu về xây dựng Đảng và hệ thống chính trị; "
                                     "3 chỉ tiêu về quốc phòng - an ninh)"));
    // The qualitative target is on track by the clerk's assessment. The points target (1.6, no
    // actual) continues 1.5's sentence: a row, not a target, so the statuses add up to the 11
    // targets the report says it tracks.
    CHECK_THAT(text, Catch::Contains("theo dõi 11 chỉ tiêu"));
    CHECK_THAT(text, Catch::Contains("2 chỉ tiêu đã đạt, 6 chỉ tiêu đúng tiến độ, 2 chỉ tiêu chậm tiến độ "
                                     "và 1 chỉ tiêu chưa đánh giá được tiến độ."));
}

TEST_CASE("report tracking: % of the target only for targets that ask for more, progress for all", "[tracking]") {
    const doc::Document d = build(builtin_catalog(), "theo-doi-chi-tieu", load_sample("xa-minh-hoa-demo.yaml"));
    const doc::Table* t = d.find_table("chi-tieu");
    REQUIRE(t);
    REQUIRE(t->size() == 12);
    const std::size_t name = column(*t, "name"), actual = column(*t, "actual"), ratio = column(*t, "ratio"),
                      progress = column(*t, "progress");
    // The spreadsheet formula stays on the column: raising rows get it, the others the text "—"
    // (an empty cell of a formula column gets a live formula in spreadsheets).
    CHECK(t->columns[ratio].formula == "{actual}/{target}*100");
    // Targets that ask for less: không quá 1,5% hộ nghèo (4,2 → 3,1), giảm 20% tai nạn giao thông,
    // dưới 10% thôn có ma túy (20 → 20). Actual/target would read 206,7%, 100% and 200%.
    for (std::size_t i : {std::size_t(4), std::size_t(10), std::size_t(11)}) {
        auto r = row(*t, i);
        INFO(r[name].text);
        CHECK(r[actual].type == doc::CellType::Decimal);
        CHECK(r[ratio].type == doc::CellType::Text);
        CHECK(r[ratio].text == "—");
        CHECK(r[progress].type == doc::CellType::Percent);
    }
    CHECK(row(*t, 4)[name].text == "Tỷ lệ hộ nghèo");
    // The share of the reduction achieved: (4,2 - 3,1) / (4,2 - 1,5) = 40,7%; 15 → 12 is all of it.
    CHECK(row(*t, 4)[progress].number == Decimal(407, 1));
    CHECK(row(*t, 10)[progress].number == Decimal(1000, 1));
    CHECK(row(*t, 11)[progress].number == Decimal(0, 1));
    // Targets that ask for more keep actual/target: 47,8 of 60 is 79,7%; a range against its lower
    // bound (71 of 85); growth and change against the level they reach; a total; above; exactly.
    const std::pair<std::size_t, Decimal> computed[] = {
        {0, Decimal(797, 1)}, {1, Decimal(835, 1)}, {2, Decimal(764, 1)}, {3, Decimal(883, 1)},
        {7, Decimal(473, 1)}, {8, Decimal(972, 1)}, {9, Decimal(1000, 1)}};
    for (const auto& [i, value] : computed) {
        auto r = row(*t, i);
        INFO(r[name].text);
        CHECK(r[ratio].type == doc::CellType::Percent);
        CHECK(r[ratio].number == value);
    }
    const std::string text = report::document_text(d);
    CHECK_THAT(text, Catch::Contains("\nDấu “—”: không tính tỷ lệ so với mức cần đạt đối với chỉ tiêu phấn đấu giảm; "
                                     "xem cột Tiến độ.\n"));
    CHECK_THAT(text, !Catch::Contains("206,7%"));
    CHECK_THAT(text, !Catch::Contains("trên 100% là chưa đạt"));
}

TEST_CASE("report data tree: raising says whether a target asks for a higher value", "[tracking]") {
    auto make = [](TargetKind kind, Comparison cmp, std::optional<Decimal> value, std::optional<Decimal> baseline,
                   std::optional<Decimal> rate) {
        Target t;
        t.id = "t";
        t.kind = kind;
        t.comparison = cmp;
        t.value = value;
        t.min = Decimal::integer(1);
        t.max = Decimal::integer(3);
        t.baseline = baseline;
        if (baseline) t.baseline_year = 2025;
        t.target_year = 2030;
        t.rate = rate;
        return t;
    };
    const auto ten = Decimal::integer(10), five = Decimal::integer(5), twenty = Decimal::integer(20);
    const std::optional<Decimal> none;
    struct Case {
        const char* what;
        Target target;
        bool raising;
    } cases[] = {
        {"at least", make(TargetKind::Level, Comparison::AtLeast, ten, five, none), true},
        {"above", make(TargetKind::Level, Comparison::Above, ten, none, none), true},
        {"at most", make(TargetKind::Level, Comparison::AtMost, ten, twenty, none), false},
        {"at most 0, no baseline", make(TargetKind::Level, Comparison::AtMost, Decimal::integer(0), none, none), false},
        {"below", make(TargetKind::Level, Comparison::Below, ten, twenty, none), false},
        {"exactly from below", make(TargetKind::Level, Comparison::Exactly, ten, five, none), true},
        {"exactly, no baseline", make(TargetKind::Level, Comparison::Exactly, ten, none, none), true},
        {"exactly from above", make(TargetKind::Level, Comparison::Exactly, ten, twenty, none), false},
        {"range", make(TargetKind::Range, Comparison::AtLeast, none, five, none), true},
        {"total", make(TargetKind::Total, Comparison::AtLeast, ten, none, none), true},
        {"growth", make(TargetKind::Growth, Comparison::AtLeast, none, five, ten), true},
        {"growth, negative", make(TargetKind::Growth, Comparison::AtLeast, none, five, *Decimal::parse("-2.1")), false},
        {"change", make(TargetKind::Change, Comparison::AtLeast, none, five, Decimal::integer(25)), true},
        {"change of 0", make(TargetKind::Change, Comparison::AtLeast, none, five, Decimal::integer(0)), true},
        {"change, negative", make(TargetKind::Change, Comparison::AtLeast, none, twenty, Decimal::integer(-20)), false},
    };
    Ward w;
    w.congress = Congress{};
    w.congress->term = {2025, 2030};
    Resolution r;
    for (const Case& c : cases) r.targets.push_back(c.target);
    w.resolution = r;
    const report::DataNode tree = report::ward_tree(w, report::DocumentOptions{});
    const report::DataNode targets = tree["resolution"]["targets"];
    REQUIRE(targets.size() == std::size(cases));
    for (std::size_t i = 0; i < std::size(cases); ++i) {
        INFO(cases[i].what);
        CHECK(target_raises(cases[i].target) == cases[i].raising);
        CHECK(targets[i]["raising"] == cases[i].raising);
    }
}

TEST_CASE("report tables: a column's when empties its cells, a formula after it reads them as unknown", "[tracking]") {
    TempDir dir;
    dir.write("thu-when.yaml", std::string("description: x\nprofile: hd36\nblocks:\n") +
        "  - table:\n"
        "      id: t\n"
        "      rows: resolution.targets\n"
        "      columns:\n"
        "        - {key: name, field: name}\n"
        "        - {key: actual, type: decimal, field: actual, when: raising}\n"
        "        - {key: target, type: decimal, field: target}\n"
        "        - {key: pct, type: percent, formula: \"{actual}/{target}*100\", decimals: 1}\n"
        "        - {key: note, field: status, when: latest.estimated}\n"
        "        - {key: pct2, type: percent, formula: \"{target}/2\", decimals: 1, when: raising}\n");
    report::Catalog c = builtin_catalog();
    Diagnostics diags;
    INFO(messages(diags));
    REQUIRE(c.add_directory(dir.path(), diags));
    const doc::Document d = build(c, "thu-when", load_sample("xa-minh-hoa-demo.yaml"));
    const doc::Table* t = d.find_table("t");
    REQUIRE(t);
    REQUIRE(t->size() == 12);
    // Hộ nghèo asks for less: no actual, hence no percentage either.
    auto poor = row(*t, 4);
    CHECK(poor[0].text == "Tỷ lệ hộ nghèo");
    CHECK(poor[1].type == doc::CellType::Empty);
    CHECK(poor[2].type == doc::CellType::Decimal);
    CHECK(poor[3].type == doc::CellType::Empty);
    auto first = row(*t, 0);
    CHECK(first[1].number == *Decimal::parse("47.8"));
    CHECK(first[3].number == Decimal(797, 1));
    // The when of a text column: shown only where the latest actual is an estimate (47,8 in 2027
    // is one, 71 in 2027 is not).
    CHECK(first[4].type == doc::CellType::Text);
    CHECK(first[4].text == "đúng tiến độ");
    CHECK(row(*t, 1)[4].type == doc::CellType::Empty);
    // A formula column's own when: "—" where the formula does not apply (the spreadsheet writes
    // that text, not a formula), the computed value elsewhere.
    CHECK(poor[5].type == doc::CellType::Text);
    CHECK(poor[5].text == "—");
    CHECK(first[5].type == doc::CellType::Percent);
    CHECK(first[5].number == Decimal(300, 1));
}

TEST_CASE("report tracking: a numbered Party report ends with Nơi nhận and the secretary's signature", "[tracking]") {
    // Kỳ Sơn registers no tracking report: hd36 defaults, signed by the committee's secretary.
    const doc::Document ky = build(builtin_catalog(), "theo-doi-chi-tieu", load_sample("ky-son.yaml"));
    auto closings = blocks_of<doc::Closing>(ky);
    REQUIRE(closings.size() == 1);
    CHECK(std::holds_alternative<doc::Closing>(ky.blocks.back()));
    CHECK(closings[0]->recipients_label == "Nơi nhận:");
    CHECK(closings[0]->recipients == std::vector<std::string>{"Ban Thường vụ Tỉnh ủy (để báo cáo),",
                                                              "Các đồng chí Ủy viên Ban Chấp hành Đảng bộ,",
                                                              "Lưu Văn phòng Đảng ủy."});
    CHECK(closings[0]->authority == std::vector<std::string>{"T/M ĐẢNG ỦY"});
    CHECK(closings[0]->title == "BÍ THƯ");
    CHECK(closings[0]->signer == "Hoàng Văn Minh");

    // The demo registers its report: its recipients and signer win.
    const doc::Document demo = build(builtin_catalog(), "theo-doi-chi-tieu", load_sample("xa-minh-hoa-demo.yaml"));
    closings = blocks_of<doc::Closing>(demo);
    REQUIRE(closings.size() == 1);
    CHECK(closings[0]->recipients == std::vector<std::string>{"Ban Thường vụ Tỉnh ủy,", "Các đồng chí Ủy viên Ban Chấp hành,",
                                                              "Lưu Văn phòng Đảng ủy."});
    CHECK(closings[0]->authority == std::vector<std::string>{"T/M ĐẢNG ỦY"});
    CHECK(closings[0]->title == "BÍ THƯ");
    CHECK(closings[0]->signer == "Nguyễn Văn Mẫu");

    // Neither a registration nor a known secretary: room to sign, no invented name.
    const doc::Document bare = build(builtin_catalog(), "theo-doi-chi-tieu", tracked_ward());
    closings = blocks_of<doc::Closing>(bare);
    REQUIRE(closings.size() == 1);
    CHECK(closings[0]->authority == std::vector<std::string>{"T/M ĐẢNG ỦY"});
    CHECK(closings[0]->title == "BÍ THƯ");
    CHECK(closings[0]->signer.empty());
}
