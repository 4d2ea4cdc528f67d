#include "styles.hpp"

#include <map>

namespace wardreport::pdf {
namespace {

doc::TextStyle make(double size, bool bold, bool italic, doc::Align align, double before = 0,
                    double after = 0) {
    doc::TextStyle s;
    s.size_pt = size;
    s.bold = bold;
    s.italic = italic;
    s.align = align;
    s.space_before_pt = before;
    s.space_after_pt = after;
    return s;
}

const std::map<std::string, doc::TextStyle>& defaults() {
    using doc::Align;
    static const std::map<std::string, doc::TextStyle> d = {
        {"national_title", make(13, true, false, Align::Center)},
        {"motto", make(13, true, false, Align::Center)},
        {"superior_body", make(13, false, false, Align::Center)},
        {"issuing_body", make(13, true, false, Align::Center)},
        {"number", make(13, false, false, Align::Center)},
        {"place_date", make(14, false, true, Align::Center)},
        {"doc_type", make(14, true, false, Align::Center, 18)},
        {"summary", make(14, true, false, Align::Center)},
        {"heading1", make(14, true, false, Align::Center, 6)},
        {"heading2", make(14, true, false, Align::Justify, 6)},
        {"heading3", make(14, true, true, Align::Justify, 6)},
        {"body", make(14, false, false, Align::Justify)},
        {"table_title", make(13, true, false, Align::Center, 6)},
        {"table_header", make(12, true, false, Align::Center)},
        {"table_cell", make(12, false, false, Align::Left)},
        {"table_note", make(11, false, true, Align::Left)},
        {"chart_title", make(13, true, false, Align::Center, 6)},
        {"chart_label", make(10, false, false, Align::Left)},
        {"key_figure", make(14, false, false, Align::Justify)},
        {"signature_authority", make(14, true, false, Align::Center)},
        {"signature_title", make(14, true, false, Align::Center)},
        {"signer_name", make(14, true, false, Align::Center)},
        {"recipients_label", make(12, true, true, Align::Left)},
        {"recipients", make(11, false, false, Align::Left)},
        {"page_number", make(13, false, false, Align::Center)},
    };
    return d;
}

}  // namespace

doc::TextStyle role_style(const doc::Layout& layout, const std::string& role) {
    if (auto it = layout.styles.find(role); it != layout.styles.end()) return it->second;
    if (auto it = defaults().find(role); it != defaults().end()) return it->second;
    return layout.style("body");
}

}  // namespace wardreport::pdf
