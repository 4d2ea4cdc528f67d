#include "width.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>

namespace wardreport::docx {
namespace {

// Times-Bold advance widths (1/1000 em) of ASCII 0x20..0x7E.
constexpr short kTimesBold[95] = {
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,  // ' '../
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,   // 0..?
    930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,   // @..O
    611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,  // P.._
    333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,   // `..o
    556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520};       // p..~

// Times-Roman advance widths (1/1000 em) of ASCII 0x20..0x7E.
constexpr short kTimesRoman[95] = {
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,  // ' '../
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,  // 0..?
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,  // @..O
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,  // P.._
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,  // `..o
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541};      // p..~

}  // namespace

double longest_word_pt(std::string_view text, double size_pt, bool bold) {
    double most = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != '\n') ++j;
        if (j > i) most = std::max(most, text_width_pt(text.substr(i, j - i), size_pt, bold));
        i = j;
    }
    return most;
}

double text_width_pt(std::string_view text, double size_pt, bool bold) {
    const short* widths = bold ? kTimesBold : kTimesRoman;
    const std::string copy(text);
    utf8proc_uint8_t* base = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(copy.c_str()), 0, &base,
                                static_cast<utf8proc_option_t>(UTF8PROC_NULLTERM | UTF8PROC_DECOMPOSE |
                                                               UTF8PROC_STRIPMARK));
    if (n < 0) return 0;
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(base, &std::free);
    double em = 0;
    const auto* p = base;
    utf8proc_ssize_t at = 0;
    while (at < n) {
        utf8proc_int32_t c = 0;
        const auto k = utf8proc_iterate(p + at, n - at, &c);
        if (k <= 0) break;
        if (c == 0x0110) c = 'D';  // Đ and đ do not decompose
        if (c == 0x0111) c = 'd';
        em += c >= 0x20 && c < 0x7F ? widths[c - 0x20] : 500;
        at += k;
    }
    return em / 1000.0 * size_pt;
}

}  // namespace wardreport::docx
