// The shared ward data model: everything the official documents and statistics of one ward
// (phường, xã, đặc khu) are made from. Loaded from the file a clerk edits (docs/data-format.md),
// read by the report builder. Plain structs, no behaviour beyond small helpers. Engine-internal
// since SDK 2: plugins receive the built document (wardreport/document.hpp), never the ward.
//
// Conventions:
// - All text is UTF-8 in NFC (the loader normalises it).
// - Unknown is not zero: a figure the source does not give is an empty std::optional.
// - Numbers keep the digits they were written with (Decimal), and carry their unit.
#pragma once

#include <wardreport/date.hpp>
#include <wardreport/decimal.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wardreport {

// A term of office, e.g. nhiệm kỳ 2025-2030.
struct Term {
    int from = 0;
    int to = 0;
    bool contains(int year) const { return year >= from && year <= to; }
};

// A figure: a value with its unit, the year it describes, and whether the source calls it an
// estimate ("ước đạt"). `unit` is the unit as printed ("km²", "người", "tỷ đồng", "%").
struct Quantity {
    Decimal value;
    std::string unit;
    std::optional<int> year;
    bool estimated = false;
    std::string note;  // the source or a remark, free text
};

struct Person {
    std::string name;
    std::string title;  // "Phó Bí thư Tỉnh ủy"
};

// ---- identity ---------------------------------------------------------------------------------

enum class WardKind { Phuong, Xa, DacKhu };

// The provincial unit a ward belongs to: a province, or a centrally-run city (thành phố trực
// thuộc trung ương: Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế).
enum class ProvinceKind { Tinh, ThanhPho };

// The words that depend on the kind of an administrative unit, as they are written inside a
// sentence (headers and titles upper-case them). The one table of them: every report phrase
// that names a unit's kind, Party committee or People's Committee reads it.
struct UnitWords {
    const char* kind;              // "tỉnh", "thành phố", "phường", "xã", "đặc khu"
    const char* committee;         // the Party committee: "Tỉnh ủy", "Thành ủy", "Đảng ủy phường"
    const char* party;             // the Party organisation: "Đảng bộ tỉnh", "Đảng bộ phường"
    const char* people_committee;  // "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân phường"
    const char* council;           // "Hội đồng nhân dân tỉnh", "Hội đồng nhân dân phường"
};

inline const UnitWords& unit_words(ProvinceKind k) {
    static const UnitWords words[] = {
        {"tỉnh", "Tỉnh ủy", "Đảng bộ tỉnh", "Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh"},
        {"thành phố", "Thành ủy", "Đảng bộ thành phố", "Ủy ban nhân dân thành phố", "Hội đồng nhân dân thành phố"},
    };
    return words[k == ProvinceKind::ThanhPho ? 1 : 0];
}

inline const UnitWords& unit_words(WardKind k) {
    static const UnitWords words[] = {
        {"phường", "Đảng ủy phường", "Đảng bộ phường", "Ủy ban nhân dân phường", "Hội đồng nhân dân phường"},
        {"xã", "Đảng ủy xã", "Đảng bộ xã", "Ủy ban nhân dân xã", "Hội đồng nhân dân xã"},
        {"đặc khu", "Đảng ủy đặc khu", "Đảng bộ đặc khu", "Ủy ban nhân dân đặc khu", "Hội đồng nhân dân đặc khu"},
    };
    return words[k == WardKind::Xa ? 1 : k == WardKind::DacKhu ? 2 : 0];
}

// "phường", "xã", "đặc khu".
inline const char* ward_kind_name(WardKind k) { return unit_words(k).kind; }

struct Identity {
    std::string name;                    // "Kỳ Sơn"
    WardKind kind = WardKind::Phuong;
    std::string province;                // "Phú Thọ", "Hồ Chí Minh": the name without its kind
    ProvinceKind province_kind = ProvinceKind::Tinh;
    std::optional<std::string> code;     // official administrative unit code, when known
    std::vector<std::string> formed_from;  // "phường Kỳ Sơn", "xã Độc Lập", ...
    std::optional<Date> formed_on;
    std::string formed_by;               // the decision that formed it, free text
};

// ---- geography and population -------------------------------------------------------------------

// One ethnic group: its share (percent) and/or its head count; at least one is known.
struct EthnicGroup {
    std::string name;                    // "Mường", "Dao và các dân tộc khác"
    std::optional<Decimal> share;        // percent of the population, 68.3 for 68,3%
    std::optional<std::int64_t> count;   // people
};

// The residential units of one kind (thôn, bản, tổ dân phố, khu phố, ấp, …): how many, and
// their names when the source lists them.
struct ResidentialUnits {
    std::string kind;                    // "thôn", "tổ dân phố"
    std::optional<std::int64_t> count;   // when stated; else the names counted
    std::vector<std::string> names;
};

struct Geography {
    std::optional<Quantity> area;        // always in km² (hectares are converted exactly on load)
    std::optional<Quantity> population;  // people
    std::optional<Quantity> households;
    std::vector<EthnicGroup> ethnic_groups;
    std::optional<int> ethnic_year;      // the year the composition describes
    std::vector<std::string> residential_groups;  // tổ dân phố / thôn, when listed
    std::vector<ResidentialUnits> residential_units;  // by kind: 18 thôn, 5 tổ dân phố
};

// ---- Party organisation ---------------------------------------------------------------------------

struct PartyOrganisation {
    std::string committee;               // "Đảng bộ phường Kỳ Sơn"
    std::string superior;                // "Đảng bộ tỉnh Phú Thọ"
    std::optional<Quantity> basic_organisations;  // tổ chức cơ sở đảng trực thuộc
    std::optional<Quantity> members;     // đảng viên
    std::optional<Quantity> admitted;    // admitted during the past term
    std::optional<Term> admitted_term;
    std::optional<std::int64_t> executive_committee_size;  // Ban Chấp hành
    std::optional<std::int64_t> standing_committee_size;   // Ban Thường vụ
    std::optional<Person> secretary;
    std::vector<Person> deputy_secretaries;
};

// ---- economy ------------------------------------------------------------------------------------------

// Production value of one sector in one year, e.g. CN-TTCN 921 tỷ đồng in 2025, +557 vs 2020.
struct SectorValue {
    std::string sector;                  // short code as written: "CN-TTCN"
    std::string name;                    // "Công nghiệp - tiểu thủ công nghiệp"
    Quantity value;                      // with year and unit
    std::optional<Decimal> change;       // change against `change_since`, same unit
    std::optional<int> change_since;
};

// State budget revenue collected in the ward in one year, and the estimate (dự toán) it was
// planned at: "thu ngân sách đạt 45.799/36.875 tỷ đồng, bằng 124% dự toán".
struct BudgetRevenue {
    int year = 0;
    Decimal value;
    std::optional<Decimal> plan;         // dự toán, same unit
    std::string unit;                    // "tỷ đồng"
    bool estimated = false;              // ước đạt
    std::string note;
};

struct Economy {
    std::vector<SectorValue> production;
    std::optional<Quantity> cooperatives;          // HTX
    std::optional<Quantity> enterprises;           // doanh nghiệp
    std::optional<Quantity> household_businesses;  // hộ kinh doanh cá thể
    std::vector<BudgetRevenue> budget_revenue;     // thu ngân sách, one per year
};

// ---- the congress -------------------------------------------------------------------------------------

struct Guest {
    std::string name;
    std::string title;
    std::string role;                    // "dự và chỉ đạo Đại hội"
};

// Who attends: elected delegates (Đại hội đại biểu Đảng bộ …), or every member of a small
// Party organisation (Đại hội Đảng bộ …).
enum class CongressForm { Delegates, AllMembers };

struct Congress {
    int ordinal = 0;                     // lần thứ I → 1
    CongressForm form = CongressForm::Delegates;
    Term term;
    std::optional<Date> start;
    std::optional<Date> end;
    std::string place;
    std::optional<std::int64_t> delegates;            // đại biểu chính thức
    std::optional<std::int64_t> members_represented;  // đảng viên they represent
    std::vector<Guest> guests;
    std::string theme;                   // chủ đề Đại hội
    std::string motto;                   // phương châm: "Đoàn kết – Dân chủ – Kỷ cương – Đột phá – Phát triển"
};

// One target of the past term and what was reached: "thu ngân sách đạt 45.799/36.875 tỷ đồng".
struct PastResult {
    std::string name;                    // "Thu ngân sách nhà nước trên địa bàn"
    std::optional<Decimal> actual;       // 45.799
    std::optional<Decimal> target;       // 36.875
    std::string unit;                    // "tỷ đồng"
    std::string statement;               // the article's words, when recorded
};

// The results of the past term against its resolution: "12/12 chỉ tiêu đạt và vượt".
struct PastTerm {
    std::optional<std::int64_t> targets_met;    // 12
    std::optional<std::int64_t> targets_total;  // 12
    std::vector<PastResult> results;
};

// ---- the resolution and its targets --------------------------------------------------------------------

// What the resolution asks for, as real resolutions phrase it.
enum class TargetKind {
    Level,        // reach a level: "400 doanh nghiệp", "trên 85%", "cơ bản không còn hộ nghèo"
    Range,        // "165–190 triệu đồng"
    Growth,       // average yearly growth or reduction: "tăng bình quân trên 10%/năm"
    Change,       // against the baseline: "so với năm 2025 tăng 31,6%"
    Total,        // sum over the term: "kết nạp 600 đảng viên trong nhiệm kỳ"
    EachYear,     // a level every year: "mỗi năm giải quyết việc làm cho trên 300 lao động"
    Maintain,     // keep a status or a level: "duy trì xã đạt chuẩn quốc gia về y tế"
    Qualitative,  // no number: "xây dựng Đảng bộ trong sạch, vững mạnh"; the clerk assesses it
};

// How a level (or a rate) is compared: đạt, trên, không quá, dưới, đúng, ít nhất, tối đa,
// khoảng, gần. Minimum and Maximum read as AtLeast and AtMost; About and Nearly as the level
// itself in the target's direction (progress.hpp); each keeps the resolution's own word.
enum class Comparison { AtLeast, Above, AtMost, Below, Exactly, Minimum, Maximum, About, Nearly };

// A rate in percent (compound: "tăng bình quân 10%/năm") or in percentage points (linear: "tỷ lệ
// hộ nghèo giảm bình quân 1,5 điểm %/năm").
enum class RateUnit { Percent, Points };

// Where a target stands: computed from its actuals (progress.hpp), or, for a target with no
// number, the clerk's assessment.
enum class TargetStatus {
    Unknown,   // no actual yet, or nothing to compare it with
    Achieved,  // the target is met now
    OnTrack,   // not met yet, at or ahead of the steady path
    Behind,    // not met, behind the steady path (or past the target year)
};

struct Actual {
    int year = 0;
    Decimal value;
    bool estimated = false;
};

struct Target {
    std::string id;                      // unique within the resolution
    std::string group;                   // TargetGroup::id; "" when the resolution gives no group
    std::string name;                    // "Thu ngân sách nhà nước trên địa bàn"
    std::string statement;               // the resolution's own words, when recorded
    std::string unit;                    // "tỷ đồng", "%", "doanh nghiệp"; "" when not stated
    std::optional<Decimal> baseline;
    std::optional<int> baseline_year;
    std::optional<int> target_year;      // when the resolution says "đến năm 2030"
    TargetKind kind = TargetKind::Level;
    Comparison comparison = Comparison::AtLeast;  // of the level, or of the rate
    std::optional<Decimal> value;        // Level, EachYear, Maintain: the level; Total: the total
    std::optional<Decimal> min, max;     // Range: the levels; Growth, Change: a range of rates
                                         // ("tăng bình quân 8-10%/năm") instead of `rate`
    std::optional<Decimal> rate;         // Growth: a year, negative for a reduction;
                                         // Change: against the baseline, negative for a fall
    RateUnit rate_unit = RateUnit::Percent;
    std::string linked_to;               // the target whose sentence this one continues, or ""
    std::optional<TargetStatus> assessed;  // Qualitative, Maintain a status: the clerk's assessment
    std::vector<Actual> actuals;         // in year order
    std::string note;
};

struct TargetGroup {
    std::string id;                      // "kinh-te-xa-hoi"
    std::string name;                    // "Kinh tế - xã hội"
    std::optional<int> stated_count;     // how many targets the resolution sets in this group,
                                         // when the recorded list is incomplete
    bool complete = true;                // false: the list is incomplete, the total not known
};

struct Resolution {
    std::string overall_goal;            // mục tiêu tổng quát
    std::vector<TargetGroup> groups;     // in the resolution's order
    std::vector<Target> targets;
    bool targets_complete = true;        // false: "đề ra nhiều chỉ tiêu, trong đó …" — of the
                                         // targets with no group, only some are listed
    std::optional<int> stated_targets;   // "đề ra 27 chỉ tiêu, trong đó có …": how many targets
                                         // of no group the resolution sets, when not all are listed
    std::vector<std::string> breakthroughs;  // khâu đột phá
    std::optional<int> stated_breakthroughs;
    std::vector<std::string> tasks;          // nhiệm vụ, giải pháp trọng tâm
    std::optional<int> stated_tasks;
};

// ---- official documents ------------------------------------------------------------------------------

struct Signer {
    std::vector<std::string> authority;  // "T/M ĐOÀN CHỦ TỊCH" (and a second line when needed)
    std::string title;                   // "CHỦ TỊCH", "BÍ THƯ"; may be empty
    std::string name;
};

// The registration data of one official document the ward issues; keyed by report id.
struct OfficialDocument {
    std::optional<int> number;           // 1 → "01"
    std::string symbol;                  // "NQ/ĐH", "BC-UBND"
    std::string issuing_body;            // "Đại hội đại biểu Đảng bộ phường Kỳ Sơn lần thứ I"
    std::string superior_body;           // "Đảng bộ tỉnh Phú Thọ"
    std::string place;                   // "Kỳ Sơn"
    std::optional<Date> date;
    Signer signer;
    std::vector<std::string> recipients;  // nơi nhận, in order, without the leading "- "
};

// ---- the whole ward -----------------------------------------------------------------------------------

// Where a ward was read from: a report that needs a section the file lacks says so at the file,
// at the section when it is there (a resolution without targets) or at line 1.
struct WardSource {
    std::string file;                    // the name given to the loader ("-" for standard input)
    std::map<std::string, int> section_lines;  // top-level key → its line: "congress" → 12
    // Each key of `documents` (a report id) → its line and column, for the catalog's check of
    // the ids: the loader does not know which reports exist.
    std::map<std::string, std::pair<int, int>> document_keys;
};

struct Ward {
    int format_version = 1;
    WardSource source;
    Identity identity;
    Geography geography;
    PartyOrganisation party;
    Economy economy;
    std::optional<Congress> congress;
    std::optional<PastTerm> past_term;   // results of the term before the congress
    std::optional<Resolution> resolution;
    std::map<std::string, OfficialDocument> documents;  // report id → registration data
};

}  // namespace wardreport
