#include "haru.hpp"

#include "fonts.hpp"

#include <wardreport/exporter.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

namespace wardreport::pdf {
namespace {

// errno when libharu reported its first file error: the reason ("No space left on device") that
// its codes leave out. One document is written at a time per thread.
thread_local int file_errno = 0;

bool is_file_error(HPDF_STATUS code) { return code == HPDF_FILE_IO_ERROR || code == HPDF_FILE_OPEN_ERROR; }

// libharu's error codes in words, for the ones a document of ours can meet; the code stays in
// the message for the rest.
const char* error_words(HPDF_STATUS code) {
    switch (code) {
        case HPDF_FAILD_TO_ALLOC_MEM: return "out of memory";
        case HPDF_FILE_IO_ERROR: return "cannot write the file";
        case HPDF_FILE_OPEN_ERROR: return "cannot open the file";
        case HPDF_STRING_OUT_OF_RANGE:
            return "a text is longer than the 65,535 bytes a PDF string may hold; shorten it in the data file";
        case HPDF_PAGE_FONT_NOT_FOUND:
        case HPDF_PAGE_INVALID_FONT: return "no usable font was set for the text";
        case HPDF_PAGE_INVALID_FONT_SIZE: return "a font size out of range";
        case HPDF_PAGE_INVALID_SIZE: return "a page size out of range";
        case HPDF_REAL_OUT_OF_RANGE: return "a position or size out of the range PDF allows";
        case HPDF_TTF_INVALID_CMAP:
        case HPDF_TTF_INVALID_FOMAT:
        case HPDF_TTF_MISSING_TABLE:
        case HPDF_INVALID_FONTDEF_DATA: return "the font file is not a TrueType font libharu can read";
        case HPDF_TTF_CANNOT_EMBEDDING_FONT: return "the font's licence forbids embedding it";
        case HPDF_ZLIB_ERROR: return "compressing the file failed";
        case HPDF_EXCEED_GSTATE_LIMIT: return "too many nested graphics states";
        case HPDF_PAGE_INSUFFICIENT_SPACE: return "a text does not fit its box";
        default: return nullptr;
    }
}

std::string error_text(HPDF_STATUS error, HPDF_STATUS detail, int err) {
    char code[48];
    std::snprintf(code, sizeof code, "libharu error 0x%04X, detail %u", static_cast<unsigned>(error),
                  static_cast<unsigned>(detail));
    // Compressing into a file fails with the zlib code and the file error as detail.
    const HPDF_STATUS cause = is_file_error(detail) ? detail : error;
    const char* words = error_words(cause);
    std::string out = words ? words : "libharu failed";
    if (is_file_error(cause) && err != 0) out += std::string(": ") + std::strerror(err);
    return out + " (" + code + ")";
}

}  // namespace

void HaruDoc::on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self) noexcept {
    auto* d = static_cast<HaruDoc*>(self);
    if (d->error_ == 0) {  // keep the first: later ones are usually its consequences
        d->error_ = error;
        d->detail_ = detail;
        file_errno = is_file_error(error) || is_file_error(detail) ? errno : 0;
    }
}

HaruDoc::HaruDoc() {
    doc_ = HPDF_NewEx(&HaruDoc::on_error, nullptr, nullptr, 0, this);
    if (!doc_) throw ExportError("cannot create a PDF document (out of memory)");
    HPDF_UseUTFEncodings(doc_);
    HPDF_SetCurrentEncoder(doc_, "UTF-8");
    HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL);
    check("setting up the PDF document");
}

HaruDoc::~HaruDoc() {
    if (doc_) HPDF_Free(doc_);
}

void HaruDoc::check(const std::string& what) {
    if (error_ == 0) return;
    const std::string text = error_text(error_, detail_, file_errno);
    // A text too long is recorded by whichever call measured or drew it, and seen only at the
    // next check, whose step (often loading a font) is not the cause: leave that step out.
    const bool step_is_cause = error_ != HPDF_STRING_OUT_OF_RANGE;
    error_ = detail_ = 0;
    file_errno = 0;
    HPDF_ResetError(doc_);
    throw ExportError(step_is_cause ? what + ": " + text : text);
}

// libharu's own file writer ignores the result of fclose, where the last buffer of a full disk
// fails: the document is built in memory, then written and closed here, every error checked.
void HaruDoc::save(const std::filesystem::path& out) {
    HPDF_SaveToStream(doc_);
    check("building the PDF file");
    std::string bytes(HPDF_GetStreamSize(doc_), '\0');
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
    HPDF_ResetStream(doc_);
    const HPDF_STATUS read = HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
    if (read == HPDF_STREAM_EOF && size == bytes.size()) {  // all of it read: not an error
        error_ = detail_ = 0;
        HPDF_ResetError(doc_);
    }
    check("building the PDF file");
    const auto fail = [&](const char* doing) {
        throw ExportError(std::string(doing) + " " + out.string() + ": " + std::strerror(errno));
    };
    const int fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) fail("cannot open");
    for (std::size_t done = 0; done < size;) {
        const ssize_t n = ::write(fd, bytes.data() + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : ENOSPC;
            ::close(fd);
            errno = err;
            fail("cannot write");
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) fail("cannot write");
}

Canvas::Canvas(HaruDoc& doc, FontSet& fonts, double page_width, double page_height)
    : doc_(doc), fonts_(fonts), width_(page_width), height_(page_height) {}

Canvas::~Canvas() = default;

namespace {
HPDF_REAL real(double v) { return static_cast<HPDF_REAL>(v); }
bool same(const Rgb& a, const Rgb& b) { return a.r == b.r && a.g == b.g && a.b == b.b; }
}  // namespace

void Canvas::new_page(double page_width, double page_height) {
    width_ = page_width;
    height_ = page_height;
    new_page();
}

void Canvas::new_page() {
    end_text();
    page_ = HPDF_AddPage(doc_.get());
    doc_.check("adding a page");
    HPDF_Page_SetWidth(page_, real(width_));
    HPDF_Page_SetHeight(page_, real(height_));
    ++index_;
    font_ = nullptr;
    color_ = Rgb{};
}

void Canvas::end_text() {
    if (in_text_) HPDF_Page_EndText(page_);
    in_text_ = false;
}

void Canvas::finish() {
    end_text();
    doc_.check("drawing page " + std::to_string(index_ + 1));
}

void Canvas::text(double x, double baseline, Face face, double size, std::string_view utf8, Rgb color) {
    if (utf8.empty()) return;
    HPDF_Font f = fonts_.font(face);
    fonts_.shown(face, utf8);
    if (!same(color, color_)) {
        HPDF_Page_SetRGBFill(page_, real(color.r), real(color.g), real(color.b));
        color_ = color;
    }
    // One text object per word keeps positions absolute: libharu's TextOut inside a longer
    // text object positions relative to its own idea of the current point.
    if (!in_text_) {
        HPDF_Page_BeginText(page_);
        in_text_ = true;
    }
    if (f != font_ || size != size_) {
        HPDF_Page_SetFontAndSize(page_, f, real(size));
        font_ = f;
        size_ = size;
    }
    const std::string s(utf8);
    HPDF_Page_TextOut(page_, real(x), real(height_ - baseline), s.c_str());
    end_text();
    // At once, naming the text: the next check would blame whatever step comes after it.
    if (HPDF_GetError(doc_.get()) != HPDF_OK) doc_.check("page " + std::to_string(index_ + 1) + ", the text '" + s.substr(0, 40) + "…'");
}

void Canvas::line(double x1, double y1, double x2, double y2, double width, Rgb color, bool dashed) {
    end_text();
    HPDF_Page_SetLineWidth(page_, real(width));
    HPDF_Page_SetRGBStroke(page_, real(color.r), real(color.g), real(color.b));
    if (dashed) {
        const HPDF_UINT16 pattern[] = {4, 3};
        HPDF_Page_SetDash(page_, pattern, 2, 0);
    }
    HPDF_Page_MoveTo(page_, real(x1), real(height_ - y1));
    HPDF_Page_LineTo(page_, real(x2), real(height_ - y2));
    HPDF_Page_Stroke(page_);
    if (dashed) HPDF_Page_SetDash(page_, nullptr, 0, 0);
}

void Canvas::rect(double x, double top, double w, double h, Rgb fill) {
    end_text();
    HPDF_Page_SetRGBFill(page_, real(fill.r), real(fill.g), real(fill.b));
    color_ = fill;
    HPDF_Page_Rectangle(page_, real(x), real(height_ - top - h), real(w), real(h));
    HPDF_Page_Fill(page_);
}

void Canvas::slice(double cx, double cy, double radius, double a0, double a1, Rgb fill, Rgb stroke) {
    end_text();
    HPDF_Page_SetRGBFill(page_, real(fill.r), real(fill.g), real(fill.b));
    color_ = fill;
    HPDF_Page_SetRGBStroke(page_, real(stroke.r), real(stroke.g), real(stroke.b));
    HPDF_Page_SetLineWidth(page_, 0.8f);
    const double X = cx, Y = height_ - cy;  // PDF space; angle a points at (sin a, cos a)
    HPDF_Page_MoveTo(page_, real(X), real(Y));
    HPDF_Page_LineTo(page_, real(X + radius * std::sin(a0)), real(Y + radius * std::cos(a0)));
    // Cubic Bézier arcs of at most a quarter turn each.
    const double quarter = std::acos(0.0);
    const int n = std::max(1, static_cast<int>(std::ceil((a1 - a0) / quarter - 1e-9)));
    const double step = (a1 - a0) / n;
    const double k = 4.0 / 3.0 * std::tan(step / 4.0) * radius;
    for (int i = 0; i < n; ++i) {
        const double a = a0 + step * i, b = a + step;
        const double x0 = X + radius * std::sin(a), y0 = Y + radius * std::cos(a);
        const double x3 = X + radius * std::sin(b), y3 = Y + radius * std::cos(b);
        HPDF_Page_CurveTo(page_, real(x0 + k * std::cos(a)), real(y0 - k * std::sin(a)),
                          real(x3 - k * std::cos(b)), real(y3 + k * std::sin(b)), real(x3), real(y3));
    }
    HPDF_Page_ClosePath(page_);
    HPDF_Page_FillStroke(page_);
}

}  // namespace wardreport::pdf
