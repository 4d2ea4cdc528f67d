// The docx writer exercised directly on documents built here, each read back with python-docx
// (read_docx.py): the parts and their dates, styles, tables, sections, charts, refusals.
#include "report/totals.hpp"
#include "docx_writer.hpp"
#include "repertoire.hpp"
#include "support/support.hpp"

#include <wardreport/exporter.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <regex>
#include <string>

using namespace wardreport;
using namespace wardreport::doc;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) { return wrtest::scratch("docx", name); }

// read_docx.py's view of `file`.
nlohmann::json read_docx(const fs::path& file) {
    const wrtest::Result r = wrtest::shell("/usr/bin/python3 " + wrtest::quote(wrtest::source_path("tests/docx/read_docx.py")) + " " +
                                           wrtest::quote(file));
    const std::string& out = r.out;
    INFO(r.err);
    INFO(out.substr(0, 400));
    return nlohmann::json::parse(out);
}

Cell text(std::string s) {
    Cell c;
    c.type = CellType::Text;
    c.text = std::move(s);
    return c;
}
Cell num(CellType t, std::int64_t mantissa, int scale = 0) {
    Cell c;
    c.type = t;
    c.number = Decimal(mantissa, scale);
    return c;
}
Column col(std::string key, std::string title, CellType type, int decimals = 0, double width = 1) {
    Column c;
    c.key = std::move(key);
    c.title = std::move(title);
    c.type = type;
    c.decimals = decimals;
    c.width = width;
    c.align = type == CellType::Text ? Align::Left : Align::Right;
    return c;
}
Paragraph para(std::string s) {
    Paragraph p;
    p.runs.push_back(Run{std::move(s)});
    return p;
}

Table population(bool wide) {
    Table t;
    t.id = "dan-toc";
    t.title = "Biểu 02. Thành phần dân tộc";
    t.unit_note = "Đơn vị tính: người";
    t.columns = {col("name", "Dân tộc", CellType::Text, 0, 3), col("people", "Số người", CellType::Integer),
                 col("share", "Tỷ lệ", CellType::Percent, 1)};
    t.columns[0].total = Aggregate::Label;
    t.columns[1].total = Aggregate::Sum;
    t.rows = std::make_shared<VectorRows>(std::vector<std::vector<Cell>>{
        {text("Mường"), num(CellType::Integer, 13918), num(CellType::Percent, 683, 1)},
        {text("Kinh"), num(CellType::Integer, 5889), num(CellType::Percent, 289, 1)},
        {text("Dao và các dân tộc khác"), num(CellType::Integer, 572), num(CellType::Percent, 29, 1)}});
    t.totals = wardreport::report::compute_totals(t, "Tổng cộng");
    t.notes = {"Nguồn: số liệu minh họa."};
    t.landscape_hint = wide;
    return t;
}

// A state report with every kind of block; `wide` turns its table's pages.
Document sample(bool wide = false) {
    Document d;
    d.report = "bao-cao";
    d.file_stem = "thu-nghiem";
    d.meta.title = "Báo cáo thử nghiệm";
    d.meta.author = "Ủy ban nhân dân phường Kỳ Sơn";
    d.meta.date = Date{2025, 7, 23};
    d.layout.profile = "nd30";
    d.layout.issuer_mark = IssuerMark::Rule;
    d.layout.margin_left_mm = 30;
    d.layout.margin_top_mm = 20;
    d.layout.styles["heading1"].bold = true;
    OfficialHeader h;
    h.superior_body = "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ";
    h.issuing_body = {"ỦY BAN NHÂN DÂN", "PHƯỜNG KỲ SƠN"};
    h.number = "Số: 05/BC-UBND";
    h.national_title = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    h.motto = "Độc lập - Tự do - Hạnh phúc";
    h.place_date = "Kỳ Sơn, ngày 23 tháng 7 năm 2025";
    d.blocks.push_back(h);
    d.blocks.push_back(Title{"BÁO CÁO", {"Số liệu thống kê cơ bản"}});
    d.blocks.push_back(Heading{1, "I.", "DÂN SỐ", "muc-1"});
    d.blocks.push_back(para("Phường Kỳ Sơn có 20.379 người."));
    List l;
    l.marker = "1.";
    l.items = {{Run{"Thứ nhất"}}, {Run{"Thứ hai"}}};
    d.blocks.push_back(l);
    d.blocks.push_back(population(wide));
    Chart c;
    c.kind = ChartKind::Bar;
    c.id = "tien-do";
    c.title = "Tiến độ";
    c.unit = "%";
    c.categories = {"Thu ngân sách", "Doanh nghiệp"};
    c.series = {Series{"Tiến độ", {80.0, std::nullopt}, ""}};
    c.reference = 100;
    d.blocks.push_back(c);
    Closing cl;
    cl.recipients = {"Như trên;", "Lưu: VT."};
    cl.authority = {"TM. ỦY BAN NHÂN DÂN"};
    cl.title = "CHỦ TỊCH";
    cl.signer = "Nguyễn Văn A";
    d.blocks.push_back(cl);
    return d;
}

fs::path write(const Document& d, const fs::path& dir, const std::string& name = "out.docx") {
    const fs::path out = dir / name;
    docx::write_docx(d, out);
    return out;
}

}  // namespace

TEST_CASE("docx: the package holds the parts Word needs, deflated and dated 1980-01-01", "[docx]") {
    const nlohmann::json j = read_docx(write(sample(), scratch("package")));
    std::vector<std::string> names;
    for (const auto& e : j["entries"]) {
        names.push_back(e["name"]);
        CHECK(e["date"] == nlohmann::json({1980, 1, 1, 0, 0, 0}));
        CHECK(e["deflated"] == true);
    }
    CHECK(names.front() == "[Content_Types].xml");
    for (const char* part : {"word/document.xml", "word/styles.xml", "word/numbering.xml", "word/header1.xml",
                             "word/charts/chart1.xml", "word/embeddings/Microsoft_Excel_Worksheet1.xlsx",
                             "docProps/core.xml"})
        CHECK(std::find(names.begin(), names.end(), part) != names.end());
}

TEST_CASE("docx: styles, the header table, the data table and its totals read back", "[docx]") {
    const nlohmann::json j = read_docx(write(sample(), scratch("styles")));
    std::map<std::string, std::string> style_of;
    for (const auto& p : j["paragraphs"]) style_of[p["text"]] = p["style"];
    CHECK(style_of["BÁO CÁO"] == "Title");
    CHECK(style_of["I. DÂN SỐ"] == "Heading 1");
    CHECK(style_of["Phường Kỳ Sơn có 20.379 người."] == "Normal");
    CHECK(style_of["Biểu 02. Thành phần dân tộc"] == "Table Title");
    REQUIRE(j["tables"].size() == 3);
    const auto& header = j["tables"][0];
    CHECK(header["style"] == "");  // borderless
    CHECK(header["rows"][1][0] == "Số: 05/BC-UBND");
    const auto& data = j["tables"][1];
    CHECK(data["style"] == "TableGrid");
    CHECK(data["header_repeats"] == true);
    CHECK(data["rows"][0] == nlohmann::json({"Dân tộc", "Số người", "Tỷ lệ"}));
    CHECK(data["rows"][1] == nlohmann::json({"Mường", "13.918", "68,3%"}));
    CHECK(data["rows"][4] == nlohmann::json({"Tổng cộng", "20.379", ""}));
    // The text column gets the width its share and its longest word give it; numbers the rest.
    const auto& w = data["widths_twips"];
    CHECK(w[0].get<int>() > 2 * w[1].get<int>());
    CHECK(std::abs(w[0].get<int>() + w[1].get<int>() + w[2].get<int>() - 9354) <= 2);  // 165 mm
    const std::string xml = j["document_xml"];
    CHECK(xml.find("<w:numId w:val=\"1\"/>") != std::string::npos);
    // The heading's anchor is a bookmark, for cross-references.
    CHECK(xml.find("<w:bookmarkStart w:id=\"1\" w:name=\"muc_1\"/>") != std::string::npos);
}

TEST_CASE("docx: identical documents give identical bytes", "[docx]") {
    const fs::path dir = scratch("identical");
    CHECK(wrtest::read_file(write(sample(), dir, "a.docx")) == wrtest::read_file(write(sample(), dir, "b.docx")));
}

TEST_CASE("docx: properties are dated from the document, never the clock", "[docx]") {
    Document d = sample();
    nlohmann::json j = read_docx(write(d, scratch("dated")));
    CHECK(j["created"] == "2025-07-23T00:00:00");
    CHECK(j["title"] == "Báo cáo thử nghiệm");
    d.meta.date.reset();
    j = read_docx(write(d, scratch("undated")));
    CHECK(j["created"].is_null());
}

TEST_CASE("docx: text goes in as NFC", "[docx]") {
    Document d = sample();
    d.blocks.push_back(para("Ky\xCC\x80 So\xCC\x9B\xCC\x80n"));  // "Kỳ Sờn" decomposed (NFD)
    const nlohmann::json j = read_docx(write(d, scratch("nfc")));
    const std::string xml = j["document_xml"];
    CHECK(xml.find("K\xE1\xBB\xB3 S\xE1\xBB\x9Dn") != std::string::npos);
    CHECK(xml.find("y\xCC\x80") == std::string::npos);
}

TEST_CASE("docx: a term stays on one line: no-break spaces around the dash between numbers", "[docx]") {
    Document d = sample();
    d.blocks.push_back(para("nhiệm kỳ 2020 - 2025, 10 \u2013 12%/năm; Đoàn kết - Dân chủ"));
    const std::string xml = read_docx(write(d, scratch("term")))["document_xml"];
    CHECK(xml.find("nhiệm kỳ 2020\u00A0-\u00A02025, 10\u00A0\u2013\u00A012%/năm; Đoàn kết - Dân chủ") != std::string::npos);
}

TEST_CASE("docx: an undrawable character is refused with its code point and where", "[docx]") {
    Document d = sample();
    d.blocks.insert(d.blocks.begin() + 3, para("Chào \xF0\x9F\x98\x80"));
    const fs::path dir = scratch("emoji");
    CHECK_THROWS_WITH(write(d, dir), Catch::Contains("U+1F600") && Catch::Contains("block 4"));
    Document cjk = sample();
    auto& t = std::get<Table>(cjk.blocks[5]);
    auto rows = std::static_pointer_cast<const VectorRows>(t.rows)->rows();
    rows[1][0] = text("中");
    t.rows = std::make_shared<VectorRows>(rows);
    CHECK_THROWS_WITH(write(cjk, dir), Catch::Contains("U+4E2D") && Catch::Contains("table 'dan-toc', row 2"));
}

TEST_CASE("docx: a control character is refused", "[docx]") {
    for (const char* bad : {"a\tb", "a\x07" "b", "a\xC2\x85" "b"}) {
        Document d = sample();
        d.blocks.push_back(para(bad));
        CHECK_THROWS_WITH(write(d, scratch("control")), Catch::Contains("control character") && Catch::Contains("block 9"));
    }
}

TEST_CASE("docx: a wide table gets landscape pages and the page turns back after it", "[docx]") {
    const nlohmann::json j = read_docx(write(sample(true), scratch("landscape")));
    REQUIRE(j["sections"].size() == 3);
    CHECK(j["sections"][0]["landscape"] == false);
    CHECK(j["sections"][0]["first_page_apart"] == true);  // no number on page 1
    CHECK(j["sections"][1]["landscape"] == true);
    CHECK(j["sections"][1]["width_mm"] == 297.0);
    CHECK(j["sections"][1]["first_page_apart"] == false);  // its first page is numbered
    CHECK(j["sections"][2]["landscape"] == false);
    // The heading before the table turns with it.
    const std::string xml = j["document_xml"];
    CHECK(xml.find("w:orient=\"landscape\"") > xml.find("DÂN SỐ"));
}

TEST_CASE("docx: a chart is a native chart with its figures in an embedded workbook", "[docx]") {
    const fs::path out = write(sample(), scratch("chart"));
    const std::string cmd = "/usr/bin/python3 -c \"import zipfile,io,openpyxl,sys; z=zipfile.ZipFile(sys.argv[1]); "
                            "x=z.read('word/charts/chart1.xml').decode(); "
                            "ws=openpyxl.load_workbook(io.BytesIO(z.read('word/embeddings/Microsoft_Excel_Worksheet1.xlsx'))).active; "
                            "print('bar' if '<c:barChart>' in x else 'no-bar', 'line' if '<c:lineChart>' in x else 'no-line', "
                            "[[c.value for c in r] for r in ws.iter_rows()])\" '" + out.string() + "'";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
    std::array<char, 4096> buf{};
    const std::string got(buf.data(), std::fread(buf.data(), 1, buf.size(), pipe.get()));
    // Categories, the series, the reference line; the unknown value stays blank, never 0.
    CHECK(got == "bar line [[None, 'Tiến độ', '100%'], ['Thu ngân sách', 80, 100], ['Doanh nghiệp', None, 100]]\n");
}

