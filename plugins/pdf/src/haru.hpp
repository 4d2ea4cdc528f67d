// A libharu document owned in RAII style, with its errors turned into ExportError. libharu
// reports errors through a C callback; an exception must not unwind through C frames, so the
// callback only records the error and callers check after each step (check()).
#pragma once

#include "metrics.hpp"

#include <hpdf.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace wardreport::pdf {

class HaruDoc {
public:
    HaruDoc();
    ~HaruDoc();
    HaruDoc(const HaruDoc&) = delete;
    HaruDoc& operator=(const HaruDoc&) = delete;

    HPDF_Doc get() const { return doc_; }
    // Throws ExportError("<what>: libharu error 0x....") when libharu reported an error.
    void check(const std::string& what);
    void save(const std::filesystem::path& out);

private:
    static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self) noexcept;
    HPDF_Doc doc_ = nullptr;
    HPDF_STATUS error_ = 0;
    HPDF_STATUS detail_ = 0;
};

struct Rgb {
    double r = 0, g = 0, b = 0;
};

// Drawing on the current page in top-down coordinates (points from the page's top-left
// corner), as the layout thinks; converts to PDF's bottom-up space. Consecutive text is kept
// in one text object.
class FontSet;

class Canvas {
public:
    Canvas(HaruDoc& doc, FontSet& fonts, double page_width, double page_height);
    ~Canvas();
    Canvas(const Canvas&) = delete;
    Canvas& operator=(const Canvas&) = delete;

    void new_page();
    // A page of another size from now on: the landscape pages of a wide table.
    void new_page(double page_width, double page_height);
    HPDF_Page page() const { return page_; }
    int page_index() const { return index_; }  // 0-based
    double page_height() const { return height_; }

    // `baseline` from the top of the page.
    void text(double x, double baseline, Face face, double size, std::string_view utf8,
              Rgb color = {});
    void line(double x1, double y1, double x2, double y2, double width, Rgb color = {},
              bool dashed = false);
    void rect(double x, double top, double w, double h, Rgb fill);
    // A filled pie slice from angle a0 to a1 (radians, clockwise from 12 o'clock).
    void slice(double cx, double cy, double radius, double a0, double a1, Rgb fill,
               Rgb stroke = {1, 1, 1});
    void finish();  // closes an open text object

private:
    void end_text();
    HaruDoc& doc_;
    FontSet& fonts_;
    double width_, height_;
    HPDF_Page page_ = nullptr;
    int index_ = -1;
    bool in_text_ = false;
    HPDF_Font font_ = nullptr;
    double size_ = 0;
    Rgb color_{};
};

}  // namespace wardreport::pdf
