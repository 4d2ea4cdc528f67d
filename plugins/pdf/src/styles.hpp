// The text style of each element role: the profile's when it names the role, otherwise a
// default from the official rules (a profile that omits, say, chart_label must not get 14 pt
// body text in a chart).
#pragma once

#include "metrics.hpp"

#include <wardreport/document.hpp>

#include <string>

namespace wardreport::pdf {

doc::TextStyle role_style(const doc::Layout& layout, const std::string& role);

inline Face face_of(const doc::TextStyle& s) { return face_of(s.bold, s.italic); }

constexpr double mm_to_pt(double mm) { return mm * 72.0 / 25.4; }

}  // namespace wardreport::pdf
