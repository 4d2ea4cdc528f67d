// Faces and text measurement: what line breaking needs to know about fonts, kept apart from
// libharu so that the breaker can be tested with synthetic metrics.
#pragma once

#include <string_view>

namespace wardreport::pdf {

enum class Face { Regular = 0, Bold = 1, Italic = 2, BoldItalic = 3 };

inline Face face_of(bool bold, bool italic) {
    if (bold) return italic ? Face::BoldItalic : Face::Bold;
    return italic ? Face::Italic : Face::Regular;
}

class Metrics {
public:
    virtual ~Metrics() = default;
    // Advance width in points of UTF-8 `text` set in `face` at `size` points.
    virtual double width(Face face, double size, std::string_view text) = 0;
};

}  // namespace wardreport::pdf
