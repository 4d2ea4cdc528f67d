#include "report/totals.hpp"
#include "samples.hpp"

#include <string>
#include <utility>
#include <vector>

namespace wardreport::pdf::samples {
namespace {

using doc::Align;

doc::TextStyle st(double size, bool bold = false, bool italic = false, Align align = Align::Left,
                  bool underline = false, double before = 0) {
    doc::TextStyle s;
    s.size_pt = size;
    s.bold = bold;
    s.italic = italic;
    s.underline = underline;
    s.align = align;
    s.space_before_pt = before;
    return s;
}

doc::Paragraph para(std::string text) {
    doc::Paragraph p;
    p.runs.push_back(doc::Run{std::move(text)});
    return p;
}

doc::Heading heading(int level, std::string number, std::string text) {
    doc::Heading h;
    h.level = level;
    h.number = std::move(number);
    h.text = std::move(text);
    return h;
}

doc::Cell text_cell(std::string s) {
    doc::Cell c;
    c.type = doc::CellType::Text;
    c.text = std::move(s);
    return c;
}

doc::Cell num(doc::CellType type, std::int64_t mantissa, int scale = 0) {
    doc::Cell c;
    c.type = type;
    c.number = Decimal(mantissa, scale);
    return c;
}

doc::Column column(std::string key, std::string title, doc::CellType type, double width, int decimals = 0,
                   doc::Aggregate total = doc::Aggregate::None) {
    doc::Column c;
    c.key = std::move(key);
    c.title = std::move(title);
    c.type = type;
    c.width = width;
    c.decimals = decimals;
    c.total = total;
    c.align = type == doc::CellType::Text ? Align::Left : Align::Right;
    return c;
}

const char* kLong =
    "Nhiệm kỳ 2020 - 2025, trong bối cảnh có nhiều khó khăn, thách thức, Đảng bộ và Nhân dân phường Kỳ Sơn "
    "đã đoàn kết, thống nhất, nỗ lực phấn đấu thực hiện đạt và vượt nhiều chỉ tiêu Nghị quyết Đại hội đề ra. "
    "Hệ thống chính trị tiếp tục được củng cố, kiện toàn; công tác xây dựng Đảng có nhiều chuyển biến tích cực; "
    "năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng được nâng lên. Kinh tế tiếp tục tăng trưởng khá, "
    "cơ cấu kinh tế chuyển dịch đúng hướng; tổng giá trị sản xuất công nghiệp - tiểu thủ công nghiệp năm 2025 "
    "ước đạt 921 tỷ đồng, tăng 557 tỷ đồng so với năm 2020.";

}  // namespace

doc::Layout hd36() {
    doc::Layout l;
    l.profile = "hd36";
    l.description = "Hướng dẫn 36-HD/VPTW";
    l.margin_top_mm = 20;
    l.margin_bottom_mm = 20;
    l.margin_left_mm = 30;
    l.margin_right_mm = 15;
    l.line_spacing = 1.15;
    l.first_line_indent_mm = 12.7;
    l.paragraph_spacing_pt = 6;
    l.header_left_share = 0.45;
    l.issuer_mark = doc::IssuerMark::Star;
    l.number_colon = false;
    l.page_numbers = doc::PageNumberPosition::TopCenter;
    l.styles = {
        {"national_title", st(15, true, false, Align::Center)},
        {"superior_body", st(14, false, false, Align::Center)},
        {"issuing_body", st(14, true, false, Align::Center)},
        {"number", st(14, false, false, Align::Center)},
        {"place_date", st(14, false, true, Align::Center)},
        {"doc_type", st(16, true, false, Align::Center, false, 18)},
        {"summary", st(14, true, false, Align::Center)},
        {"heading1", st(14, true, false, Align::Justify, false, 6)},
        {"heading2", st(14, true, false, Align::Justify, false, 3)},
        {"body", st(14, false, false, Align::Justify)},
        {"signature_authority", st(14, true, false, Align::Center)},
        {"signer_name", st(14, true, false, Align::Center)},
        {"recipients_label", st(14, false, false, Align::Left, true)},
        {"recipients", st(12)},
        {"page_number", st(14, false, false, Align::Center)},
    };
    return l;
}

doc::Layout nd30() {
    doc::Layout l;
    l.profile = "nd30";
    l.description = "Nghị định 30/2020/NĐ-CP";
    l.margin_top_mm = 20;
    l.margin_bottom_mm = 20;
    l.margin_left_mm = 30;
    l.margin_right_mm = 15;
    l.line_spacing = 1.15;
    l.first_line_indent_mm = 12.7;
    l.paragraph_spacing_pt = 6;
    l.header_left_share = 0.43;
    l.issuer_mark = doc::IssuerMark::Rule;
    l.issuer_rule_share = 0.4;
    l.number_colon = true;
    l.page_numbers = doc::PageNumberPosition::TopCenter;
    l.styles = {
        {"national_title", st(12, true, false, Align::Center)},
        {"motto", st(13, true, false, Align::Center)},
        {"superior_body", st(12, false, false, Align::Center)},
        {"issuing_body", st(12, true, false, Align::Center)},
        {"number", st(13, false, false, Align::Center)},
        {"place_date", st(13, false, true, Align::Center)},
        {"doc_type", st(14, true, false, Align::Center, false, 18)},
        {"summary", st(14, true, false, Align::Center)},
        {"heading1", st(14, true, false, Align::Center, false, 6)},
        {"heading2", st(14, true, false, Align::Justify, false, 3)},
        {"body", st(14, false, false, Align::Justify)},
        {"table_header", st(12, true, false, Align::Center)},
        {"table_cell", st(12)},
        {"signature_authority", st(14, true, false, Align::Center)},
        {"signature_title", st(14, true, false, Align::Center)},
        {"signer_name", st(14, true, false, Align::Center)},
        {"recipients_label", st(12, true, true)},
        {"recipients", st(11)},
        {"page_number", st(13, false, false, Align::Center)},
    };
    return l;
}

doc::Document resolution() {
    doc::Document d;
    d.report = "nghi-quyet";
    d.file_stem = "ky-son-nghi-quyet";
    d.meta.title = "Nghị quyết Đại hội đại biểu Đảng bộ phường Kỳ Sơn lần thứ I, nhiệm kỳ 2025 - 2030";
    d.meta.author = "Đảng bộ phường Kỳ Sơn";
    d.meta.subject = "Nghị quyết Đại hội";
    d.meta.keywords = "Kỳ Sơn, Đại hội, nhiệm kỳ 2025 - 2030";
    d.meta.date = Date{2025, 7, 23};
    d.layout = hd36();

    doc::OfficialHeader h;
    h.superior_body = "ĐẢNG BỘ TỈNH PHÚ THỌ";
    h.issuing_body = {"ĐẠI HỘI ĐẠI BIỂU", "ĐẢNG BỘ PHƯỜNG KỲ SƠN", "LẦN THỨ I"};
    h.number = "Số 01-NQ/ĐH";
    h.national_title = "ĐẢNG CỘNG SẢN VIỆT NAM";
    h.place_date = "Kỳ Sơn, ngày 23 tháng 7 năm 2025";
    d.blocks.push_back(h);
    d.blocks.push_back(doc::Title{"NGHỊ QUYẾT",
                                  {"ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG KỲ SƠN", "LẦN THỨ I, NHIỆM KỲ 2025 - 2030"}});
    d.blocks.push_back(para("Đại hội đại biểu Đảng bộ phường Kỳ Sơn lần thứ I, nhiệm kỳ 2025 - 2030 họp từ ngày "
                            "22/7/2025 đến ngày 23/7/2025, với 220 đại biểu đại diện cho 1.789 đảng viên của 54 "
                            "tổ chức cơ sở đảng trực thuộc; trên cơ sở thảo luận, phân tích Báo cáo chính trị do "
                            "Ban Chấp hành Đảng bộ phường trình,"));
    doc::Paragraph decide;
    decide.runs.push_back(doc::Run{"QUYẾT NGHỊ", true});
    decide.align = Align::Center;
    decide.first_line_indent = false;
    d.blocks.push_back(decide);
    d.blocks.push_back(heading(1, "I-", "TÁN THÀNH NHỮNG NỘI DUNG CƠ BẢN ĐÁNH GIÁ KẾT QUẢ NHIỆM KỲ 2020 - 2025"));
    d.blocks.push_back(para(kLong));
    doc::Paragraph mixed;
    mixed.runs = {doc::Run{"Phường Kỳ Sơn có diện tích tự nhiên "}, doc::Run{"115,689 km²", true},
                  doc::Run{"; quy mô dân số 20.379 người, trong đó dân tộc Mường chiếm 68,3%, dân tộc Kinh "
                           "chiếm 28,9%, dân tộc Dao và các dân tộc khác chiếm 2,9%. Trong nhiệm kỳ đã kết nạp "},
                  doc::Run{"57 quần chúng ưu tú", false, true}, doc::Run{" vào Đảng."}};
    d.blocks.push_back(mixed);
    d.blocks.push_back(heading(1, "II-", "PHƯƠNG HƯỚNG, MỤC TIÊU NHIỆM KỲ 2025 - 2030"));
    d.blocks.push_back(heading(2, "1.", "Mục tiêu tổng quát"));
    d.blocks.push_back(para("Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát huy tinh thần đoàn "
                            "kết, dân chủ, kỷ cương, trách nhiệm; nâng cao chất lượng phục vụ Nhân dân, đẩy mạnh "
                            "đổi mới sáng tạo, khai thác hiệu quả tiềm năng, lợi thế, huy động các nguồn lực, xây "
                            "dựng phường Kỳ Sơn theo hướng đô thị văn minh."));
    d.blocks.push_back(heading(2, "2.", "Các chỉ tiêu chủ yếu"));
    doc::List targets;
    targets.items = {
        {doc::Run{"Tổng giá trị sản xuất công nghiệp - tiểu thủ công nghiệp tăng bình quân 12%/năm;"}},
        {doc::Run{"Thu nhập bình quân đầu người đến năm 2030 đạt trên 85 triệu đồng;"}},
        {doc::Run{"Hằng năm có trên 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên; kết nạp 300 đảng "
                  "viên trong nhiệm kỳ;"}},
        {doc::Run{"Tỷ lệ hộ nghèo giảm bình quân mỗi năm 1,5%."}}};
    d.blocks.push_back(targets);
    for (int i = 0; i < 3; ++i) d.blocks.push_back(para(kLong));
    d.blocks.push_back(heading(1, "III-", "TỔ CHỨC THỰC HIỆN"));
    d.blocks.push_back(para("Đại hội giao Ban Chấp hành Đảng bộ phường khóa I căn cứ Nghị quyết Đại hội xây dựng "
                            "chương trình hành động, kế hoạch cụ thể để lãnh đạo, chỉ đạo tổ chức thực hiện thắng "
                            "lợi Nghị quyết Đại hội."));
    doc::Closing c;
    c.recipients_label = "Nơi nhận:";
    c.recipients = {"Tỉnh ủy Phú Thọ (để báo cáo),", "Các chi bộ, đảng bộ trực thuộc,", "Đại biểu dự Đại hội,",
                    "Lưu Văn phòng Đảng ủy."};
    c.authority = {"T/M ĐOÀN CHỦ TỊCH"};
    c.signer = "Nguyễn Văn An";
    d.blocks.push_back(c);
    return d;
}

doc::Document state_report() {
    doc::Document d;
    d.report = "bao-cao";
    d.file_stem = "ky-son-bao-cao";
    d.meta.title = "Báo cáo tình hình kinh tế - xã hội phường Kỳ Sơn";
    d.meta.author = "Ủy ban nhân dân phường Kỳ Sơn";
    d.meta.date = Date{2025, 7, 23};
    d.layout = nd30();

    doc::OfficialHeader h;
    h.superior_body = "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ";
    h.issuing_body = {"ỦY BAN NHÂN DÂN", "PHƯỜNG KỲ SƠN"};
    h.number = "Số: 05/BC-UBND";
    h.national_title = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    h.motto = "Độc lập - Tự do - Hạnh phúc";
    h.place_date = "Kỳ Sơn, ngày 23 tháng 7 năm 2025";
    d.blocks.push_back(h);
    d.blocks.push_back(doc::Title{"BÁO CÁO", {"Tình hình kinh tế - xã hội phường Kỳ Sơn", "6 tháng đầu năm 2025"}});
    d.blocks.push_back(heading(1, "I.", "ĐẶC ĐIỂM TÌNH HÌNH"));
    doc::KeyFigures k;
    k.title = "Một số số liệu cơ bản";
    k.items = {doc::KeyFigure{"Diện tích tự nhiên", num(doc::CellType::Decimal, 115689, 3), "km²"},
               doc::KeyFigure{"Dân số", num(doc::CellType::Integer, 20379), "người"},
               doc::KeyFigure{"Số đảng viên", num(doc::CellType::Integer, 1789), "đảng viên"}};
    d.blocks.push_back(k);
    d.blocks.push_back(para(kLong));

    doc::Table t;
    t.id = "dan-toc";
    t.title = "Biểu 01. Cơ cấu dân số theo dân tộc";
    t.unit_note = "Đơn vị tính: người";
    t.columns = {column("stt", "STT", doc::CellType::Integer, 0.5),
                 column("dan-toc", "Dân tộc", doc::CellType::Text, 2.2, 0, doc::Aggregate::Label),
                 column("so-nguoi", "Số người", doc::CellType::Integer, 1.2, 0, doc::Aggregate::Sum),
                 column("ty-le", "Tỷ lệ\n(%)", doc::CellType::Percent, 1.0, 1, doc::Aggregate::Sum)};
    t.columns[0].align = Align::Center;
    t.rows = std::make_shared<doc::VectorRows>(std::vector<std::vector<doc::Cell>>{
        {num(doc::CellType::Integer, 1), text_cell("Mường"), num(doc::CellType::Integer, 13919),
         num(doc::CellType::Percent, 683, 1)},
        {num(doc::CellType::Integer, 2), text_cell("Kinh"), num(doc::CellType::Integer, 5890),
         num(doc::CellType::Percent, 289, 1)},
        {num(doc::CellType::Integer, 3), text_cell("Dao và các dân tộc khác"), num(doc::CellType::Integer, 570),
         num(doc::CellType::Percent, 28, 1)}});
    t.totals = wardreport::report::compute_totals(t, "Tổng cộng");
    t.notes = {"Nguồn: Ủy ban nhân dân phường Kỳ Sơn, số liệu sau hợp nhất ngày 01/7/2025."};
    d.blocks.push_back(t);

    doc::Chart pie;
    pie.kind = doc::ChartKind::Pie;
    pie.id = "co-cau-dan-toc";
    pie.title = "Cơ cấu dân số theo dân tộc";
    pie.unit = "%";
    pie.categories = {"Mường", "Kinh", "Dao và các dân tộc khác"};
    pie.series = {doc::Series{"Tỷ lệ", {68.3, 28.9, 2.8}, "ty-le"}};
    d.blocks.push_back(pie);

    d.blocks.push_back(heading(1, "II.", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"));
    d.blocks.push_back(para(kLong));
    doc::Chart bars;
    bars.kind = doc::ChartKind::Bar;
    bars.id = "tien-do";
    bars.title = "Tỷ lệ thực hiện so với kế hoạch năm 2025";
    bars.unit = "%";
    bars.categories = {"Giá trị sản xuất CN - TTCN", "Thu ngân sách", "Trồng rừng", "Hộ nghèo"};
    bars.series = {doc::Series{"Thực hiện (% kế hoạch)", {104.2, 87.5, 112.0, std::nullopt}, ""}};
    bars.reference = 100;
    d.blocks.push_back(bars);
    d.blocks.push_back(para(kLong));

    doc::Closing c;
    c.recipients = {"UBND tỉnh Phú Thọ (để b/c);", "TT Đảng ủy, HĐND phường;", "Lưu: VT, VP."};
    c.authority = {"TM. ỦY BAN NHÂN DÂN"};
    c.title = "CHỦ TỊCH";
    c.signer = "Trần Văn Bình";
    d.blocks.push_back(c);
    return d;
}

namespace {
class GeneratedRows final : public doc::RowSource {
public:
    explicit GeneratedRows(std::size_t n) : n_(n) {}
    std::size_t size() const override { return n_; }
    void row(std::size_t i, std::vector<doc::Cell>& out) const override {
        const auto k = static_cast<std::int64_t>(i);
        out.clear();
        out.push_back(num(doc::CellType::Integer, k + 1));
        out.push_back(text_cell("Tổ dân phố số " + std::to_string(i + 1) +
                                (i % 7 == 3 ? " (sáp nhập từ xã Độc Lập và xã Mông Hóa)" : "")));
        out.push_back(num(doc::CellType::Integer, 1000 + (k * 37) % 2000));
        out.push_back(num(doc::CellType::Decimal, 115689 + k, 3));
        out.push_back(num(doc::CellType::Percent, (k * 13) % 1000, 1));
    }

private:
    std::size_t n_;
};
}  // namespace

doc::Document long_table(std::size_t rows) {
    doc::Document d;
    d.report = "bieu-thong-ke";
    d.file_stem = "bieu";
    d.meta.title = "Biểu thống kê";
    d.meta.date = Date{2025, 7, 23};
    d.layout = nd30();
    doc::Table t;
    t.id = "to-dan-pho";
    t.title = "Biểu 02. Số liệu các tổ dân phố";
    t.columns = {column("stt", "STT", doc::CellType::Integer, 0.6),
                 column("ten", "Tổ dân phố", doc::CellType::Text, 2.6, 0, doc::Aggregate::Label),
                 column("dan-so", "Dân số\n(người)", doc::CellType::Integer, 1.1, 0, doc::Aggregate::Sum),
                 column("dien-tich", "Diện tích\n(km²)", doc::CellType::Decimal, 1.1, 3),
                 column("ty-le", "Tỷ lệ hộ nghèo (%)", doc::CellType::Percent, 1.1, 1)};
    t.rows = std::make_shared<GeneratedRows>(rows);
    t.totals = wardreport::report::compute_totals(t, "Tổng cộng");
    d.blocks.push_back(t);
    return d;
}

}  // namespace wardreport::pdf::samples
