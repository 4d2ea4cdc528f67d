#include "load/provinces.hpp"

#include "util/text.hpp"

#include <utf8proc.h>

#include <cctype>
#include <cstdlib>
#include <iterator>
#include <vector>

namespace wardreport::load {
namespace {

struct Unit {
    const char* name;
    ProvinceKind kind;
};

// The 6 centrally-run cities, then the 28 provinces.
const Unit kUnits[] = {
    {"Hà Nội", ProvinceKind::ThanhPho}, {"Hồ Chí Minh", ProvinceKind::ThanhPho},
    {"Hải Phòng", ProvinceKind::ThanhPho}, {"Đà Nẵng", ProvinceKind::ThanhPho},
    {"Cần Thơ", ProvinceKind::ThanhPho}, {"Huế", ProvinceKind::ThanhPho},
    {"Lai Châu", ProvinceKind::Tinh}, {"Điện Biên", ProvinceKind::Tinh}, {"Sơn La", ProvinceKind::Tinh},
    {"Lạng Sơn", ProvinceKind::Tinh}, {"Quảng Ninh", ProvinceKind::Tinh}, {"Thanh Hóa", ProvinceKind::Tinh},
    {"Nghệ An", ProvinceKind::Tinh}, {"Hà Tĩnh", ProvinceKind::Tinh}, {"Cao Bằng", ProvinceKind::Tinh},
    {"Tuyên Quang", ProvinceKind::Tinh}, {"Lào Cai", ProvinceKind::Tinh}, {"Thái Nguyên", ProvinceKind::Tinh},
    {"Phú Thọ", ProvinceKind::Tinh}, {"Bắc Ninh", ProvinceKind::Tinh}, {"Hưng Yên", ProvinceKind::Tinh},
    {"Ninh Bình", ProvinceKind::Tinh}, {"Quảng Trị", ProvinceKind::Tinh}, {"Quảng Ngãi", ProvinceKind::Tinh},
    {"Gia Lai", ProvinceKind::Tinh}, {"Khánh Hòa", ProvinceKind::Tinh}, {"Lâm Đồng", ProvinceKind::Tinh},
    {"Đắk Lắk", ProvinceKind::Tinh}, {"Đồng Nai", ProvinceKind::Tinh}, {"Tây Ninh", ProvinceKind::Tinh},
    {"Vĩnh Long", ProvinceKind::Tinh}, {"Đồng Tháp", ProvinceKind::Tinh}, {"Cà Mau", ProvinceKind::Tinh},
    {"An Giang", ProvinceKind::Tinh},
};

// Short forms in common use, after the kind words are taken off ("TP.HCM" → "hcm").
const struct { const char* written; const char* name; } kAliases[] = {
    {"hcm", "Hồ Chí Minh"}, {"hồ chí minh", "Hồ Chí Minh"}, {"thừa thiên huế", "Huế"},
};

// Old name → the unit it joined on 1 July 2025.
const struct { const char* old_name; const char* joined; } kMerged[] = {
    {"Hà Giang", "Tuyên Quang"}, {"Yên Bái", "Lào Cai"}, {"Bắc Kạn", "Thái Nguyên"},
    {"Vĩnh Phúc", "Phú Thọ"}, {"Hòa Bình", "Phú Thọ"}, {"Bắc Giang", "Bắc Ninh"},
    {"Thái Bình", "Hưng Yên"}, {"Hà Nam", "Ninh Bình"}, {"Nam Định", "Ninh Bình"},
    {"Quảng Bình", "Quảng Trị"}, {"Kon Tum", "Quảng Ngãi"}, {"Bình Định", "Gia Lai"},
    {"Ninh Thuận", "Khánh Hòa"}, {"Đắk Nông", "Lâm Đồng"}, {"Bình Thuận", "Lâm Đồng"},
    {"Phú Yên", "Đắk Lắk"}, {"Bình Phước", "Đồng Nai"}, {"Long An", "Tây Ninh"},
    {"Bến Tre", "Vĩnh Long"}, {"Trà Vinh", "Vĩnh Long"}, {"Tiền Giang", "Đồng Tháp"},
    {"Bạc Liêu", "Cà Mau"}, {"Kiên Giang", "An Giang"}, {"Hải Dương", "Hải Phòng"},
    {"Quảng Nam", "Đà Nẵng"}, {"Bình Dương", "Hồ Chí Minh"}, {"Bà Rịa - Vũng Tàu", "Hồ Chí Minh"},
    {"Sóc Trăng", "Cần Thơ"}, {"Hậu Giang", "Cần Thơ"},
};

// Lower case (NFC), blanks folded.
std::string fold(const std::string& written) {
    utf8proc_uint8_t* out = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(written.data()),
                                static_cast<utf8proc_ssize_t>(written.size()), &out,
                                static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STABLE));
    std::string s = n >= 0 ? std::string(reinterpret_cast<char*>(out), static_cast<std::size_t>(n)) : written;
    std::free(out);
    std::string folded;
    for (char c : s) {
        const bool blank = c == ' ' || c == '\t' || c == '\n';
        if (blank && (folded.empty() || folded.back() == ' ')) continue;
        folded += blank ? ' ' : c;
    }
    while (!folded.empty() && folded.back() == ' ') folded.pop_back();
    return folded;
}

// Folded, the kind words that may lead the name taken off: "Thành phố Hồ Chí Minh", "TP. Hồ Chí
// Minh", "tp.HCM", "Tỉnh Phú Thọ" → "hồ chí minh", "hcm", "phú thọ".
std::string key(const std::string& written) {
    std::string folded = fold(written);
    for (const char* prefix : {"thành phố ", "tỉnh ", "tp. ", "tp.", "tp "}) {
        const std::string p = prefix;
        if (folded.compare(0, p.size(), p) == 0) {
            folded = folded.substr(p.size());
            break;
        }
    }
    while (!folded.empty() && folded.front() == ' ') folded.erase(0, 1);
    return folded;
}

}  // namespace

std::optional<ProvinceMatch> find_province(const std::string& written) {
    const std::string k = key(written);
    std::string name;
    for (const auto& a : kAliases)
        if (k == a.written) name = a.name;
    for (const Unit& u : kUnits)
        if (k == key(u.name) || name == u.name) return ProvinceMatch{u.name, u.kind};
    return std::nullopt;
}

std::string merged_into(const std::string& written) {
    const std::string k = key(written);
    for (const auto& m : kMerged)
        if (k == key(m.old_name)) return m.joined;
    return {};
}

std::optional<OldProvince> old_province_in(const std::string& text) {
    // The old names folded once: a ward's texts are searched for them one by one.
    static const std::vector<std::string> folded_old = [] {
        std::vector<std::string> v;
        for (const auto& m : kMerged) v.push_back(fold(m.old_name));
        return v;
    }();
    const std::string t = fold(text);
    for (std::size_t i = 0; i < std::size(kMerged); ++i)
        for (const char* kind : {"tỉnh ", "tỉnh ủy "}) {
            const auto& m = kMerged[i];
            const std::string needle = kind + folded_old[i];
            for (std::size_t at = t.find(needle); at != std::string::npos; at = t.find(needle, at + 1)) {
                // A whole name: "tỉnh Hà Nam" is not found in "tỉnh Hà Namđịnh" (bytes ≥ 0x80 are letters).
                const std::size_t end = at + needle.size();
                const unsigned char next = end < t.size() ? static_cast<unsigned char>(t[end]) : ' ';
                if (next >= 0x80 || std::isalnum(next)) continue;
                if (auto joined = find_province(m.joined)) return OldProvince{m.old_name, *joined};
            }
        }
    return std::nullopt;
}

const std::vector<std::string>& province_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (const Unit& u : kUnits) v.emplace_back(u.name);
        return v;
    }();
    return names;
}

}  // namespace wardreport::load
