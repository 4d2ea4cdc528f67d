// The small parts of the xlsx writer: sheet names, formulas, number formats, text checks, widths.
#include "formats.hpp"
#include "formula.hpp"
#include "print_setup.hpp"
#include "sheet_names.hpp"
#include "text_check.hpp"
#include "text_sheet.hpp"
#include "text_width.hpp"

#include <wardreport/exporter.hpp>

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
    SECTION("percent points over fractions: the trailing * 100 goes") {
        RowFormula f(cols, 4, "t");
        CHECK(f.expression(4) == "D5/C5");
        CHECK(f.inputs() == std::vector<std::size_t>{3, 2});
    }
    SECTION("parentheses where precedence needs them") {
        CHECK(RowFormula(cols, 5, "t").expression(0) == "(D1-B1)/B1");
        CHECK(RowFormula(cols, 6, "t").expression(9) == "(D10-B10)/(C10-B10)");
    }
    SECTION("a percent column read in percent points, a percent result divided by 100") {
        CHECK(RowFormula(cols, 7, "t").expression(1) == "E2*100/2/100");
        CHECK(RowFormula(cols, 8, "t").expression(1) == "-B2+2.50*-(1+E2*100)");
    }
    SECTION("blank while an input is not a number, and while a divisor cell is 0") {
        CHECK(RowFormula(cols, 4, "t").at(4) == "=IF(COUNT(D5,C5)<2,\"\",IFERROR(D5/C5,\"\"))");
        CHECK(RowFormula(cols, 4, "t", 26).at(0) == "=IF(COUNT(AD1,AC1)<2,\"\",IFERROR(AD1/AC1,\"\"))");
        // Each input counted once; dividing by a constant cannot fail.
        CHECK(RowFormula(cols, 5, "t").at(0) == "=IF(COUNT(D1,B1)<2,\"\",IFERROR((D1-B1)/B1,\"\"))");
        CHECK(RowFormula(cols, 7, "t").at(1) == "=IF(COUNT(E2)<1,\"\",E2*100/2/100)");
        CHECK(RowFormula(cols, 8, "t").at(1) == "=IF(COUNT(B2,E2)<2,\"\",-B2+2.50*-(1+E2*100))");
    }
    SECTION("first column offset and long column letters") {
        CHECK(RowFormula(cols, 4, "t", 26).expression(0) == "AD1/AC1");
        CHECK(column_letters(0) == "A");
        CHECK(column_letters(25) == "Z");
        CHECK(column_letters(26) == "AA");
        CHECK(column_letters(16383) == "XFD");
    }
}

TEST_CASE("xlsx: bad formulas are reported with table, column and position", "[xlsx][formula]") {
    using doc::CellType;
    auto error = [](const std::string& formula) {
        std::vector<doc::Column> cols = {column("ten", CellType::Text), column("a", CellType::Decimal),
                                         column("b", CellType::Decimal, formula)};
        try {
            RowFormula(cols, 2, "chi-tieu");
        } catch (const ExportError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(error("{a} / {c}") == "table 'chi-tieu', column 'b': formula '{a} / {c}', character 7: "
                                "unknown column 'c'; expected one of: ten, a, b");
    CHECK(error("{a} +") == "table 'chi-tieu', column 'b': formula '{a} +', character 6: unexpected end; "
                            "expected a number, {column} or '('");
    CHECK(error("({a}").find("missing ')'") != std::string::npos);
    CHECK(error("{b} * 2").find("refers to itself") != std::string::npos);
    CHECK(error("{ten} * 2").find("holds text") != std::string::npos);
    CHECK(error("{a} 2").find("unexpected '2'") != std::string::npos);
    CHECK(error("{a").find("'{' without '}'") != std::string::npos);
    CHECK(error("1.2.3").find("malformed number") != std::string::npos);
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
    CHECK(display_format("\u22122,1", Decimal(-21, 1), CellType::Decimal) == "#,##0.0");
    // Not the number, or not a plain rendering of it: the text is shown literally instead.
    CHECK_FALSE(display_format("20.379", Decimal(20380, 0), CellType::Decimal));
    CHECK_FALSE(display_format("cơ bản không còn", Decimal(0, 0), CellType::Percent));
    CHECK_FALSE(display_format("68,3", Decimal(683, 1), CellType::Percent));
    CHECK_FALSE(display_format("1.78", Decimal(178, 2), CellType::Decimal));
    CHECK_FALSE(display_format("~50", Decimal(50, 0), CellType::Decimal));
    CHECK_FALSE(display_format("12.3456", Decimal(123456, 0), CellType::Decimal));
    CHECK_FALSE(display_format("50", Decimal(50, 0), CellType::Text));
}
