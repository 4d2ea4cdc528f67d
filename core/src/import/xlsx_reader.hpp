// Reading the cells of an .xlsx workbook back: the sheets, their cells (value and whether a
// formula computes them) and the workbook's defined names. Workbooks come from wardreport, from
// Excel, from LibreOffice and from openpyxl, so every way they store a value is read: shared and
// inline strings, rich-text runs, numbers, booleans, formula results, numbers stored as text.
// The zip container is libzip's, the XML pugixml's.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

namespace wardreport::import {

// A workbook that cannot be read; the message says why and what to do.
struct WorkbookError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct CellValue {
    enum class Kind { Blank, Number, Text, Boolean, Error };
    Kind kind = Kind::Blank;
    std::string text;        // the number as stored ("42.3"), the string, "1"/"0", or "#DIV/0!"
    bool formula = false;    // a formula computes it (text is its cached result)
};

struct SheetCells {
    std::map<std::string, CellValue> cells;  // by reference, "I5"
    const CellValue* at(const std::string& ref) const {
        auto it = cells.find(ref);
        return it == cells.end() ? nullptr : &it->second;
    }
};

class XlsxWorkbook {
public:
    // Reads every sheet; WorkbookError when the file is not an xlsx workbook.
    static XlsxWorkbook read(const std::filesystem::path& path);

    const SheetCells* sheet(const std::string& name) const;
    // A workbook-level defined name's text as stored ("'Theo dõi'!$I$5"), or nullopt.
    std::optional<std::string> defined_name(const std::string& name) const;

private:
    std::map<std::string, SheetCells> sheets_;
    std::map<std::string, std::string> names_;
};

// "'Theo dõi'!$I$5" → sheet "Theo dõi", cell "I5"; nullopt for anything but one cell.
struct CellAddress {
    std::string sheet, cell;
};
std::optional<CellAddress> parse_reference(const std::string& ref);

// "'Theo dõi'!I5", as messages name a cell.
std::string describe(const CellAddress& a);

}  // namespace wardreport::import
