#include "report/totals.hpp"
#include "ky_son_document.hpp"

#include <memory>
#include <string>
#include <vector>

namespace xlsx_test {

using namespace wardreport;
using namespace wardreport::doc;

namespace {

Cell text(std::string s) { Cell c; c.type = CellType::Text; c.text = std::move(s); return c; }
Cell num(CellType t, std::int64_t mantissa, int scale = 0) { Cell c; c.type = t; c.number = Decimal(mantissa, scale); return c; }
Cell empty() { return Cell{}; }

Column col(std::string key, std::string title, CellType type, int decimals = 0, Align align = Align::Left) {
    Column c;
    c.key = std::move(key);
    c.title = std::move(title);
    c.type = type;
    c.decimals = decimals;
    c.align = align;
    return c;
}

Paragraph para(std::string s) {
    Paragraph p;
    p.runs.push_back(Run{std::move(s)});
    return p;
}

}  // namespace

Document ky_son_statistics() {
    Document d;
    d.report = "thong-ke";
    d.file_stem = "ky-son-thong-ke";
    d.meta.title = "Báo cáo số liệu thống kê phường Kỳ Sơn năm 2025";
    d.meta.author = "Ủy ban nhân dân phường Kỳ Sơn";
    d.meta.subject = "Số liệu kinh tế - xã hội sau hợp nhất";
    d.meta.keywords = "Kỳ Sơn, thống kê, dân số, chỉ tiêu";
    d.meta.company = "UBND phường Kỳ Sơn, tỉnh Phú Thọ";
    d.meta.date = Date{2025, 7, 23};
    // The state profile's (nd30) look of the roles the text sheet uses.
    auto style = [](double size, bool bold, bool italic = false, bool underline = false) {
        TextStyle t;
        t.size_pt = size;
        t.bold = bold;
        t.italic = italic;
        t.underline = underline;
        return t;
    };
    d.layout.profile = "nd30";
    d.layout.issuer_mark = IssuerMark::Rule;
    d.layout.styles = {{"national_title", style(13, true)}, {"motto", style(14, true)},
                       {"superior_body", style(13, false)}, {"issuing_body", style(13, true)},
                       {"number", style(13, false)}, {"place_date", style(14, false, true)},
                       {"doc_type", style(14, true)}, {"summary", style(14, true)}, {"body", style(14, false)},
                       {"heading1", style(14, true)}, {"key_figure", style(14, false)},
                       {"signature_authority", style(14, true)}, {"signer_name", style(14, true)},
                       {"recipients_label", style(12, true, true)}, {"recipients", style(11, false)}};

    OfficialHeader h;
    h.superior_body = "UBND TỈNH PHÚ THỌ";
    h.issuing_body = {"ỦY BAN NHÂN DÂN", "PHƯỜNG KỲ SƠN"};
    h.number = "Số: 05/BC-UBND";
    h.national_title = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    h.motto = "Độc lập - Tự do - Hạnh phúc";
    h.place_date = "Kỳ Sơn, ngày 23 tháng 7 năm 2025";
    d.blocks.push_back(h);
    d.blocks.push_back(Title{"BÁO CÁO", {"Số liệu thống kê kinh tế - xã hội phường Kỳ Sơn"}});
    d.blocks.push_back(Heading{1, "I.", "TỔNG QUAN", "tong-quan"});
    d.blocks.push_back(para("Phường Kỳ Sơn được thành lập trên cơ sở hợp nhất toàn bộ diện tích tự nhiên, "
                            "quy mô dân số của phường Kỳ Sơn, xã Độc Lập và xã Mông Hóa."));

    KeyFigures k;
    k.title = "Một số chỉ tiêu chủ yếu";
    k.items.push_back({"Diện tích tự nhiên", num(CellType::Decimal, 115689, 3), "km²"});
    k.items.push_back({"Quy mô dân số", num(CellType::Integer, 20379), "người"});
    k.items.push_back({"Số đảng viên", num(CellType::Integer, 1789), "đảng viên"});
    d.blocks.push_back(k);

    // Biểu 01: ethnic composition, with a totals row and a pie chart over it.
    Table dt;
    dt.id = "dan-toc";
    dt.title = "Biểu 01. Cơ cấu dân tộc";
    dt.columns = {col("stt", "STT", CellType::Integer, 0, Align::Center),
                  col("dan_toc", "Dân tộc", CellType::Text), col("ty_le", "Tỷ lệ\n(%)", CellType::Percent, 1, Align::Right)};
    dt.columns[1].total = Aggregate::Label;
    dt.columns[2].total = Aggregate::Sum;
    dt.notes = {"Nguồn: Báo Phú Thọ, ngày 23/7/2025."};
    dt.rows = std::make_shared<VectorRows>(std::vector<std::vector<Cell>>{
        {num(CellType::Integer, 1), text("Mường"), num(CellType::Percent, 683, 1)},
        {num(CellType::Integer, 2), text("Kinh"), num(CellType::Percent, 289, 1)},
        {num(CellType::Integer, 3), text("Dao và các dân tộc khác"), num(CellType::Percent, 29, 1)}});
    dt.totals = wardreport::report::compute_totals(dt, "Tổng cộng");
    d.blocks.push_back(dt);
    Chart pie;
    pie.kind = ChartKind::Pie;
    pie.id = "co-cau-dan-toc";
    pie.title = "Cơ cấu dân tộc (%)";
    pie.unit = "%";
    pie.table = "dan-toc";
    pie.category_column = "dan_toc";
    pie.categories = {"Mường", "Kinh", "Dao và các dân tộc khác"};
    pie.series.push_back({"Tỷ lệ", {68.3, 28.9, 2.9}, "ty_le"});
    d.blocks.push_back(pie);

    d.blocks.push_back(Heading{1, "II.", "TIẾN ĐỘ THỰC HIỆN CHỈ TIÊU", "chi-tieu"});
    // Biểu 02: targets of the resolution against the latest actuals; derived percent column.
    Table ct;
    ct.id = "chi-tieu";
    ct.title = "Biểu 02. Tiến độ thực hiện một số chỉ tiêu Nghị quyết";
    ct.unit_note = "Số liệu ước đạt năm 2025";
    ct.columns = {col("stt", "STT", CellType::Integer, 0, Align::Center),
                  col("ten", "Chỉ tiêu", CellType::Text),
                  col("dvt", "Đơn vị tính", CellType::Text, 0, Align::Center),
                  col("goc", "Năm 2020", CellType::Decimal, 0, Align::Right),
                  col("muc_tieu", "Mục tiêu năm 2030", CellType::Decimal, 0, Align::Right),
                  col("thuc_hien", "Thực hiện năm 2025", CellType::Decimal, 0, Align::Right),
                  col("ty_le", "% so với chỉ tiêu", CellType::Percent, 1, Align::Right)};
    ct.columns[6].formula = "{thuc_hien} / {muc_tieu} * 100";
    ct.rows = std::make_shared<VectorRows>(std::vector<std::vector<Cell>>{
        {num(CellType::Integer, 1), text("Số doanh nghiệp hoạt động"), text("doanh nghiệp"), empty(),
         num(CellType::Decimal, 400), num(CellType::Decimal, 206), num(CellType::Percent, 515, 1)},
        {num(CellType::Integer, 2), text("Thu ngân sách nhà nước trên địa bàn"), text("tỷ đồng"), empty(),
         num(CellType::Decimal, 50), empty(), empty()},
        {num(CellType::Integer, 3), text("Hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình"), text("%"), empty(),
         num(CellType::Decimal, 100), empty(), empty()},
        {num(CellType::Integer, 4), text("Giá trị sản xuất CN-TTCN"), text("tỷ đồng"), num(CellType::Decimal, 364),
         num(CellType::Decimal, 1200), num(CellType::Decimal, 921), num(CellType::Percent, 768, 1)}});
    ct.landscape_hint = true;
    d.blocks.push_back(ct);
    Chart bar;
    bar.kind = ChartKind::Bar;
    bar.id = "tien-do";
    bar.title = "Tiến độ thực hiện chỉ tiêu (% so với mục tiêu 2030)";
    bar.unit = "%";
    bar.table = "chi-tieu";
    bar.category_column = "ten";
    bar.series.push_back({"% so với chỉ tiêu", {51.5, std::nullopt, std::nullopt, 76.8}, "ty_le"});
    bar.reference = 100;
    d.blocks.push_back(bar);

    // Biểu 03: money with its unit in the cells and a derived (non-percent) column.
    Table sx;
    sx.id = "san-xuat";
    sx.title = "Biểu 03. Giá trị sản xuất CN-TTCN";
    Column v25 = col("nam_2025", "Năm 2025 (ước)", CellType::Money, 0, Align::Right);
    v25.unit = "tỷ đồng";
    Column tang = col("tang", "Tăng so với năm 2020", CellType::Money, 0, Align::Right);
    tang.unit = "tỷ đồng";
    Column v20 = col("nam_2020", "Năm 2020", CellType::Money, 0, Align::Right);
    v20.unit = "tỷ đồng";
    v20.formula = "{nam_2025} - {tang}";
    sx.columns = {col("chi_tieu", "Chỉ tiêu", CellType::Text), v25, tang, v20};
    sx.rows = std::make_shared<VectorRows>(std::vector<std::vector<Cell>>{
        {text("Giá trị sản xuất CN-TTCN"), num(CellType::Money, 921), num(CellType::Money, 557), num(CellType::Money, 364)}});
    d.blocks.push_back(sx);

    // A chart with its own data: it gets a data sheet.
    Chart co_so;
    co_so.kind = ChartKind::Bar;
    co_so.id = "co-so-kinh-te";
    co_so.title = "Cơ sở kinh tế đang hoạt động";
    co_so.categories = {"Hợp tác xã", "Doanh nghiệp", "Hộ kinh doanh cá thể"};
    co_so.series.push_back({"Số cơ sở", {4.0, 206.0, 870.0}, ""});
    d.blocks.push_back(co_so);

    // Runs of their own look become rich text.
    Paragraph mixed;
    mixed.runs = {Run{"Đại hội đã đề ra "}, Run{"13 chỉ tiêu phát triển KTXH", true}, Run{", "},
                  Run{"2 khâu đột phá", false, true}, Run{" và 5 nhiệm vụ giải pháp trọng tâm."}};
    d.blocks.push_back(mixed);
    List l;
    l.marker = "1.";
    l.items = {{Run{"Thu NSNN trên địa bàn đạt "}, Run{"50 tỷ đồng", true}},
               {Run{"Có 400 doanh nghiệp hoạt động"}}};
    d.blocks.push_back(l);

    Closing c;
    c.recipients = {"Thường trực Đảng ủy phường;", "Lưu: VT."};
    c.authority = {"TM. ỦY BAN NHÂN DÂN"};
    c.title = "CHỦ TỊCH";
    c.signer = "Nguyễn Văn A";
    d.blocks.push_back(c);
    return d;
}

namespace {

class HouseholdRows final : public RowSource {
public:
    explicit HouseholdRows(std::size_t n) : n_(n) {}
    std::size_t size() const override { return n_; }
    void row(std::size_t i, std::vector<Cell>& out) const override {
        out.resize(8);
        const auto k = static_cast<std::int64_t>(i);
        out[0] = num(CellType::Integer, k + 1);
        out[1] = text("Hộ " + std::to_string(i + 1));
        out[2] = text("Tổ dân phố " + std::to_string(i % 54 + 1));
        const std::int64_t people = 1 + k % 7;
        out[3] = num(CellType::Integer, people);
        out[4] = num(CellType::Decimal, 50000 + (k * 37) % 400000, 2);
        const std::int64_t income = 6000 + (k * 131) % 90000;  // tenths of a million
        out[5] = num(CellType::Money, income, 1);
        out[6] = num(CellType::Percent, 300 + k % 600, 1);
        // {thu_nhap} / {nhan_khau}, rounded to one decimal as the builder does.
        out[7].type = CellType::Money;
        out[7].number = Decimal::from_double(static_cast<double>(income) / 10.0 / static_cast<double>(people), 1);
    }

private:
    std::size_t n_;
};

}  // namespace

Document households(std::size_t rows) {
    Document d;
    d.report = "ho-gia-dinh";
    d.file_stem = "ky-son-ho-gia-dinh";
    d.meta.title = "Danh sách hộ gia đình phường Kỳ Sơn";
    d.meta.author = "Ủy ban nhân dân phường Kỳ Sơn";
    d.meta.date = Date{2025, 7, 23};
    d.blocks.push_back(Heading{1, "I.", "DANH SÁCH HỘ GIA ĐÌNH", "ho"});
    Table t;
    t.id = "ho-gia-dinh";
    t.title = "Biểu 04. Danh sách hộ gia đình";
    t.unit_note = "Đơn vị tính: như ghi ở từng cột";
    Column thu = col("thu_nhap", "Thu nhập", CellType::Money, 1, Align::Right);
    thu.unit = "triệu đồng";
    thu.total = Aggregate::Sum;
    Column bq = col("binh_quan", "Thu nhập bình quân", CellType::Money, 1, Align::Right);
    bq.unit = "triệu đồng";
    bq.formula = "{thu_nhap} / {nhan_khau}";
    Column nk = col("nhan_khau", "Nhân khẩu", CellType::Integer, 0, Align::Right);
    nk.total = Aggregate::Sum;
    Column ten = col("ho", "Hộ", CellType::Text);
    ten.total = Aggregate::Label;
    t.columns = {col("stt", "STT", CellType::Integer, 0, Align::Center), ten,
                 col("to", "Tổ dân phố", CellType::Text), nk,
                 col("dien_tich", "Diện tích đất (m²)", CellType::Decimal, 2, Align::Right), thu,
                 col("chi_tieu", "Tỷ lệ chi tiêu (%)", CellType::Percent, 1, Align::Right), bq};
    t.rows = std::make_shared<HouseholdRows>(rows);
    t.totals = wardreport::report::compute_totals(t, "Tổng cộng");
    d.blocks.push_back(t);
    return d;
}

}  // namespace xlsx_test
