// Table totals are computed once, by the engine, exactly: every format shows these cells.
#include "report/totals.hpp"

#include <catch2/catch.hpp>

using namespace wardreport;

namespace {

doc::Cell number(doc::CellType type, std::int64_t mantissa, int scale) {
    doc::Cell c;
    c.type = type;
    c.number = Decimal(mantissa, scale);
    return c;
}

doc::Cell text(const std::string& s) {
    doc::Cell c;
    c.type = doc::CellType::Text;
    c.text = s;
    return c;
}

doc::Column column(const std::string& key, doc::CellType type, doc::Aggregate total) {
    doc::Column c;
    c.key = key;
    c.type = type;
    c.total = total;
    return c;
}

}  // namespace

TEST_CASE("totals: exact sums, the label, and unknown where nothing is known", "[totals]") {
    doc::Table t;
    t.columns = {column("ten", doc::CellType::Text, doc::Aggregate::Label),
                 column("ty_le", doc::CellType::Percent, doc::Aggregate::Sum),
                 column("dan_so", doc::CellType::Integer, doc::Aggregate::Sum),
                 column("ghi_chu", doc::CellType::Text, doc::Aggregate::None)};
    t.rows = std::make_shared<doc::VectorRows>(std::vector<std::vector<doc::Cell>>{
        {text("Mường"), number(doc::CellType::Percent, 683, 1), doc::Cell{}, text("a")},
        {text("Kinh"), number(doc::CellType::Percent, 289, 1), doc::Cell{}, doc::Cell{}},
        {text("Khác"), number(doc::CellType::Percent, 28, 1), doc::Cell{}, text("—")}});
    const auto totals = report::compute_totals(t, "Tổng cộng");
    REQUIRE(totals.size() == 4);
    CHECK(totals[0].type == doc::CellType::Text);
    CHECK(totals[0].text == "Tổng cộng");
    CHECK(totals[1].type == doc::CellType::Percent);
    CHECK(totals[1].number.to_string() == "100.0");  // 68,3 + 28,9 + 2,8 exactly, not 99.99999
    // No row gives a head count: the total is unknown, not 0.
    CHECK(totals[2].type == doc::CellType::Empty);
    CHECK(totals[3].type == doc::CellType::Empty);
}

TEST_CASE("totals: a sum past 64 bits is unknown, the other totals kept", "[totals]") {
    doc::Table t;
    t.columns = {column("big", doc::CellType::Integer, doc::Aggregate::Sum),
                 column("small", doc::CellType::Decimal, doc::Aggregate::Sum)};
    t.rows = std::make_shared<doc::VectorRows>(std::vector<std::vector<doc::Cell>>{
        {number(doc::CellType::Integer, 5000000000000000000, 0), number(doc::CellType::Decimal, 15, 1)},
        {number(doc::CellType::Integer, 5000000000000000000, 0), number(doc::CellType::Decimal, 225, 2)}});
    const auto totals = report::compute_totals(t, "Tổng cộng");
    CHECK(totals[0].type == doc::CellType::Empty);
    CHECK(totals[1].type == doc::CellType::Decimal);
    CHECK(totals[1].number.to_string() == "3.75");
}

TEST_CASE("totals: a table with no rows has an unknown total", "[totals]") {
    doc::Table t;
    t.columns = {column("n", doc::CellType::Integer, doc::Aggregate::Sum)};
    t.rows = std::make_shared<doc::VectorRows>(std::vector<std::vector<doc::Cell>>{});
    CHECK(report::compute_totals(t, "Tổng cộng").at(0).type == doc::CellType::Empty);
}
