#include "load/schema.hpp"

#include "load/scalars.hpp"

#include <deque>

namespace wardreport::load::spec {

const Field* Node::field(const std::string& key) const {
    for (const Field& f : fields)
        if (f.key == key) return &f;
    return nullptr;
}

namespace {

// Owns every node of the table; built once, never changed.
class Table {
public:
    Table() { root_ = build(); }
    const Node& root() const { return *root_; }

private:
    Node* make(Kind kind) {
        nodes_.emplace_back();
        nodes_.back().kind = kind;
        return &nodes_.back();
    }
    const Node* object(std::vector<Field> fields) {
        Node* n = make(Kind::Object);
        n->fields = std::move(fields);
        return n;
    }
    const Node* list(const Node* item) {
        Node* n = make(Kind::List);
        n->item = item;
        return n;
    }
    const Node* integer(std::optional<std::int64_t> min, std::optional<std::int64_t> max = std::nullopt) {
        Node* n = make(Kind::Integer);
        if (min) n->min = Decimal::integer(*min);
        if (max) n->max = Decimal::integer(*max);
        return n;
    }
    const Node* number(std::optional<Decimal> min = std::nullopt, std::optional<Decimal> max = std::nullopt) {
        Node* n = make(Kind::Number);
        n->min = min;
        n->max = max;
        return n;
    }
    const Node* choice(std::vector<std::string> choices) {
        Node* n = make(Kind::Choice);
        n->choices = std::move(choices);
        return n;
    }
    // A figure: `unit` when none is written; `units` limits what may be written.
    const Node* quantity(std::string unit, bool whole, std::vector<std::string> units = {}) {
        Node* n = make(Kind::Quantity);
        n->unit = std::move(unit);
        n->units = std::move(units);
        n->whole = whole;
        if (whole) n->min = Decimal::integer(0);
        const Node* value = whole ? integer(0) : number();
        n->fields = {
            {"value", value, true, "giá trị / the value"},
            {"unit", text_, false, "đơn vị tính / the unit, \"" + n->unit + "\" when left out"},
            {"year", year_, false, "năm số liệu / the year the figure describes"},
            {"estimated", boolean_, false, "ước đạt, ước tính / an estimate (\"ước đạt\")"},
            {"note", passage_, false, "ghi chú, nguồn / a remark or the source"},
        };
        return n;
    }

    // Text of a given length at most: a name, a title or a unit is a line (200 characters: the
    // PDF's headers and chart labels have no room for more); a statement, a task or a note a
    // passage (it breaks over lines and pages). A longer text is a slip (or an attack) that no document has room for.
    const Node* text(std::size_t max_chars) {
        Node* n = make(Kind::Text);
        n->max_chars = max_chars;
        return n;
    }

    const Node* build();
    // The top-level sections of a ward file, one function each.
    const Node* ward_section();
    const Node* geography_section();
    const Node* party_section();
    const Node* economy_section();
    const Node* congress_section();
    const Node* past_term_section();
    const Node* target();
    const Node* resolution_section();
    const Node* documents_section();

    std::deque<Node> nodes_;  // stable addresses
    const Node* root_ = nullptr;
    const Node* text_ = text(200);
    const Node* passage_ = text(20000);
    const Node* boolean_ = make(Kind::Boolean);
    const Node* date_ = make(Kind::Date);
    const Node* term_ = make(Kind::Term);
    const Node* year_ = integer(first_year, last_year);
    const Node* count_ = integer(0);
    const Node* texts_ = list(text_);
    const Node* passages_ = list(passage_);
};

const Node* Table::ward_section() {
    return object({
        {"name", text_, true, "tên đơn vị hành chính, không kèm \"phường\"/\"xã\" / the name without its kind, e.g. \"Kỳ Sơn\""},
        {"kind", choice({"phường", "xã", "đặc khu"}), true, "loại đơn vị / kind of unit"},
        {"province", text_, true, "tỉnh, thành phố trực thuộc trung ương / one of the 34 provinces and centrally-run cities, "
                                  "e.g. \"Phú Thọ\", \"Hồ Chí Minh\" (\"TP.HCM\", \"Thành phố Hồ Chí Minh\" also read)"},
        {"province_kind", choice({"tỉnh", "thành phố"}), false,
         "loại đơn vị cấp tỉnh / the kind of a provincial unit not among the 34 (a demo's); known for the 34"},
        {"code", text_, false, "mã đơn vị hành chính / official administrative unit code"},
        {"formed_from", texts_, false, "các đơn vị hợp nhất / units it was formed from, e.g. \"xã Độc Lập\""},
        {"formed_on", date_, false, "ngày thành lập / date it was formed"},
        {"formed_by", text_, false, "văn bản thành lập / the decision that formed it"},
    });
}

const Node* Table::geography_section() {
    const Node* ethnic_group = object({
        {"name", text_, true, "dân tộc / ethnic group, e.g. \"Mường\""},
        {"share", number(Decimal::integer(0), Decimal::integer(100)), false, "tỷ lệ % dân số / percent of the population"},
        {"count", count_, false, "số người / number of people"},
    });
    const Node* residential = object({
        {"kind", text_, true, "loại / kind as written: \"thôn\", \"bản\", \"tổ dân phố\", \"khu phố\""},
        {"count", count_, false, "số lượng / how many; the names are counted when left out"},
        {"names", texts_, false, "tên / their names"},
    });
    return object({
        {"area", quantity("km²", false, {"km²", "km2", "ha"}), false,
         "diện tích tự nhiên / area, km² (or ha, converted exactly: 1 ha = 0,01 km²)"},
        {"population", quantity("người", true), false, "quy mô dân số / population, people"},
        {"households", quantity("hộ", true), false, "số hộ / households"},
        {"ethnic_groups", list(ethnic_group), false, "thành phần dân tộc / ethnic composition"},
        {"ethnic_year", year_, false, "năm của số liệu dân tộc / the year the composition describes"},
        {"residential_groups", texts_, false, "tổ dân phố, thôn / residential groups or villages (names)"},
        {"residential_units", list(residential), false,
         "thôn, bản, tổ dân phố, khu phố theo loại / residential units by kind: count and names"},
    });
}

const Node* Table::party_section() {
    const Node* person = object({
        {"name", text_, true, "họ và tên / full name"},
        {"title", text_, false, "chức vụ / position, e.g. \"Bí thư Đảng ủy phường\""},
    });

    return object({
        {"committee", text_, false, "tên Đảng bộ / the Party committee, e.g. \"Đảng bộ phường Kỳ Sơn\""},
        {"superior", text_, false, "Đảng bộ cấp trên / the superior committee"},
        {"basic_organisations", quantity("tổ chức cơ sở đảng", true), false, "tổ chức cơ sở đảng trực thuộc / basic Party organisations"},
        {"members", quantity("đảng viên", true), false, "số đảng viên / Party members"},
        {"admitted", quantity("đảng viên", true), false, "kết nạp đảng viên trong nhiệm kỳ / members admitted during `admitted_term`"},
        {"admitted_term", term_, false, "nhiệm kỳ kết nạp / the term of `admitted`, e.g. 2020-2025"},
        {"executive_committee_size", count_, false, "số ủy viên Ban Chấp hành / executive committee size"},
        {"standing_committee_size", count_, false, "số ủy viên Ban Thường vụ / standing committee size"},
        {"secretary", person, false, "Bí thư / secretary"},
        {"deputy_secretaries", list(person), false, "Phó Bí thư / deputy secretaries"},
    });
}

const Node* Table::economy_section() {
    const Node* sector = object({
        {"sector", text_, true, "ngành, viết tắt / sector as written, e.g. \"CN-TTCN\""},
        {"name", text_, false, "tên đầy đủ / full name, e.g. \"Công nghiệp - tiểu thủ công nghiệp\""},
        {"year", year_, true, "năm / year of the value"},
        {"value", number(), true, "giá trị sản xuất / production value"},
        {"unit", text_, false, "đơn vị / unit, \"tỷ đồng\" when left out"},
        {"estimated", boolean_, false, "ước đạt / an estimate"},
        {"change", number(), false, "tăng (+) / giảm (-) so với năm change_since / change against `change_since`, same unit"},
        {"change_since", year_, false, "năm so sánh / the year `change` is measured from"},
        {"note", passage_, false, "ghi chú / remark"},
    });
    const Node* revenue = object({
        {"year", year_, true, "năm / year"},
        {"value", number(), true, "thu ngân sách / budget revenue"},
        {"plan", number(Decimal::integer(0)), false, "dự toán / the estimate it was planned at, same unit"},
        {"unit", text_, false, "đơn vị / unit, \"tỷ đồng\" when left out"},
        {"estimated", boolean_, false, "ước đạt / an estimate"},
        {"note", passage_, false, "ghi chú / remark"},
    });
    return object({
        {"production", list(sector), false, "giá trị sản xuất theo ngành / production value by sector and year"},
        {"cooperatives", quantity("HTX", true), false, "hợp tác xã / cooperatives"},
        {"enterprises", quantity("doanh nghiệp", true), false, "doanh nghiệp đang hoạt động / enterprises"},
        {"household_businesses", quantity("hộ kinh doanh", true), false, "hộ kinh doanh cá thể / household businesses"},
        {"budget_revenue", list(revenue), false, "thu ngân sách nhà nước trên địa bàn / budget revenue, one entry a year"},
    });
}

const Node* Table::congress_section() {
    const Node* guest = object({
        {"name", text_, true, "họ và tên / full name"},
        {"title", text_, false, "chức vụ / position"},
        {"role", text_, false, "vai trò / role, e.g. \"dự và chỉ đạo Đại hội\""},
    });
    return object({
        {"ordinal", integer(1), true, "lần thứ / ordinal: 1 for lần thứ I"},
        {"form", choice({"delegates", "all_members"}), false,
         "Đại hội đại biểu (delegates, when left out) / Đại hội toàn thể đảng viên (all_members): \"Đại hội Đảng bộ …\""},
        {"term", term_, true, "nhiệm kỳ / term, e.g. 2025-2030"},
        {"start", date_, false, "ngày khai mạc / first day"},
        {"end", date_, false, "ngày bế mạc / last day"},
        {"place", text_, false, "địa điểm / place"},
        {"delegates", count_, false, "số đại biểu / delegates"},
        {"members_represented", count_, false, "số đảng viên đại diện / members the delegates represent"},
        {"guests", list(guest), false, "khách mời / guests"},
        {"theme", passage_, false, "chủ đề Đại hội / the congress theme"},
        {"motto", text_, false, "phương châm Đại hội / the congress motto, e.g. \"Đoàn kết – Dân chủ – Kỷ cương – Đột phá – Phát triển\""},
    });
}

const Node* Table::past_term_section() {
    const Node* past_result = object({
        {"name", text_, true, "chỉ tiêu / the target of the past term"},
        {"actual", number(), false, "kết quả đạt / what was reached (45.799 in \"45.799/36.875 tỷ đồng\")"},
        {"target", number(), false, "chỉ tiêu đề ra / what the resolution set (36.875)"},
        {"unit", text_, false, "đơn vị tính / unit"},
        {"statement", passage_, false, "nguyên văn / the source's words"},
    });
    return object({
        {"targets_met", count_, false, "số chỉ tiêu đạt và vượt / targets met (12 in \"12/12 chỉ tiêu\")"},
        {"targets_total", count_, false, "tổng số chỉ tiêu nhiệm kỳ trước / targets the past term set"},
        {"results", list(past_result), false, "kết quả từng chỉ tiêu / result of each target"},
    });
}

// A target of the resolution (chỉ tiêu), with its yearly actuals.
const Node* Table::target() {
    const Node* actual = object({
        {"year", year_, true, "năm / year"},
        {"value", number(), true, "kết quả thực hiện / the value reached (for a total: that year's amount)"},
        {"estimated", boolean_, false, "ước đạt / an estimate"},
    });
    Node* target_kind = make(Kind::Choice);
    target_kind->choices = {"level", "range", "growth", "change", "total", "each_year", "maintain", "qualitative"};
    target_kind->hint = "a fall is a growth or change with a negative rate (giảm bình quân 2%/năm: kind: growth, rate: -2)";
    return object({
        {"id", text_, true, "mã chỉ tiêu / target id, unique"},
        {"group", text_, false, "mã nhóm / the id of its group; left out when the resolution gives no groups"},
        {"name", text_, true, "tên chỉ tiêu / short name"},
        {"statement", passage_, false, "nguyên văn Nghị quyết / the resolution's own words"},
        {"unit", text_, false, "đơn vị tính / unit, e.g. \"tỷ đồng\", \"%\"; left out when not stated"},
        {"kind", target_kind, true,
         "loại chỉ tiêu / level: reach a level; range: between min and max; growth: average yearly rate; "
         "change: rate against the baseline; total: sum over the term; each_year: a level every year; "
         "maintain: keep a status (no value) or a level; qualitative: no number"},
        {"comparison", choice({"at_least", "above", "at_most", "below", "exactly", "minimum", "maximum", "about", "nearly"}), false,
         "so sánh / of the level (or of the rate of a growth or change): đạt (at_least, when left out), trên (above), "
         "không quá (at_most), dưới (below), đúng (exactly), ít nhất (minimum), tối đa (maximum), khoảng (about), gần (nearly)"},
        {"value", number(), false, "level, each_year, maintain: the level; total: the total over the term"},
        {"min", number(), false, "range: lower bound; growth, change: the lower rate of a range of rates (8 in \"8-10%/năm\")"},
        {"max", number(), false, "range: upper bound; growth, change: the upper rate of a range of rates (10 in \"8-10%/năm\")"},
        {"rate", number(), false, "growth: a year; change: against the baseline; negative for a fall"},
        {"rate_unit", choice({"percent", "points"}), false,
         "growth, change: the rate in percent (when left out) or in percentage points (điểm %: \"giảm 1,5 điểm %/năm\")"},
        {"baseline", number(), false, "giá trị năm gốc / baseline value"},
        {"baseline_year", year_, false, "năm gốc / baseline year"},
        {"target_year", year_, false, "năm đạt chỉ tiêu / the year the target is for; the end of the term when left out"},
        {"linked_to", text_, false, "nối tiếp chỉ tiêu / the id of the target whose sentence this one continues "
                                    "(\"thu ngân sách tăng trên 12%/năm, đến năm 2030 đạt 2 tỷ đồng\")"},
        {"status", choice({"achieved", "on_track", "behind"}), false,
         "đánh giá / the clerk's assessment of a qualitative target or one to maintain a status: đạt, đúng tiến độ, chậm tiến độ"},
        {"actuals", list(actual), false, "kết quả từng năm / yearly actuals"},
        {"note", passage_, false, "ghi chú / remark"},
    });
}

const Node* Table::resolution_section() {
    const Node* group = object({
        {"id", text_, true, "mã nhóm / group id, e.g. \"kinh-te-xa-hoi\""},
        {"name", text_, true, "tên nhóm chỉ tiêu / group name"},
        {"stated_count", count_, false, "số chỉ tiêu Nghị quyết nêu / targets the resolution sets in this group, when the list is incomplete"},
        {"complete", boolean_, false, "false: chỉ nêu một số chỉ tiêu, không rõ tổng số / the list is incomplete and the total unknown"},
    });
    return object({
        {"overall_goal", passage_, false, "mục tiêu tổng quát / overall goal"},
        {"groups", list(group), false, "nhóm chỉ tiêu, theo thứ tự Nghị quyết / target groups, in the resolution's order"},
        {"targets", list(target()), false, "chỉ tiêu / targets"},
        {"targets_complete", boolean_, false, "false: \"đề ra nhiều chỉ tiêu, trong đó …\": of the targets with no group, "
                                              "only some are listed and the total is not known"},
        {"stated_targets", count_, false, "số chỉ tiêu Nghị quyết nêu / targets of no group the resolution sets "
                                          "(\"đề ra 27 chỉ tiêu, trong đó có …\"), when not all are listed"},
        {"breakthroughs", passages_, false, "khâu đột phá / breakthroughs"},
        {"stated_breakthroughs", count_, false, "số khâu đột phá Nghị quyết nêu / breakthroughs stated, when not all are listed"},
        {"tasks", passages_, false, "nhiệm vụ, giải pháp trọng tâm / key tasks"},
        {"stated_tasks", count_, false, "số nhiệm vụ Nghị quyết nêu / tasks stated, when not all are listed"},
    });
}

// Official documents, registered by report id.
const Node* Table::documents_section() {
    const Node* signer = object({
        {"authority", texts_, false, "thẩm quyền ký / authority lines, e.g. \"T/M ĐOÀN CHỦ TỊCH\""},
        {"title", text_, false, "chức vụ người ký / title, e.g. \"BÍ THƯ\""},
        {"name", text_, false, "họ tên người ký / name; left out when not known"},
    });
    const Node* document = object({
        {"number", integer(1), false, "số văn bản / number: 1 prints as 01"},
        {"symbol", text_, true, "ký hiệu / symbol, e.g. \"NQ/ĐH\""},
        {"issuing_body", text_, true, "cơ quan ban hành / issuing body"},
        {"superior_body", text_, false, "cơ quan cấp trên / superior body"},
        {"place", text_, false, "địa danh / place of issue"},
        {"date", date_, false, "ngày ban hành / date of issue"},
        {"signer", signer, false, "người ký / signer"},
        {"recipients", texts_, false, "nơi nhận / recipients, without the leading \"- \""},
    });
    Node* documents = make(Kind::Dict);
    documents->item = document;
    documents->key_pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    return documents;
}

const Node* Table::build() {
    return object({
        {"wardreport", integer(kFormatVersion, kFormatVersion), true, "phiên bản định dạng / format version: 1"},
        {"ward", ward_section(), true, "đơn vị hành chính / the ward"},
        {"geography", geography_section(), false, "địa lý, dân số / geography and population"},
        {"party", party_section(), false, "tổ chức Đảng / Party organisation"},
        {"economy", economy_section(), false, "kinh tế / economy"},
        {"congress", congress_section(), false, "Đại hội / the congress"},
        {"past_term", past_term_section(), false, "kết quả nhiệm kỳ trước / results of the past term against its targets"},
        {"resolution", resolution_section(), false, "Nghị quyết Đại hội / the congress resolution"},
        {"documents", documents_section(), false, "đăng ký văn bản theo mã báo cáo / registration of each official document, by report id"},
    });
}

}  // namespace

const Node& root() {
    static const Table table;
    return table.root();
}

}  // namespace wardreport::load::spec
