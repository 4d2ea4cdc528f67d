// How wide text shows, in Excel column-width units (the width of "0" in the default font).
// Measured by code points, not bytes ("Mường" is 5 wide, not 7), capitals wider than lower
// case and narrow punctuation narrower; the longest line of multi-line text counts.
#pragma once

#include <string_view>

namespace wardreport::xlsx {

double text_width(std::string_view utf8, bool bold = false);

// Column width for a column whose widest header line measures `header` and widest cell `cells`:
// padding added, clamped to [min, max]; a header longer than the cells wraps at about 40.
double fitted_width(double header, double cells, double min = 6, double max = 60);

}  // namespace wardreport::xlsx
