// The samples load without errors and hold exactly what they state.
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace wardreport;


namespace {

test::Loaded load_sample(const char* name) {
    return test::parse(test::read_file(test::source_path(std::string("samples/") + name)), name);
}

Decimal d(const char* s) { return *Decimal::parse(s); }

const Target* find_target(const Resolution& r, const std::string& id) {
    for (const Target& t : r.targets)
        if (t.id == id) return &t;
    return nullptr;
}

}  // namespace

TEST_CASE("ky-son.yaml loads with no errors and no warnings", "[samples]") {
    const test::Loaded l = load_sample("ky-son.yaml");
    INFO(l.listing());
    REQUIRE(l.ward);
    CHECK(l.diags.error_count() == 0);
    CHECK(l.diags.warning_count() == 0);
}

TEST_CASE("ky-son.yaml holds the article's figures, exact", "[samples]") {
    const test::Loaded l = load_sample("ky-son.yaml");
    REQUIRE(l.ward);
    const Ward& w = *l.ward;
    CHECK(w.format_version == 1);
    CHECK(w.identity.name == "Kỳ Sơn");
    CHECK(w.identity.kind == WardKind::Phuong);
    CHECK(w.identity.province == "Phú Thọ");
    CHECK_FALSE(w.identity.code);
    CHECK(w.identity.formed_from == std::vector<std::string>{"phường Kỳ Sơn", "xã Độc Lập", "xã Mông Hóa"});

    REQUIRE(w.geography.area);
    CHECK(w.geography.area->value.to_string() == "115.689");
    CHECK(w.geography.area->unit == "km²");
    REQUIRE(w.geography.population);
    CHECK(w.geography.population->value == d("20379"));
    CHECK(w.geography.population->unit == "người");
    REQUIRE(w.geography.ethnic_groups.size() == 3);
    CHECK(w.geography.ethnic_groups[0].name == "Mường");
    CHECK(w.geography.ethnic_groups[0].share->to_string() == "68.3");
    CHECK(w.geography.ethnic_groups[1].share->to_string() == "28.9");
    CHECK(w.geography.ethnic_groups[2].name == "Dao và các dân tộc khác");
    CHECK(w.geography.ethnic_groups[2].share->to_string() == "2.9");
    CHECK_FALSE(w.geography.ethnic_groups[0].count);

    CHECK(w.party.basic_organisations->value == d("54"));
    CHECK(w.party.members->value == d("1789"));
    CHECK(w.party.members->unit == "đảng viên");
    CHECK(w.party.admitted->value == d("57"));
    CHECK(w.party.admitted_term->from == 2020);
    CHECK(w.party.admitted_term->to == 2025);
    CHECK(w.party.executive_committee_size == 30);
    CHECK(w.party.standing_committee_size == 10);
    REQUIRE(w.party.secretary);
    CHECK(w.party.secretary->name == "Hoàng Văn Minh");
    CHECK(w.party.deputy_secretaries.empty());

    REQUIRE(w.economy.production.size() == 1);
    const SectorValue& cn = w.economy.production[0];
    CHECK(cn.sector == "CN-TTCN");
    CHECK(cn.value.value == d("921"));
    CHECK(cn.value.unit == "tỷ đồng");
    CHECK(cn.value.year == 2025);
    CHECK(cn.value.estimated);
    CHECK(cn.change == d("557"));
    CHECK(cn.change_since == 2020);
    CHECK(w.economy.cooperatives->value == d("4"));
    CHECK(w.economy.enterprises->value == d("206"));
    CHECK(w.economy.household_businesses->value == d("870"));
    CHECK(w.economy.budget_revenue.empty());

    REQUIRE(w.congress);
    const Congress& c = *w.congress;
    CHECK(c.ordinal == 1);
    CHECK(c.term.from == 2025);
    CHECK(c.term.to == 2030);
    CHECK(c.start == Date{2025, 7, 22});
    CHECK(c.end == Date{2025, 7, 23});
    CHECK(c.delegates == 220);
    CHECK(c.members_represented == 1789);
    REQUIRE(c.guests.size() == 2);
    CHECK(c.guests[0].name == "Bùi Thị Minh");
    CHECK(c.guests[0].title == "Phó Bí thư Tỉnh ủy");
    CHECK(c.guests[0].role == "dự và chỉ đạo Đại hội");
    CHECK(c.guests[1].name == "Lê Văn Tuấn");
    CHECK(c.guests[1].title == "Tỉnh ủy viên, Chánh án Tòa án nhân dân tỉnh");
    CHECK(c.theme.rfind("Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh;", 0) == 0);
    CHECK(c.theme.find("theo hướng đô thị văn minh") != std::string::npos);
    CHECK(c.theme.find('\n') == std::string::npos);

    REQUIRE(w.resolution);
    const Resolution& r = *w.resolution;
    REQUIRE(r.groups.size() == 3);
    CHECK(r.groups[0].stated_count == 13);
    CHECK(r.groups[1].stated_count == 2);
    CHECK(r.groups[2].stated_count == 2);
    REQUIRE(r.targets.size() == 5);
    for (const Target& t : r.targets) {
        CHECK(t.group == "kinh-te-xa-hoi");
        CHECK(t.target_year == 2030);
        CHECK_FALSE(t.statement.empty());
        CHECK(t.actuals.empty());
    }
    const Target* budget = find_target(r, "thu-ngan-sach");
    REQUIRE(budget);
    CHECK(budget->kind == TargetKind::Level);
    CHECK(budget->comparison == Comparison::AtLeast);
    CHECK(budget->value == d("50"));
    CHECK(budget->unit == "tỷ đồng");
    const Target* invest = find_target(r, "von-dau-tu");
    REQUIRE(invest);
    CHECK(invest->kind == TargetKind::Growth);
    CHECK(invest->rate == d("10"));
    const Target* firms = find_target(r, "doanh-nghiep");
    REQUIRE(firms);
    CHECK(firms->baseline == d("206"));
    CHECK(firms->baseline_year == 2025);
    CHECK(firms->value == d("400"));
    const Target* poor = find_target(r, "ho-ngheo");
    REQUIRE(poor);
    CHECK(poor->comparison == Comparison::AtMost);
    CHECK(poor->value == d("0"));
    CHECK(poor->statement == "phấn đấu đến năm 2030 cơ bản không còn hộ nghèo");
    CHECK(r.breakthroughs.size() == 2);
    CHECK(r.tasks.empty());
    CHECK(r.stated_tasks == 5);

    REQUIRE(w.documents.count("nghi-quyet"));
    const OfficialDocument& nq = w.documents.at("nghi-quyet");
    CHECK(nq.number == 1);
    CHECK(nq.symbol == "NQ/ĐH");
    CHECK(nq.issuing_body == "Đại hội đại biểu Đảng bộ phường Kỳ Sơn lần thứ I");
    CHECK(nq.superior_body == "Đảng bộ tỉnh Phú Thọ");
    CHECK(nq.date == Date{2025, 7, 23});
    CHECK(nq.signer.authority == std::vector<std::string>{"T/M ĐOÀN CHỦ TỊCH"});
    CHECK(nq.signer.name.empty());
}

TEST_CASE("ky-son.yaml marks every value the article does not give", "[samples]") {
    // Each registration value and the province are assumptions: the comment must say so.
    const std::string text = test::read_file(test::source_path("samples/ky-son.yaml"));
    for (const char* key : {"  province:", "    number:", "    symbol:", "    issuing_body:", "    superior_body:",
                            "    place:", "    date:", "      authority:", "  superior:"}) {
        const auto at = text.find(std::string("\n") + key);
        INFO(key);
        REQUIRE(at != std::string::npos);
        const std::string line = text.substr(at + 1, text.find('\n', at + 1) - at - 1);
        CHECK(line.find("# assumed: not in the article") != std::string::npos);
    }
}

TEST_CASE("the fictional sample loads and fills the model", "[samples]") {
    const test::Loaded l = load_sample("xa-minh-hoa-demo.yaml");
    INFO(l.listing());
    REQUIRE(l.ward);
    CHECK(l.diags.error_count() == 0);
    CHECK(l.diags.warning_count() == 0);
    const Ward& w = *l.ward;
    CHECK(w.identity.name.find("minh họa") != std::string::npos);
    CHECK(w.identity.kind == WardKind::Xa);
    CHECK(w.identity.code == std::optional<std::string>("99999"));
    CHECK(w.identity.formed_on == Date{2025, 7, 1});
    // 4523,5 ha = 45,235 km², exactly
    CHECK(w.geography.area->value.to_string() == "45.235");
    CHECK(w.geography.area->unit == "km²");
    CHECK(w.geography.area->year == 2024);
    CHECK(w.geography.ethnic_groups[1].count == 3120);
    CHECK(w.party.deputy_secretaries.size() == 2);
    CHECK(w.party.members->year == 2025);
    CHECK(w.economy.budget_revenue.size() == 2);
    CHECK(w.economy.budget_revenue[1].estimated);
    CHECK(w.congress->start == Date{2025, 8, 5});
    CHECK(w.documents.size() == 3);
    CHECK(w.documents.at("bao-cao-thong-ke").signer.title == "CHỦ TỊCH");
    CHECK(w.documents.at("theo-doi-chi-tieu").recipients.size() == 3);
    // The five kinds with figures, each with actuals; a qualitative target (assessed by the clerk)
    // and a continuation in percentage points besides.
    bool kinds[8] = {};
    bool comparisons[7] = {};
    for (const Target& t : w.resolution->targets) {
        if (t.kind != TargetKind::Qualitative && t.linked_to.empty()) CHECK_FALSE(t.actuals.empty());
        kinds[static_cast<int>(t.kind)] = true;
        if (t.kind == TargetKind::Level) comparisons[static_cast<int>(t.comparison)] = true;
    }
    for (int k = 0; k < 5; ++k) CHECK(kinds[k]);
    CHECK(kinds[static_cast<int>(TargetKind::Qualitative)]);
    for (int c = 0; c < 5; ++c) CHECK(comparisons[c]);
}
