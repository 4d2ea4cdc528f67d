// Test documents built directly in C++: a statistics report with the figures of phường Kỳ Sơn
// (seed article of 23/7/2025) and a generated table of any size.
#pragma once

#include <wardreport/document.hpp>

#include <cstddef>

namespace xlsx_test {

wardreport::doc::Document ky_son_statistics();

// A document with one household table of `rows` generated rows (never held in memory):
// STT, Hộ, Tổ dân phố, Nhân khẩu, Diện tích đất (m²), Thu nhập (triệu đồng), Tỷ lệ chi tiêu (%),
// and the derived "Thu nhập bình quân" = {thu_nhap} / {nhan_khau}, with a totals row.
wardreport::doc::Document households(std::size_t rows);

}  // namespace xlsx_test
