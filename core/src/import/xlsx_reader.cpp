#include "import/xlsx_reader.hpp"

#include "util/i18n.hpp"

#include <pugixml.hpp>
#include <zip.h>

#include <memory>
#include <vector>

namespace wardreport::import {

namespace {

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

// A workbook part's bytes, or nullopt when the zip has no such entry. A part over 512 MB is
// refused: no real workbook has one, and a zip bomb must not exhaust memory.
std::optional<std::string> part(zip_t* z, const std::string& name, const std::string& file) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(z, name.c_str(), 0, &st) != 0) return std::nullopt;
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > (512ull << 20))
        throw WorkbookError(file + ": " + tr("part '{1}' is too large to be a workbook's", name).text);
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen(z, name.c_str(), 0), zip_fclose);
    if (!f) throw WorkbookError(file + ": " + tr("cannot read part '{1}': {2}", name, zip_strerror(z)).text);
    std::string bytes(static_cast<std::size_t>(st.size), '\0');
    zip_int64_t got = 0;
    while (got < static_cast<zip_int64_t>(bytes.size())) {
        const zip_int64_t n = zip_fread(f.get(), bytes.data() + got, bytes.size() - static_cast<std::size_t>(got));
        if (n <= 0) throw WorkbookError(file + ": " + tr("part '{1}' is damaged", name).text);
        got += n;
    }
    return bytes;
}

pugi::xml_document xml(const std::string& bytes, const std::string& name, const std::string& file) {
    pugi::xml_document d;
    const pugi::xml_parse_result r = d.load_buffer(bytes.data(), bytes.size());
    if (!r) throw WorkbookError(file + ": " + tr("part '{1}' is not well-formed XML: {2}", name, r.description()).text);
    return d;
}

// Elements by local name: Excel writes no prefix, other writers may ("x:sheet").
std::string local(const char* name) {
    const std::string s = name;
    const auto colon = s.find(':');
    return colon == std::string::npos ? s : s.substr(colon + 1);
}

template <class F>
void each_child(const pugi::xml_node& n, const char* name, F&& f) {
    for (pugi::xml_node c : n.children())
        if (local(c.name()) == name) f(c);
}

pugi::xml_node child(const pugi::xml_node& n, const char* name) {
    for (pugi::xml_node c : n.children())
        if (local(c.name()) == name) return c;
    return {};
}

// The text of a string item: <t> alone or the <t> of each rich-text run <r>; phonetic runs
// (<rPh>) are not part of the value.
std::string string_item(const pugi::xml_node& si) {
    std::string s;
    for (pugi::xml_node c : si.children()) {
        const std::string n = local(c.name());
        if (n == "t") s += c.text().get();
        else if (n == "r") s += child(c, "t").text().get();
    }
    return s;
}

// "xl/worksheets/sheet1.xml" from a relationship target relative to xl/ or absolute.
std::string part_name(const std::string& target) {
    if (!target.empty() && target[0] == '/') return target.substr(1);
    return "xl/" + target;
}

CellValue cell_value(const pugi::xml_node& c, const std::vector<std::string>& shared, const std::string& file) {
    CellValue v;
    const std::string t = c.attribute("t").as_string("n");
    v.formula = static_cast<bool>(child(c, "f"));
    const pugi::xml_node value = child(c, "v");
    if (t == "inlineStr") {
        v.kind = CellValue::Kind::Text;
        v.text = string_item(child(c, "is"));
    } else if (!value) {
        v.kind = CellValue::Kind::Blank;
    } else if (t == "s") {
        const auto i = value.text().as_ullong(~0ull);
        if (i >= shared.size())
            throw WorkbookError(file + ": " +
                                tr("a cell refers to shared string {1}, which does not exist", value.text().get()).text);
        v.kind = CellValue::Kind::Text;
        v.text = shared[i];
    } else {
        v.kind = t == "str" ? CellValue::Kind::Text : t == "b" ? CellValue::Kind::Boolean
                 : t == "e" ? CellValue::Kind::Error : CellValue::Kind::Number;
        v.text = value.text().get();
    }
    return v;
}

}  // namespace

XlsxWorkbook XlsxWorkbook::read(const std::filesystem::path& path) {
    const std::string file = path.string();
    int err = 0;
    ZipPtr z(zip_open(file.c_str(), ZIP_RDONLY, &err));
    if (!z) {
        zip_error_t e;
        zip_error_init_with_code(&e, err);
        const std::string why = zip_error_strerror(&e);
        zip_error_fini(&e);
        throw WorkbookError(file + ": " +
                            tr("not an Excel workbook (.xlsx) — {1}; expected the .xlsx file wardreport wrote, saved "
                               "again as .xlsx (not .xls or .ods)", why).text);
    }
    const auto wb_bytes = part(z.get(), "xl/workbook.xml", file);
    const auto rel_bytes = part(z.get(), "xl/_rels/workbook.xml.rels", file);
    if (!wb_bytes || !rel_bytes)
        throw WorkbookError(file + ": " +
                            tr("a zip file but not an Excel workbook (no xl/workbook.xml); expected an .xlsx file").text);

    std::map<std::string, std::string> targets;  // relationship id → part
    const pugi::xml_document rels = xml(*rel_bytes, "xl/_rels/workbook.xml.rels", file);
    each_child(rels.first_child(), "Relationship", [&](const pugi::xml_node& r) {
        targets[r.attribute("Id").as_string()] = part_name(r.attribute("Target").as_string());
    });

    std::vector<std::string> shared;
    if (auto ss = part(z.get(), "xl/sharedStrings.xml", file)) {
        const pugi::xml_document d = xml(*ss, "xl/sharedStrings.xml", file);
        each_child(d.first_child(), "si", [&](const pugi::xml_node& si) { shared.push_back(string_item(si)); });
    }

    XlsxWorkbook out;
    const pugi::xml_document wb = xml(*wb_bytes, "xl/workbook.xml", file);
    const pugi::xml_node root = wb.first_child();
    each_child(child(root, "definedNames"), "definedName", [&](const pugi::xml_node& n) {
        if (n.attribute("localSheetId")) return;  // sheet-local names (print areas) are not ours
        out.names_[n.attribute("name").as_string()] = n.text().get();
    });
    each_child(child(root, "sheets"), "sheet", [&](const pugi::xml_node& s) {
        std::string rid;
        for (pugi::xml_attribute a : s.attributes())
            if (local(a.name()) == "id") rid = a.value();
        const auto target = targets.find(rid);
        if (target == targets.end()) return;
        const auto bytes = part(z.get(), target->second, file);
        if (!bytes) return;  // a chart sheet or a missing part: no cells to read
        const pugi::xml_document sheet = xml(*bytes, target->second, file);
        SheetCells& cells = out.sheets_[s.attribute("name").as_string()];
        each_child(child(sheet.first_child(), "sheetData"), "row", [&](const pugi::xml_node& row) {
            each_child(row, "c", [&](const pugi::xml_node& c) {
                const std::string ref = c.attribute("r").as_string();
                if (!ref.empty()) cells.cells[ref] = cell_value(c, shared, file);
            });
        });
    });
    return out;
}

const SheetCells* XlsxWorkbook::sheet(const std::string& name) const {
    auto it = sheets_.find(name);
    return it == sheets_.end() ? nullptr : &it->second;
}

std::optional<std::string> XlsxWorkbook::defined_name(const std::string& name) const {
    auto it = names_.find(name);
    if (it == names_.end()) return std::nullopt;
    return it->second;
}

std::optional<CellAddress> parse_reference(const std::string& ref_in) {
    std::string ref = ref_in;
    if (!ref.empty() && ref[0] == '=') ref.erase(0, 1);
    const auto bang = ref.rfind('!');
    if (bang == std::string::npos || bang == 0) return std::nullopt;
    std::string sheet = ref.substr(0, bang);
    if (sheet.size() >= 2 && sheet.front() == '\'' && sheet.back() == '\'') {
        std::string unq;
        for (std::size_t i = 1; i + 1 < sheet.size(); ++i) {
            unq += sheet[i];
            if (sheet[i] == '\'' && sheet[i + 1] == '\'') ++i;
        }
        sheet = unq;
    }
    std::string cell;
    for (char c : ref.substr(bang + 1))
        if (c != '$') cell += c;
    // One cell: letters then digits.
    std::size_t i = 0;
    while (i < cell.size() && cell[i] >= 'A' && cell[i] <= 'Z') ++i;
    // At most XFD1048576: longer letters or digits are no cell (and would overflow a row number).
    if (i == 0 || i > 3 || i == cell.size() || cell.size() - i > 7 || cell.find_first_not_of("0123456789", i) != std::string::npos)
        return std::nullopt;
    return CellAddress{sheet, cell};
}

std::string describe(const CellAddress& a) {
    std::string q;
    for (char c : a.sheet) q += c == '\'' ? std::string("''") : std::string(1, c);
    return "'" + q + "'!" + a.cell;
}

}  // namespace wardreport::import
