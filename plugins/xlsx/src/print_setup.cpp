#include "print_setup.hpp"

#include <algorithm>
#include <cmath>

namespace wardreport::xlsx {

namespace {
constexpr double mm_per_inch = 25.4;
constexpr double mm_per_width_unit = 1.9;  // a default-width character at 100% print scale
constexpr std::uint8_t paper_a4 = 9;
constexpr double smallest_print_scale = 0.55;
}  // namespace

int pages_wide(const doc::Layout& layout, bool landscape, double width) {
    const double across = landscape ? std::max(layout.page_width_mm, layout.page_height_mm)
                                    : std::min(layout.page_width_mm, layout.page_height_mm);
    const double units = (across - layout.margin_left_mm - layout.margin_right_mm) / mm_per_width_unit;
    if (units <= 0 || width <= 0) return 1;
    return std::clamp(static_cast<int>(std::ceil(width * smallest_print_scale / units)), 1, 10);
}

double portrait_width_units(const doc::Layout& layout) {
    const double width = std::min(layout.page_width_mm, layout.page_height_mm);
    return (width - layout.margin_left_mm - layout.margin_right_mm) / mm_per_width_unit;
}

std::string header_footer_text(const std::string& text, std::size_t max_bytes) {
    std::string escaped;
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == '\t') { escaped += ' '; continue; }
        escaped += c;
        if (c == '&') escaped += '&';
    }
    if (escaped.size() <= max_bytes) return escaped;
    const std::string ellipsis = "…";
    std::string cut(prefix_bytes(escaped, max_bytes - ellipsis.size()));
    // Never end inside an "&&" pair: a lone '&' would start a control code.
    std::size_t amps = 0;
    for (auto it = cut.rbegin(); it != cut.rend() && *it == '&'; ++it) ++amps;
    if (amps % 2 == 1) cut.pop_back();
    return cut + ellipsis;
}

void setup_page(Book& book, lxw_worksheet* ws, const std::string& sheet, const PageSetup& setup) {
    const doc::Layout& layout = book.doc.layout;
    worksheet_set_paper(ws, paper_a4);
    if (setup.landscape || layout.landscape) worksheet_set_landscape(ws);
    else worksheet_set_portrait(ws);
    worksheet_set_margins(ws, layout.margin_left_mm / mm_per_inch, layout.margin_right_mm / mm_per_inch,
                          layout.margin_top_mm / mm_per_inch, layout.margin_bottom_mm / mm_per_inch);
    // As many pages wide as read on paper (usually one), as many pages tall as needed.
    const int across = pages_wide(layout, setup.landscape || layout.landscape, setup.width);
    worksheet_fit_to_pages(ws, static_cast<std::uint16_t>(across), 0);
    if (across > 1)
        check(worksheet_repeat_columns(ws, 0, 0), [&] { return "sheet '" + sheet + "': repeated first column"; });
    if (setup.repeat_row)
        check(worksheet_repeat_rows(ws, *setup.repeat_row, *setup.repeat_row),
              [&] { return "sheet '" + sheet + "': repeated header row"; });

    // Room for the control codes around the title: "&L" ... "&R&8" ... within Excel's 255.
    const std::string title = header_footer_text(setup.title, 200);
    if (!title.empty()) {
        const std::string header = "&C&8" + title;
        check(worksheet_set_header(ws, header.c_str()), [&] { return "sheet '" + sheet + "': page header"; });
    }
    check(worksheet_set_footer(ws, "&C&9Trang &P/&N"), [&] { return "sheet '" + sheet + "': page footer"; });
}

}  // namespace wardreport::xlsx
