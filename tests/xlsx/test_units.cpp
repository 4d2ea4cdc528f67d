// The small parts of the xlsx writer: sheet names, formulas, number formats, text checks, widths.
#include "formats.hpp"
#include "formula.hpp"
#include "inputs.hpp"
#include "print_setup.hpp"
#include "sheet_names.hpp"
#include "text_check.hpp"
#include "text_sheet.hpp"
#include "text_width.hpp"

#include <wardreport/exporter.hpp>
#include <wardreport/progress.hpp>

#include <catch2/catch.hpp>

using namespace wardreport;
using namespace wardreport::xlsx;

TEST_CASE("xlsx: sheet names keep Vietnamese text within Excel's rules", "[xlsx][names]") {
    SheetNamer n;
    CHECK(n.claim("Dân số", "x") == "Dân số");
    // Case-insensitive duplicate, Vietnamese capitals included.
    CHECK(n.claim("DÂN SỐ", "x") == "DÂN SỐ (2)");
    CHECK(n.claim("Dân số", "x") == "Dân số (3)");
    CHECK(n.claim("Biểu 01/2025: [tạm tính]?", "x") == "Biểu 01-2025 tạm tính");
    CHECK(n.claim("'Trích'", "x") == "Trích");
    CHECK(n.claim("***", "du-phong") == "du-phong");
    CHECK(n.claim("History", "x") == "History (2)");
    // Cut at a word boundary within 31 characters (not bytes), "…" saying it was cut.
    const std::string cut = n.claim("Biểu 02. Tiến độ thực hiện một số chỉ tiêu Nghị quyết", "x");
    CHECK(cut == "Biểu 02. Tiến độ thực hiện một…");
    CHECK(valid_sheet_name(cut));
    // A word ending exactly at the 30th character is kept whole.
    CHECK(n.claim("Biểu 05. Giá trị sản xuất theo ngành", "x") == "Biểu 05. Giá trị sản xuất theo…");
    CHECK(n.claim("Bảng theo dõi thực hiện chỉ tiêu Nghị quyết", "x") == "Bảng theo dõi thực hiện chỉ…");
    // Punctuation left before the cut goes.
    CHECK(n.claim("Biểu 04. Doanh nghiệp, hợp tác xã, hộ kinh doanh đang hoạt động", "x") ==
          "Biểu 04. Doanh nghiệp, hợp tác…");
    CHECK(n.claim("Biểu 06. Tổng hợp theo tổ dân phố, thôn, xóm", "x") == "Biểu 06. Tổng hợp theo tổ dân…");
    CHECK(n.claim("Biểu 07. Số hộ nghèo, cận nghèo: chi tiết", "x") == "Biểu 07. Số hộ nghèo, cận…");
    // A single 40-letter word is cut inside it, on a character boundary.
    const std::string word = n.claim(std::string(20, 'a') + "ờờờờờờờờờờờờờờờờờờờờ", "x");
    CHECK(code_points(word) == 31);
    CHECK(word == std::string(20, 'a') + "ờờờờờờờờờờ…");
    CHECK_FALSE(text_problem(word));
    // Duplicates of a long name stay within 31, cut anew before their number.
    const std::string again = n.claim("Biểu 02. Tiến độ thực hiện một số chỉ tiêu Nghị quyết", "x");
    CHECK(again == "Biểu 02. Tiến độ thực hiện… (2)");
    CHECK(valid_sheet_name(again));
    // Nothing but punctuation still gives a valid name.
    const std::string dashes = n.claim(std::string(40, '-'), "x");
    CHECK(dashes == std::string(30, '-') + "…");
    CHECK(valid_sheet_name(dashes));
    CHECK(n.claim("bad \xC3(", "Bảng") == "Bảng");
}

TEST_CASE("xlsx: sheet names are quoted in references", "[xlsx][names]") {
    CHECK(quoted_sheet("Dân số") == "'Dân số'");
    CHECK(quoted_sheet("Hộ dân Tổ 'A'") == "'Hộ dân Tổ ''A'''");
    CHECK_FALSE(valid_sheet_name("'x"));
    CHECK_FALSE(valid_sheet_name("a/b"));
    CHECK_FALSE(valid_sheet_name(std::string(32, 'x')));
    CHECK(valid_sheet_name(std::string(31, 'x')));
}

namespace {
doc::Column column(std::string key, doc::CellType type, std::string formula = {}) {
    doc::Column c;
    c.key = std::move(key);
    c.type = type;
    c.formula = std::move(formula);
    return c;
}
}  // namespace

TEST_CASE("xlsx: column formulas become A1 formulas of the same row", "[xlsx][formula]") {
    using doc::CellType;
    std::vector<doc::Column> cols = {column("ten", CellType::Text), column("goc", CellType::Decimal),
                                     column("muc_tieu", CellType::Decimal), column("thuc_hien", CellType::Decimal),
                                     column("pct", CellType::Percent, "{thuc_hien} / {muc_tieu} * 100"),
                                     column("tang", CellType::Decimal, "({thuc_hien} - {goc}) / {goc}"),
                                     column("pct2", CellType::Percent, "({thuc_hien} - {goc}) / ({muc_tieu} - {goc}) * 100"),
                                     column("nua", CellType::Percent, "{pct} / 2"),
                                     column("am", CellType::Decimal, "-{goc} + 2.50 * -(1 + {pct})")};
    auto at = [&](std::size_t self, std::uint32_t row, std::size_t first_col = 0) {
        const auto f = RowFormula::compile(cols, self, "t", first_col);
        REQUIRE(f);
        return f->at(row);
    };
    SECTION("percent points over fractions: the trailing * 100 goes; blank while an input is not a number") {
        CHECK(at(4, 4) == "=IF(COUNT(D5,C5)<2,\"\",IFERROR(D5/C5,\"\"))");
        CHECK(RowFormula::compile(cols, 4, "t")->inputs() == std::vector<std::size_t>{3, 2});
        CHECK(at(6, 9) == "=IF(COUNT(D10,B10,C10)<3,\"\",IFERROR((D10-B10)/(C10-B10),\"\"))");
    }
    SECTION("parentheses where precedence needs them; each input counted once") {
        CHECK(at(5, 0) == "=IF(COUNT(D1,B1)<2,\"\",IFERROR((D1-B1)/B1,\"\"))");
        CHECK(at(8, 1) == "=IF(COUNT(B2,E2)<2,\"\",-B2+2.50*-(1+E2*100))");
    }
    SECTION("a percent column read in percent points, a percent result divided by 100; no IFERROR for a constant divisor") {
        CHECK(at(7, 1) == "=IF(COUNT(E2)<1,\"\",E2*100/2/100)");
    }
    SECTION("first column offset and long column letters") {
        CHECK(at(4, 0, 26) == "=IF(COUNT(AD1,AC1)<2,\"\",IFERROR(AD1/AC1,\"\"))");
        CHECK(column_letters(0) == "A");
        CHECK(column_letters(25) == "Z");
        CHECK(column_letters(26) == "AA");
        CHECK(column_letters(16383) == "XFD");
    }
}

TEST_CASE("xlsx: IF, text and comparisons: each branch guarded, text read as it is", "[xlsx][formula]") {
    using doc::CellType;
    std::vector<doc::Column> cols = {column("nam", CellType::Text), column("goc", CellType::Decimal),
                                     column("muc", CellType::Decimal), column("tl", CellType::Percent),
                                     column("td", CellType::Percent,
                                            "IF({tl}=\"—\", IF({goc}>{muc}, ({muc}-{goc})*100, 100), {muc}/{goc}*100)"),
                                     column("dg", CellType::Text,
                                            "IF(ISNUMBER({muc}), IF({nam}>=2030, \"đạt\", \"chưa \"\"đạt\"\"\"), \"—\")"),
                                     column("k", CellType::Decimal, "MAX(0, MIN(1, ABS({goc})))")};
    auto at = [&](std::size_t self) {
        const auto f = RowFormula::compile(cols, self, "t");
        REQUIRE(f);
        return f->at(4);
    };
    // A percent result's every branch as a fraction: "*100" dropped, 100 is 1, the blank stays "".
    CHECK(at(4) == "=IFERROR(IF(D5=\"—\",IF(COUNT(B5,C5)<2,\"\",IF(B5>C5,IF(COUNT(C5,B5)<2,\"\",C5-B5),1)),"
                   "IF(COUNT(C5,B5)<2,\"\",C5/B5)),\"\")");
    // ISNUMBER asks about the cell as it is; a year in a text column reads through VALUE.
    CHECK(at(5) == "=IFERROR(IF(ISNUMBER(C5),IF(VALUE(A5)>=2030,\"đạt\",\"chưa \"\"đạt\"\"\"),\"—\"),\"\")");
    CHECK(at(6) == "=IF(COUNT(B5)<1,\"\",MAX(0,MIN(1,ABS(B5))))");
    // RIGHT, like LEFT, reads its text cell as it is: no VALUE, no guard.
    cols.push_back(column("r", CellType::Text, "IF(RIGHT({nam},2)=\"30\", \"x\", \"y\")"));
    CHECK(at(7) == "=IF(RIGHT(A5,2)=\"30\",\"x\",\"y\")");
    // POWER may have no value (a negative to a fraction): its error reads as a blank, as in the engine.
    cols.push_back(column("p", CellType::Decimal, "POWER({muc}/{goc}, 1/({nam}-2025))"));
    CHECK(at(8) == "=IF(COUNT(C5,B5)<2,\"\",IFERROR(POWER(C5/B5,1/(VALUE(A5)-2025)),\"\"))");
}

TEST_CASE("xlsx: a formula this writer cannot read falls back to the cached values", "[xlsx][formula]") {
    using doc::CellType;
    std::vector<doc::Column> cols = {column("a", CellType::Decimal), column("b", CellType::Decimal, "ROUNDUP({a}, 1)")};
    CHECK_FALSE(RowFormula::compile(cols, 1, "t"));
}

TEST_CASE("xlsx: formulas over columns the table lacks are reported with table, column and position", "[xlsx][formula]") {
    using doc::CellType;
    auto error = [](const std::string& formula) {
        std::vector<doc::Column> cols = {column("ten", CellType::Text), column("a", CellType::Decimal),
                                         column("b", CellType::Decimal, formula)};
        try {
            RowFormula::compile(cols, 2, "chi-tieu");
        } catch (const ExportError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(error("{a} / {c}") == "table 'chi-tieu', column 'b': formula '{a} / {c}', character 7: "
                                "unknown column 'c'; expected one of: ten, a, b");
    CHECK(error("IF({a} > 1, {b} * 2, 0)").find("character 13: column 'b' refers to itself") != std::string::npos);
    CHECK(error("{ten} * 2") == "no error");
}

TEST_CASE("xlsx: number formats follow the Vietnamese conventions", "[xlsx][formats]") {
    using doc::CellType;
    CHECK(number_format(CellType::Integer, 0, "") == "#,##0");
    CHECK(number_format(CellType::Decimal, 3, "") == "#,##0.000");
    CHECK(number_format(CellType::Decimal, 3, "km²", true) == "#,##0.000 \"km²\"");
    CHECK(number_format(CellType::Percent, 1, "") == "0.0%");
    CHECK(number_format(CellType::Percent, 0, "%", true) == "0%");
    CHECK(number_format(CellType::Money, 0, "tỷ đồng") == "#,##0 \"tỷ đồng\"");
    CHECK(number_format(CellType::Money, 1, "") == "#,##0.0");
    CHECK(number_format(CellType::Text, 0, "x").empty());
    CHECK(literal_format("cơ bản không còn") == "\"cơ bản không còn\"");
    CHECK(literal_format("a \"b\"").empty());
}

TEST_CASE("xlsx: text checks catch what would corrupt the file", "[xlsx][text]") {
    CHECK_FALSE(text_problem("Dân tộc Mường chiếm 68,3%"));
    CHECK_FALSE(text_problem("hai\tcột\ndòng"));
    CHECK(*text_problem("ab\xC3") == "invalid UTF-8 at byte 2; expected UTF-8 text");
    CHECK(*text_problem("Kỳ\x07") == "control character U+0007 at character 3; expected printable text "
                                     "(tab and line breaks are allowed)");
    CHECK(text_problem("x\xC2\x85")->find("U+0085") != std::string::npos);
    CHECK(text_problem("\xEF\xBF\xBE")->find("non-character U+FFFE") != std::string::npos);
    CHECK_FALSE(text_problem(std::string(32767, 'a')));
    CHECK(*text_problem(std::string(32768, 'a')) == "text of 32768 characters; a cell holds at most 32767");
    // Excel counts UTF-16 units: an emoji is two.
    std::string emoji;
    for (int i = 0; i < 16384; ++i) emoji += "\xF0\x9F\x98\x80";
    CHECK(text_problem(emoji));
    CHECK(normalise_newlines("a\r\nb\rc") == "a\nb\nc");
    CHECK(prefix_code_points("Kỳ Sơn", 2) == "Kỳ");
    CHECK(prefix_bytes("Kỳ", 3) == "K");
}

TEST_CASE("xlsx: text widths count characters, capitals wider", "[xlsx][width]") {
    CHECK(text_width("Mường") == Approx(1.3 + 4));
    CHECK(text_width("MƯỜNG") > text_width("mường"));
    CHECK(text_width("dòng một\ndài hơn nữa") == Approx(text_width("dài hơn nữa")));
    CHECK(text_width("1.789") == Approx(4.55));
    CHECK(fitted_width(0, 3) == Approx(6));
    CHECK(fitted_width(80, 10) == Approx(42));
    CHECK(fitted_width(0, 500) == Approx(60));
}

TEST_CASE("xlsx: headers and footers escape ampersands and stay short", "[xlsx][print]") {
    CHECK(header_footer_text("Kinh tế & xã hội", 100) == "Kinh tế && xã hội");
    const std::string long_text = header_footer_text(std::string(300, 'x') + "&", 200);
    CHECK(long_text.size() <= 200);
    CHECK(long_text.substr(long_text.size() - 3) == "…");
    const std::string amps = header_footer_text(std::string(199, '&'), 50);
    CHECK(amps.size() <= 50);
    CHECK((amps.size() - std::string("…").size()) % 2 == 0);
    doc::Layout a4;
    CHECK(portrait_width_units(a4) == Approx(165 / 1.9));
}

TEST_CASE("xlsx: a table prints one page wide unless that shrinks it below 55 percent", "[xlsx][print]") {
    doc::Layout a4;  // 165 mm between the margins upright, 252 mm across: 86.8 and 132.6 units
    CHECK(pages_wide(a4, false, 80) == 1);
    CHECK(pages_wide(a4, false, 157) == 1);   // 157 × 0,55 = 86,4: still one page, at 55%
    CHECK(pages_wide(a4, false, 159) == 2);
    CHECK(pages_wide(a4, true, 240) == 1);
    CHECK(pages_wide(a4, true, 383) == 2);    // the tracking table with its working columns
    CHECK(pages_wide(a4, true, 0) == 1);      // a sheet that is no table
    CHECK(pages_wide(a4, true, 1e9) == 10);   // never an absurd number of pages
    doc::Layout no_room = a4;
    no_room.margin_left_mm = 200;
    CHECK(pages_wide(no_room, false, 100) == 1);
}

TEST_CASE("xlsx: long paragraphs are split at spaces", "[xlsx][text]") {
    const auto parts = split_long_text("một hai ba bốn năm", 8);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0] == "một hai");
    CHECK(parts[1] == "ba bốn");
    CHECK(parts[2] == "năm");
    CHECK(split_long_text("", 5) == std::vector<std::string>{""});
    CHECK(split_long_text("aaaaaaaaaa", 4) == std::vector<std::string>{"aaaa", "aaaa", "aa"});
}

TEST_CASE("xlsx: display overrides that are the number keep the cell a number", "[xlsx][formats]") {
    using doc::CellType;
    CHECK(display_format("20.379", Decimal(20379, 0), CellType::Decimal) == "#,##0");
    CHECK(display_format("115,689", Decimal(115689, 3), CellType::Decimal) == "#,##0.000");
    CHECK(display_format("5.587,9", Decimal(55879, 1), CellType::Money) == "#,##0.0");
    CHECK(display_format("921 tỷ đồng", Decimal(921, 0), CellType::Money) == "#,##0 \"tỷ đồng\"");
    CHECK(display_format("68,3%", Decimal(683, 1), CellType::Percent) == "0.0%");
    CHECK(display_format("68,3%", Decimal(68299, 3), CellType::Percent) == "0.0%");  // rounded as shown
    CHECK(display_format("2025", Decimal(2025, 0), CellType::Integer) == "0");
    CHECK(display_format("-2,1", Decimal(-21, 1), CellType::Decimal) == "#,##0.0");
    // A signed change (`signed: true`): the sign in the format, the plain number in the cell.
    CHECK(display_format("\u22122,1", Decimal(-21, 1), CellType::Decimal) == "\"+\"#,##0.0;\"\u2212\"#,##0.0;#,##0.0");
    CHECK(display_format("+557", Decimal(557, 0), CellType::Decimal) == "\"+\"#,##0;\"\u2212\"#,##0;#,##0");
    CHECK(display_format("+1.201,9", Decimal(12019, 1), CellType::Decimal) == "\"+\"#,##0.0;\"\u2212\"#,##0.0;#,##0.0");
    CHECK(display_format("+5,0%", Decimal(50, 1), CellType::Percent) == "\"+\"0.0%;\"\u2212\"0.0%;0.0%");
    CHECK_FALSE(display_format("+557", Decimal(-557, 0), CellType::Decimal));
    CHECK_FALSE(display_format("+-5", Decimal(-5, 0), CellType::Decimal));
    // Not the number, or not a plain rendering of it: the text is shown literally instead.
    CHECK_FALSE(display_format("20.379", Decimal(20380, 0), CellType::Decimal));
    CHECK_FALSE(display_format("cơ bản không còn", Decimal(0, 0), CellType::Percent));
    CHECK_FALSE(display_format("68,3", Decimal(683, 1), CellType::Percent));
    CHECK_FALSE(display_format("1.78", Decimal(178, 2), CellType::Decimal));
    CHECK_FALSE(display_format("~50", Decimal(50, 0), CellType::Decimal));
    CHECK_FALSE(display_format("12.3456", Decimal(123456, 0), CellType::Decimal));
    CHECK_FALSE(display_format("50", Decimal(50, 0), CellType::Text));
}

TEST_CASE("xlsx: an assessment's list offers the engine's status words, each once", "[xlsx][inputs]") {
    std::vector<std::string> engine;
    for (TargetStatus s : {TargetStatus::Achieved, TargetStatus::OnTrack, TargetStatus::Behind, TargetStatus::Unknown})
        engine.push_back(target_status_name(s));
    CHECK(assessment_words() == engine);
}
