// A cell's value read as a number, the one reading of every input of a workbook: a number cell
// as the spreadsheet stored it, or a number a clerk typed as text, in Vietnamese writing ('.'
// groups thousands, ',' is the decimal comma) or in English ("45.5", as openpyxl and an English
// LibreOffice store it).
#pragma once

#include "import/xlsx_reader.hpp"
#include "load/scalars.hpp"

#include <wardreport/decimal.hpp>

#include <string>

namespace wardreport::import {

// The cell's number, or what is wrong with it and what to type instead; `expected` says what
// the cell holds ("the result in digits, e.g. 42,3") for a value that is no number at all.
// Text with one '.' before three digits ("1.300") is refused: 1300 in Vietnamese, 1.3 in English.
load::Parsed<Decimal> cell_number(const CellValue& v, const std::string& expected);

}  // namespace wardreport::import
