// What cannot be written is an ExportError saying where, never a corrupt file.
#include "helpers.hpp"
#include "ky_son_document.hpp"

#include "workbook_writer.hpp"

#include <wardreport/exporter.hpp>

#include <catch2/catch.hpp>

using namespace wardreport;
using Catch::Matchers::Contains;
using xlsx::write_workbook;

namespace {

doc::Table& table(doc::Document& d, const std::string& id) {
    for (auto& b : d.blocks)
        if (auto t = std::get_if<doc::Table>(&b); t && t->id == id) return *t;
    throw std::logic_error("no table " + id);
}

// Replaces one cell of a VectorRows table.
void set_cell(doc::Table& t, std::size_t row, std::size_t col, doc::Cell c) {
    auto rows = std::dynamic_pointer_cast<const doc::VectorRows>(t.rows)->rows();
    rows[row][col] = std::move(c);
    t.rows = std::make_shared<doc::VectorRows>(std::move(rows));
}

doc::Cell text(std::string s) {
    doc::Cell c;
    c.type = doc::CellType::Text;
    c.text = std::move(s);
    return c;
}

}  // namespace

TEST_CASE("xlsx: invalid text in a table names table, row and column", "[xlsx][errors]") {
    const auto dir = xlsx_test::output_dir("errors");
    auto d = xlsx_test::ky_son_statistics();
    SECTION("invalid UTF-8") {
        set_cell(table(d, "dan-toc"), 1, 1, text("Kinh\xE1\xBB"));
        REQUIRE_THROWS_WITH(write_workbook(d, dir / "x.xlsx"),
                            "sheet 'Biểu 01. Cơ cấu dân tộc', cell B4 (table 'dan-toc', row 2, column 'dan_toc'): "
                            "invalid UTF-8 at byte 4; expected UTF-8 text");
    }
    SECTION("control character") {
        set_cell(table(d, "chi-tieu"), 3, 1, text("Giá trị\x1b[0m"));
        REQUIRE_THROWS_WITH(write_workbook(d, dir / "x.xlsx"),
                            Contains("table 'chi-tieu', row 4, column 'ten'") && Contains("control character U+001B"));
    }
    SECTION("longer than a cell holds") {
        set_cell(table(d, "dan-toc"), 0, 1, text(std::string(40000, 'a')));
        REQUIRE_THROWS_WITH(write_workbook(d, dir / "x.xlsx"),
                            Contains("row 1, column 'dan_toc'") && Contains("text of 40000 characters"));
    }
    SECTION("a column title") {
        table(d, "dan-toc").columns[2].title = "Tỷ lệ\x01";
        REQUIRE_THROWS_WITH(write_workbook(d, dir / "x.xlsx"), Contains("header of column 'ty_le'"));
    }
    SECTION("a paragraph") {
        std::get<doc::Paragraph>(d.blocks[3]).runs[0].text += "\xFF";
        REQUIRE_THROWS_WITH(write_workbook(d, dir / "x.xlsx"),
                            Contains("sheet 'Nội dung', block 4 (paragraph)") && Contains("invalid UTF-8"));
    }
    SECTION("a document property") {
        d.meta.author = "UBND\x7f";
        REQUIRE_THROWS_WITH(write_workbook(d, dir / "x.xlsx"), Contains("document property 'author'"));
    }
    CHECK_FALSE(std::filesystem::exists(dir / "x.xlsx"));
}

TEST_CASE("xlsx: structural errors say what was expected", "[xlsx][errors]") {
    const auto dir = xlsx_test::output_dir("errors-structure");
    auto d = xlsx_test::ky_son_statistics();
    SECTION("a row with the wrong number of cells") {
        auto& t = table(d, "dan-toc");
        auto rows = std::dynamic_pointer_cast<const doc::VectorRows>(t.rows)->rows();
        rows[2].pop_back();
        t.rows = std::make_shared<doc::VectorRows>(rows);
        REQUIRE_THROWS_WITH(write_workbook(d, dir / "x.xlsx"),
                            "table 'dan-toc', row 3: 2 cells; expected one per column (3)");
    }
    SECTION("a formula over an unknown column") {
        table(d, "chi-tieu").columns[6].formula = "{thuc_hien} / {muc_tieuu} * 100";
        REQUIRE_THROWS_WITH(write_workbook(d, dir / "x.xlsx"), Contains("unknown column 'muc_tieuu'"));
    }
    SECTION("a chart over an unknown column") {
        std::get<doc::Chart>(d.blocks[6]).series[0].column = "ti_le";
        REQUIRE_THROWS_WITH(write_workbook(d, dir / "x.xlsx"),
                            "chart 'co-cau-dan-toc': series column 'ti_le' is not a column of table 'dan-toc'; "
                            "expected one of: stt, dan_toc, ty_le");
    }
    CHECK_FALSE(std::filesystem::exists(dir / "x.xlsx"));
}

TEST_CASE("xlsx: a path that cannot be written is reported when the file is closed", "[xlsx][errors]") {
    const auto dir = xlsx_test::output_dir("errors-path");
    const auto bad = dir / "missing-directory" / "x.xlsx";
    xlsx::WorkbookOptions opts;
    opts.constant_memory = false;
    REQUIRE_THROWS_WITH(write_workbook(xlsx_test::ky_son_statistics(), bad, opts),
                        Contains("xlsx: cannot write '" + bad.string() + "'") &&
                            Contains("Error creating output xlsx file"));
}
