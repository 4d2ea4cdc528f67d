// The 34 provincial units of Việt Nam since 1 July 2025 (Nghị quyết 202/2025/QH15): 28 tỉnh and
// 6 thành phố trực thuộc trung ương, with the ways clerks write them ("TP.HCM", "Thành phố Hồ Chí
// Minh") and the 29 names merged away that day, so that an old file gets a hint, not a bare error.
#pragma once

#include <wardreport/model.hpp>

#include <optional>
#include <string>
#include <vector>

namespace wardreport::load {

struct ProvinceMatch {
    std::string name;   // the official name without its kind: "Hồ Chí Minh", "Phú Thọ"
    ProvinceKind kind = ProvinceKind::Tinh;
};

// The unit a clerk's `province` names (any case; with or without "tỉnh", "thành phố", "TP."),
// or nullopt when it names none of the 34.
std::optional<ProvinceMatch> find_province(const std::string& written);

// For a name merged away on 1 July 2025 ("Hòa Bình"): the unit it joined ("Phú Thọ"); else "".
std::string merged_into(const std::string& written);

// A province merged away on 1 July 2025 named inside a text ("Đảng bộ tỉnh Hòa Bình", "Ban
// Thường vụ Tỉnh ủy Kiên Giang"): its old name as the table writes it, and the unit it joined.
struct OldProvince {
    std::string old_name;  // "Hòa Bình"
    ProvinceMatch joined;  // Phú Thọ, tỉnh
};
std::optional<OldProvince> old_province_in(const std::string& text);

// The 34 names as printed after their kind ("Hà Nội", ..., "Phú Thọ"), for "did you mean".
const std::vector<std::string>& province_names();

}  // namespace wardreport::load
