// Pagination: keep chains, repeated table headers, page breaks, items too tall for a page.
#include "flow.hpp"

#include <wardreport/exporter.hpp>

#include <catch2/catch.hpp>

using namespace wardreport;
using namespace wardreport::pdf;

namespace {

Item item(double h, bool keep = false, int group = -1, double before = 0) {
    Item it;
    it.height = h;
    it.keep_with_next = keep;
    it.group = group;
    it.space_before = before;
    it.where = "item";
    return it;
}

// Index of the page each item lands on.
std::vector<std::size_t> pages_of(const std::vector<PagePlan>& pages, std::size_t n) {
    std::vector<std::size_t> out(n, 999);
    for (std::size_t p = 0; p < pages.size(); ++p)
        for (const Placement& pl : pages[p].placements)
            if (!pl.group) out[pl.index] = p;
    return out;
}

}  // namespace

TEST_CASE("items fill a page and flow onto the next", "[pdf][flow]") {
    std::vector<Item> items(25, item(10));
    const auto pages = paginate(items, {}, 100);
    REQUIRE(pages.size() == 3);
    CHECK(pages[0].placements.size() == 10);
    CHECK(pages[2].placements.size() == 5);
    CHECK(pages[1].placements.front().top == 0);
}

TEST_CASE("a keep chain moves to the next page whole", "[pdf][flow]") {
    // A heading kept with the first two lines of its paragraph does not end a page.
    std::vector<Item> items(8, item(10));
    items[7] = item(10, true);  // heading at 70..80
    items.push_back(item(10, true));  // first line, kept with the second (orphan control)
    items.push_back(item(10));
    items.push_back(item(10));
    const auto at = pages_of(paginate(items, {}, 95), items.size());
    CHECK(at[6] == 0);
    CHECK(at[7] == 1);
    CHECK(at[8] == 1);
    CHECK(at[9] == 1);
}

TEST_CASE("space before an item is dropped at the top of a page", "[pdf][flow]") {
    std::vector<Item> items{item(60), item(30, false, -1, 20)};
    const auto pages = paginate(items, {}, 100);
    REQUIRE(pages.size() == 2);
    CHECK(pages[1].placements[0].top == 0);
}

TEST_CASE("a page starting inside a table repeats the table header", "[pdf][flow]") {
    std::vector<Item> items{item(20, true)};  // the header itself, kept with the first row
    for (int i = 0; i < 20; ++i) items.push_back(item(10, false, 0));
    std::vector<Group> groups{Group{20, {}}};
    const auto pages = paginate(items, groups, 100);
    REQUIRE(pages.size() == 3);
    for (std::size_t p = 1; p < pages.size(); ++p) {
        REQUIRE(pages[p].placements.front().group);
        CHECK(pages[p].placements.front().index == 0);
        CHECK(pages[p].placements[1].top == 20);
    }
    std::size_t rows = 0;
    for (const auto& page : pages)
        for (const Placement& pl : page.placements) rows += pl.group ? 0 : 1;
    CHECK(rows == items.size());
}

TEST_CASE("an explicit page break starts a new page", "[pdf][flow]") {
    std::vector<Item> items{item(10), item(10)};
    items[1].break_before = true;
    CHECK(paginate(items, {}, 100).size() == 2);
}

TEST_CASE("an item taller than a page is an error naming it", "[pdf][flow]") {
    std::vector<Item> items{item(10), item(150)};
    items[1].where = "table 'x', row 7";
    CHECK_THROWS_AS(paginate(items, {}, 100), ExportError);
    CHECK_THROWS_WITH(paginate(items, {}, 100), Catch::Contains("table 'x', row 7"));
}

TEST_CASE("a chain longer than a page is broken where it must", "[pdf][flow]") {
    std::vector<Item> items(15, item(10, true));
    items.back().keep_with_next = false;
    const auto pages = paginate(items, {}, 100);
    CHECK(pages.size() == 2);
}

TEST_CASE("landscape items get pages of their own, with their own height", "[pdf][flow]") {
    // Portrait pages 100 tall, landscape 60: a heading and a table turned, then text again.
    std::vector<Item> items{item(10), item(10, true), item(10, true)};  // text whose last lines are kept
    std::vector<Item> table{item(10, true), item(20, true), item(20), item(20), item(20)};  // title, header, rows
    for (Item& it : table) it.landscape = true;
    items.insert(items.end(), table.begin(), table.end());
    items.push_back(item(10));  // portrait text after the table
    const auto pages = paginate(items, {}, 100, 60);
    REQUIRE(pages.size() == 4);
    CHECK_FALSE(pages[0].landscape);
    CHECK(pages[1].landscape);
    CHECK(pages[2].landscape);
    CHECK_FALSE(pages[3].landscape);
    const auto at = pages_of(pages, items.size());
    CHECK(at[2] == 0);   // the keep chain stops where the page turns
    CHECK(at[3] == 1);   // the table starts a landscape page
    CHECK(at[5] == 1);   // title, header, first row: 50 of 60
    CHECK(at[6] == 2);   // the second row does not fit: another landscape page
    CHECK(at[7] == 2);
    CHECK(at[8] == 3);   // and the page turns back
}
