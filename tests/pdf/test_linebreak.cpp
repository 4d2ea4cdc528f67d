// Line breaking and justification, with synthetic metrics: every character is half an em.
#include "linebreak.hpp"
#include "text.hpp"

#include <catch2/catch.hpp>

using namespace wardreport;
using namespace wardreport::pdf;

namespace {

class HalfEm final : public Metrics {
public:
    double width(Face, double size, std::string_view text) override {
        return 0.5 * size * static_cast<double>(code_points(text).size());
    }
};

std::string line_text(const Line& l) {
    std::string s;
    for (const Word& w : l.words) {
        if (!s.empty()) s += ' ';
        for (const Piece& p : w.pieces) s += p.text;
    }
    return s;
}

}  // namespace

TEST_CASE("words keep their faces and may change face mid-word", "[pdf][linebreak]") {
    HalfEm m;
    const std::vector<Word> words =
        split_words({Span{"Diện tích ", Face::Regular}, Span{"115,689", Face::Bold}, Span{" km²;", Face::Regular}}, 10, m);
    REQUIRE(words.size() == 4);
    CHECK(words[0].pieces.at(0).text == "Diện");
    CHECK(words[2].pieces.at(0).face == Face::Bold);
    CHECK(words[2].width == Approx(35));  // 7 characters of 5 pt
    CHECK(words[3].pieces.at(0).text == "km²;");

    const std::vector<Word> joined = split_words({Span{"1.", Face::Bold}, Span{"Kinh tế", Face::Regular}}, 10, m);
    REQUIRE(joined.size() == 2);
    REQUIRE(joined[0].pieces.size() == 2);
    CHECK(joined[0].pieces[0].face == Face::Bold);
    CHECK(joined[0].pieces[1].text == "Kinh");
}

TEST_CASE("lines fit their measure, the first one indented, and keep every word in order", "[pdf][linebreak]") {
    HalfEm m;
    const std::string text =
        "Đảng bộ phường Kỳ Sơn có 54 tổ chức cơ sở đảng trực thuộc với 1.789 đảng viên, nhiệm kỳ 2020 - 2025 "
        "đạt được nhiều thành tích đáng ghi nhận";
    const std::vector<Line> lines = set_text({Span{text}}, 100, 20, 10, m);
    REQUIRE(lines.size() > 2);
    CHECK(lines.front().indent == 20);
    CHECK(lines[1].indent == 0);
    std::string all;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        CHECK(lines[i].width <= 100 - lines[i].indent + 1e-9);
        CHECK(lines[i].last == (i + 1 == lines.size()));
        all += (i ? " " : "") + line_text(lines[i]);
    }
    CHECK(all == text);
}

TEST_CASE("justified lines end exactly at the right edge except the last", "[pdf][linebreak]") {
    HalfEm m;
    const std::vector<Line> lines =
        set_text({Span{"một hai ba bốn năm sáu bảy tám chín mười mười một mười hai"}}, 80, 10, 10, m);
    REQUIRE(lines.size() >= 3);
    const double space = space_width(10, m);
    for (const Line& l : lines) {
        const std::vector<double> xs = word_positions(l, 80, doc::Align::Justify, space);
        REQUIRE(xs.size() == l.words.size());
        CHECK(xs.front() == Approx(l.indent));
        const double end = xs.back() + l.words.back().width;
        if (l.last) CHECK(end == Approx(l.indent + l.width));
        else if (l.words.size() > 1) CHECK(end == Approx(80));
    }
    const Line& first = lines.front();
    const std::vector<double> centred = word_positions(first, 80, doc::Align::Center, space);
    CHECK(centred.front() == Approx(first.indent + (80 - first.indent - first.width) / 2));
}

TEST_CASE("a word wider than the line is cut between characters", "[pdf][linebreak]") {
    HalfEm m;
    const std::vector<Line> lines = set_text({Span{"https://kyson.phutho.gov.vn/van-ban"}}, 50, 0, 10, m);
    REQUIRE(lines.size() == 4);  // 35 characters of 5 pt in lines of 10
    std::string all;
    for (const Line& l : lines) {
        CHECK(l.width <= 50 + 1e-9);
        all += line_text(l);
    }
    CHECK(all == "https://kyson.phutho.gov.vn/van-ban");
}

TEST_CASE("a word wider than the line breaks after a hyphen before it is cut", "[pdf][linebreak]") {
    HalfEm m;
    // 7 characters of 5 pt in a cell 30 wide: "CN-TTC" + "N" before, "CN-" + "TTCN" now.
    const std::vector<Line> lines = set_text({Span{"CN-TTCN"}}, 30, 0, 10, m);
    REQUIRE(lines.size() == 2);
    CHECK(line_text(lines[0]) == "CN-");
    CHECK(line_text(lines[1]) == "TTCN");
    // A part longer than the line is still cut, and what follows it keeps its place.
    const std::vector<Line> long_part = set_text({Span{"ab-cdefghij-k"}}, 25, 0, 10, m);
    std::string all;
    for (const Line& l : long_part) {
        CHECK(l.width <= 25 + 1e-9);
        all += line_text(l);
    }
    CHECK(all == "ab-cdefghij-k");
    CHECK(line_text(long_part.front()) == "ab-");
}

TEST_CASE("a newline forces a line break and is never stretched", "[pdf][linebreak]") {
    HalfEm m;
    const std::vector<Line> lines = set_text({Span{"Dân số\n(người)"}}, 200, 0, 10, m);
    REQUIRE(lines.size() == 2);
    CHECK(line_text(lines[0]) == "Dân số");
    CHECK(lines[0].last);
    CHECK(line_text(lines[1]) == "(người)");
}

TEST_CASE("text is brought to NFC and invalid UTF-8 is an error", "[pdf][linebreak]") {
    CHECK(nfc("Vie\xCC\xA3\xCC\x82t", "test") == "Việt");
    CHECK_THROWS_WITH(nfc("ab\xFF", "block 3"), Catch::Contains("block 3") && Catch::Contains("UTF-8"));
}

TEST_CASE("an underlined label is one rule across its spaces", "[pdf][linebreak]") {
    HalfEm m;
    // "Nơi nhận:" underlined (hd36's recipients label), then a word that is not.
    const std::vector<Line> lines =
        set_text({Span{"Nơi nhận:", Face::Regular, true}, Span{" - Lưu", Face::Regular, false}}, 200, 0, 10, m);
    REQUIRE(lines.size() == 1);
    const std::vector<double> xs = word_positions(lines[0], 200, doc::Align::Left, 5);
    const auto spans = underline_spans(lines[0], xs);
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].first == Approx(0));
    CHECK(spans[0].second == Approx(45));  // 3 + space + 5 characters of 5 pt
}

TEST_CASE("a span of numbers such as a term stays on one line", "[pdf][linebreak]") {
    HalfEm m;
    // At every measure, "2020 - 2025" is never broken ("2020" / "- 2025", "2020 -" / "2025"), and
    // no word is lost; "Đoàn kết - Dân chủ" (no numbers) may still break at its spaces.
    for (double width = 60; width <= 300; width += 5) {
        const std::vector<Line> lines =
            set_text({Span{"Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025 và 10 – 12%/năm, Đoàn kết - Dân chủ"}},
                     width, 0, 10, m);
        std::string all;
        for (const Line& l : lines) {
            const std::string t = line_text(l);
            INFO("width " << width << ": '" << t << "'");
            CHECK(t.rfind("- 2025", 0) != 0);
            CHECK(t.rfind("– 12", 0) != 0);
            CHECK_FALSE((t.size() >= 4 && t.compare(t.size() - 4, 4, "2020") == 0));
            CHECK_FALSE((t.size() >= 6 && t.compare(t.size() - 6, 6, "2020 -") == 0));
            all += (all.empty() ? "" : " ") + t;
        }
        CHECK(all == "Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025 và 10 – 12%/năm, Đoàn kết - Dân chủ");
    }
}
