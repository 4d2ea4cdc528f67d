// Documents built directly in C++ for the pdf tests and benchmark: a Party congress resolution
// (profile hd36) and a state report with a table and charts (profile nd30), with the facts of
// Kỳ Sơn, plus a long statistics table.
#pragma once

#include <wardreport/document.hpp>

#include <cstddef>

namespace wardreport::pdf::samples {

doc::Layout hd36();
doc::Layout nd30();

doc::Document resolution();   // Nghị quyết Đại hội đại biểu Đảng bộ phường Kỳ Sơn lần thứ I
doc::Document state_report(); // Báo cáo của UBND phường Kỳ Sơn, with tables and two charts
// A state document holding one table of `rows` rows (5 columns, a totals row).
doc::Document long_table(std::size_t rows);

}  // namespace wardreport::pdf::samples
