// Administrative levels: the 34 provincial units of 2025 (28 tỉnh, 6 thành phố trực thuộc trung
// ương) and the three kinds of ward give every word that depends on them, from the one table in
// model.hpp, in every report: titles, headers, the Party committee, Nơi nhận.
#include "helpers.hpp"

#include "report/data_tree.hpp"
#include "util/text.hpp"

#include <wardreport/document.hpp>

using namespace wardreport;
using namespace wrtest;

namespace {

const char* const kCities[] = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"};
const char* const kProvinces[] = {
    "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh",
    "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình",
    "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh",
    "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang"};

std::string ward_file(const std::string& province, const std::string& kind = "phường") {
    return "wardreport: 1\n"
           "ward: {name: Thử, kind: " + kind + ", province: " + province + "}\n"
           "geography: {area: 10, population: 1000}\n"
           "party: {members: 100}\n"
           "congress: {ordinal: 1, term: 2025-2030, end: 2025-07-23}\n"
           "resolution:\n"
           "  groups: [{id: g, name: Kinh tế}]\n"
           "  targets: [{id: t, group: g, name: Thu ngân sách, unit: tỷ đồng, kind: level, value: 5, target_year: 2030}]\n";
}

Ward load_ward(const std::string& text) {
    Diagnostics d;
    auto w = load::load_text(text, "test.yaml", d);
    INFO(messages(d));
    REQUIRE(w.has_value());
    REQUIRE(d.error_count() == 0);
    return *w;
}

// Every text of a document, one string: headings, paragraphs, titles, header, closing.
std::string all_text(const doc::Document& d) {
    std::string out;
    for (const auto& b : d.blocks) {
        if (auto h = std::get_if<doc::OfficialHeader>(&b)) {
            out += h->superior_body + "\n";
            for (const auto& s : h->issuing_body) out += s + "\n";
        } else if (auto t = std::get_if<doc::Title>(&b)) {
            for (const auto& s : t->summary) out += s + "\n";
        } else if (auto p = std::get_if<doc::Paragraph>(&b)) {
            for (const auto& r : p->runs) out += r.text;
            out += "\n";
        } else if (auto c = std::get_if<doc::Closing>(&b)) {
            for (const auto& s : c->recipients) out += s + "\n";
        }
    }
    return out;
}

std::string rendered(const Ward& w) {
    static const report::Catalog c = builtin_catalog();
    std::string out;
    for (const char* id : {"nghi-quyet", "bao-cao-thong-ke", "theo-doi-chi-tieu"}) out += all_text(build(c, id, w));
    return out;
}

}  // namespace

TEST_CASE("admin units: each of the 6 centrally-run cities is a thành phố with a Thành ủy, in every report", "[admin]") {
    for (const char* city : kCities) {
        INFO(city);
        const Ward w = load_ward(ward_file(city));
        CHECK(w.identity.province == city);
        CHECK(w.identity.province_kind == ProvinceKind::ThanhPho);
        const std::string all = rendered(w);
        CHECK(all.find("tỉnh") == std::string::npos);
        CHECK(all.find("TỈNH") == std::string::npos);
        CHECK(all.find("Tỉnh ủy") == std::string::npos);
        CHECK(all.find("Ban Thường vụ Thành ủy") != std::string::npos);
        CHECK(all.find("thành phố " + std::string(city)) != std::string::npos);
        CHECK(all.find("ĐẢNG BỘ THÀNH PHỐ " + wardreport::text::upper(city)) != std::string::npos);
    }
}

TEST_CASE("admin units: each of the 28 provinces is a tỉnh with a Tỉnh ủy, in every report", "[admin]") {
    for (const char* province : kProvinces) {
        INFO(province);
        const Ward w = load_ward(ward_file(province, "xã"));
        CHECK(w.identity.province == province);
        CHECK(w.identity.province_kind == ProvinceKind::Tinh);
        const std::string all = rendered(w);
        CHECK(all.find("Thành ủy") == std::string::npos);
        CHECK(all.find("Ban Thường vụ Tỉnh ủy") != std::string::npos);
        CHECK(all.find("xã Thử, tỉnh " + std::string(province)) != std::string::npos);
        CHECK(all.find("ĐẢNG BỘ TỈNH " + wardreport::text::upper(province)) != std::string::npos);
    }
}

TEST_CASE("admin units: Hồ Chí Minh written as clerks write it is thành phố Hồ Chí Minh", "[admin]") {
    for (const char* written : {"Hồ Chí Minh", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP.HCM", "thành phố hồ chí minh", "TP HCM"}) {
        INFO(written);
        const Ward w = load_ward(ward_file(written));
        CHECK(w.identity.province == "Hồ Chí Minh");
        CHECK(w.identity.province_kind == ProvinceKind::ThanhPho);
        const auto tree = report::ward_tree(w, report::DocumentOptions{});
        CHECK(tree["identity"]["province_full"] == "thành phố Hồ Chí Minh");
        CHECK(tree["identity"]["province_committee"] == "Thành ủy");
        CHECK(tree["identity"]["province_people_committee"] == "Ủy ban nhân dân thành phố Hồ Chí Minh");
        CHECK(tree["party"]["superior"] == "Đảng bộ thành phố Hồ Chí Minh");
    }
}

TEST_CASE("admin units: the words of each ward kind come from the one table", "[admin]") {
    const struct { const char* kind; const char* committee; const char* people; } rows[] = {
        {"phường", "Đảng ủy phường Thử", "Ủy ban nhân dân phường Thử"},
        {"xã", "Đảng ủy xã Thử", "Ủy ban nhân dân xã Thử"},
        {"đặc khu", "Đảng ủy đặc khu Thử", "Ủy ban nhân dân đặc khu Thử"},
    };
    for (const auto& r : rows) {
        INFO(r.kind);
        const Ward w = load_ward(ward_file("Quảng Ninh", r.kind));
        const auto tree = report::ward_tree(w, report::DocumentOptions{});
        CHECK(tree["identity"]["committee"] == r.committee);
        CHECK(tree["identity"]["people_committee"] == r.people);
        CHECK(tree["party"]["committee"] == "Đảng bộ " + std::string(r.kind) + " Thử");
        const std::string all = rendered(w);
        CHECK(all.find("ĐẢNG BỘ " + wardreport::text::upper(r.kind) + " THỬ") != std::string::npos);
        CHECK(all.find("Ủy ban nhân dân " + std::string(r.kind) + " Thử") != std::string::npos);
    }
}

TEST_CASE("admin units: an unknown province is an error with a did-you-mean, an old one names the unit it joined", "[admin]") {
    auto errors = [](const std::string& province) {
        Diagnostics d;
        load::load_text(ward_file(province), "test.yaml", d);
        return messages(d);
    };
    CHECK(errors("Phu Tho").find("test.yaml:2:") != std::string::npos);
    CHECK(errors("Phu Tho").find("did you mean 'Phú Thọ'?") != std::string::npos);
    CHECK(errors("Ho Chi Minh").find("did you mean 'Hồ Chí Minh'?") != std::string::npos);
    CHECK(errors("Hòa Bình").find("'Hòa Bình' merged into Phú Thọ on 1 July 2025; expected province: Phú Thọ") != std::string::npos);
    CHECK(errors("Bà Rịa - Vũng Tàu").find("expected province: Hồ Chí Minh") != std::string::npos);
    CHECK(errors("Xyz").find("is not one of the 34 provinces") != std::string::npos);
    // A unit the table does not know (a demo's) is accepted with its kind written out.
    const Ward demo = load_ward("wardreport: 1\nward: {name: Thử, kind: xã, province: Hòa Minh, province_kind: tỉnh}\n");
    CHECK(demo.identity.province == "Hòa Minh");
    Diagnostics d;
    load::load_text("wardreport: 1\nward: {name: Thử, kind: xã, province: Huế, province_kind: tỉnh}\n", "test.yaml", d);
    CHECK(messages(d).find("'Huế' is a thành phố, not a tỉnh") != std::string::npos);
}

TEST_CASE("admin units: a blank ward name is an error, not PHƯỜNG with nothing after it", "[admin]") {
    Diagnostics d;
    load::load_text("wardreport: 1\nward: {name: \"  \", kind: phường, province: Huế}\n", "test.yaml", d);
    CHECK(messages(d).find("test.yaml:2:") != std::string::npos);
    CHECK(messages(d).find("'ward.name' is blank") != std::string::npos);
}
