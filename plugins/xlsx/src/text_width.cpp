#include "text_width.hpp"

#include <utf8proc.h>

#include <algorithm>

namespace wardreport::xlsx {

double text_width(std::string_view s, bool bold) {
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    double line = 0, widest = 0;
    std::size_t at = 0;
    while (at < s.size()) {
        utf8proc_int32_t c = 0;
        auto n = utf8proc_iterate(p + at, static_cast<utf8proc_ssize_t>(s.size() - at), &c);
        if (n <= 0) { n = 1; c = '?'; }
        at += static_cast<std::size_t>(n);
        if (c == '\n') { widest = std::max(widest, line); line = 0; continue; }
        const auto cat = utf8proc_category(c);
        if (cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_ME) continue;  // combining
        if (c == '.' || c == ',' || c == ':' || c == ';' || c == '\'' || c == '|' || c == 'i' ||
            c == 'l' || c == 'j' || c == ' ' || c == '!')
            line += 0.55;
        else if (cat == UTF8PROC_CATEGORY_LU || c == 'm' || c == 'w' || c == '%')
            line += 1.3;
        else
            line += 1.0;
    }
    widest = std::max(widest, line);
    return bold ? widest * 1.1 : widest;
}

double fitted_width(double header, double cells, double min, double max) {
    const double w = std::max(cells, std::min(header, 40.0)) + 2.0;
    return std::clamp(w, min, max);
}

}  // namespace wardreport::xlsx
