#include "workbook_writer.hpp"

#include "book.hpp"
#include "charts.hpp"
#include "inputs.hpp"
#include "sheet_names.hpp"
#include "table_sheet.hpp"
#include "temp_dir.hpp"
#include "text_sheet.hpp"

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <memory>
#include <variant>

static_assert(LXW_VERSION_ID >= 114, "libxlsxwriter 1.1.4 or newer is required");

namespace wardreport::xlsx {

namespace {

// libxlsxwriter frees the workbook in workbook_close; until then an exception must free it
// without writing anything.
struct WorkbookDeleter {
    void operator()(lxw_workbook* wb) const { lxw_workbook_free(wb); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookDeleter>;

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<std::int64_t>(y - era * 400);
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// The document's own date at midnight UTC; documents without one get the zip epoch that
// libxlsxwriter also stamps on every entry, never the clock (libxlsxwriter reads the clock when
// `created` is 0).
std::time_t created_time(const doc::Metadata& meta) {
    if (meta.date && meta.date->year >= 1980)
        return static_cast<std::time_t>(days_from_civil(meta.date->year, meta.date->month, meta.date->day) * 86400);
    return static_cast<std::time_t>(days_from_civil(1980, 1, 1) * 86400);
}

std::string property(const std::string& s, const char* what) {
    return cell_text(s, [&] { return std::string("document property '") + what + "'"; });
}

lxw_worksheet* add_sheet(lxw_workbook* wb, const std::string& name, const std::string& tmpdir) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
    // In constant-memory mode each sheet opens its temporary file here.
    if (!ws) throw ExportError("xlsx: cannot add sheet '" + name + "': no temporary file in '" + tmpdir + "'?");
    return ws;
}

}  // namespace

bool uses_constant_memory(const doc::Document& document, const WorkbookOptions& options) {
    if (options.constant_memory) return *options.constant_memory;
    std::size_t rows = 0;
    for (const doc::Block& b : document.blocks)
        if (auto t = std::get_if<doc::Table>(&b)) rows += t->size();
    return rows > options.constant_memory_rows;
}

namespace {

// An upper bound of the largest part's XML in bytes (a cell's XML is well under 512 bytes, a
// text block's under 64 KiB), or 0 when rows are streamed to files that grow with the rows.
std::uint64_t part_bytes_bound(const doc::Document& document, bool constant_memory) {
    if (constant_memory) return 0;
    std::uint64_t cells = 0;
    for (const doc::Block& b : document.blocks)
        if (auto t = std::get_if<doc::Table>(&b)) cells += (t->size() + 4) * std::max<std::size_t>(1, t->columns.size());
    return (std::uint64_t{4} << 20) + document.blocks.size() * (std::uint64_t{64} << 10) + cells * 512;
}

void write_workbook_in(const doc::Document& document, const std::filesystem::path& out, bool constant_memory,
                       std::string tmpdir) {
    std::string path = out.string();
    lxw_workbook_options opts{};
    opts.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
    opts.tmpdir = tmpdir.data();
    WorkbookPtr wb(workbook_new_opt(path.c_str(), &opts));
    if (!wb) throw ExportError("xlsx: cannot start a workbook for '" + path + "' (out of memory?)");
    Book book{document, wb.get(), Formats(wb.get()), opts.constant_memory == LXW_TRUE, {}, {}};

    // libxlsxwriter copies the property strings.
    const doc::Metadata& m = document.meta;
    std::string title = property(m.title, "title"), subject = property(m.subject, "subject"),
                author = property(m.author, "author"), company = property(m.company, "company"),
                keywords = property(m.keywords, "keywords"), category = property(document.report, "report");
    lxw_doc_properties props{};
    props.title = title.data();
    props.subject = subject.data();
    props.author = author.data();
    props.company = company.data();
    props.keywords = keywords.data();
    props.category = category.data();
    props.created = created_time(m);
    check(workbook_set_properties(wb.get(), &props), [] { return "document properties"; });

    // Names first (the text sheet links to the others), then the sheets in document order.
    SheetNamer namer;
    const std::string text_sheet = namer.claim(text_sheet_name, text_sheet_name);
    lxw_worksheet* text_ws = add_sheet(wb.get(), text_sheet, tmpdir);
    std::vector<TablePlacement> tables;
    tables.reserve(document.blocks.size());
    struct DataChart { const doc::Chart* chart; std::string sheet; lxw_worksheet* ws; };
    std::vector<DataChart> data_charts;
    std::vector<std::pair<const doc::Chart*, std::size_t>> table_charts;  // chart, index in tables
    SheetOfBlock links;
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        const doc::Block& b = document.blocks[i];
        if (auto t = std::get_if<doc::Table>(&b)) {
            const std::string name = namer.claim(t->title.empty() ? t->id : t->title, t->id.empty() ? "Bảng" : t->id);
            tables.push_back(plan_table(*t, name, add_sheet(wb.get(), name, tmpdir)));
            links[i] = name;
        }
    }
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        const auto* c = std::get_if<doc::Chart>(&document.blocks[i]);
        if (!c) continue;
        std::size_t found = tables.size();
        for (std::size_t k = 0; k < tables.size() && !c->table.empty(); ++k)
            if (tables[k].table->id == c->table) found = k;
        if (found < tables.size()) {
            table_charts.emplace_back(c, found);
            links[i] = tables[found].sheet;
        } else {
            const std::string name = namer.claim(c->title.empty() ? c->id : c->title, "Biểu đồ");
            data_charts.push_back({c, name, add_sheet(wb.get(), name, tmpdir)});
            links[i] = name;
        }
    }

    // The text sheet after the tables: its key figures refer to the tables' input cells by name.
    for (TablePlacement& p : tables) write_table(book, p);
    write_text_sheet(book, text_ws, text_sheet, links);
    for (const auto& [chart, k] : table_charts) add_table_chart(book, *chart, tables[k]);
    for (const DataChart& d : data_charts) add_data_chart(book, *d.chart, d.ws, d.sheet);
    write_bindings(book);
    worksheet_activate(text_ws);

    // workbook_close writes the file (a bad path shows up only here) and frees the workbook.
    const lxw_error err = workbook_close(wb.release());
    if (err != LXW_NO_ERROR)
        throw ExportError("xlsx: cannot write '" + path + "': " + lxw_strerror(err));
}

}  // namespace

void write_workbook(const doc::Document& document, const std::filesystem::path& out,
                    const WorkbookOptions& options) {
    const bool constant_memory = uses_constant_memory(document, options);
    const std::string beside = out.parent_path().empty() ? std::string(".") : out.parent_path().string();
    if (options.temporary_dir) return write_workbook_in(document, out, constant_memory, *options.temporary_dir);
    const std::string tmpdir = temporary_dir(part_bytes_bound(document, constant_memory), ram_dirs(), beside);
    if (tmpdir == beside) return write_workbook_in(document, out, constant_memory, beside);
    try {
        write_workbook_in(document, out, constant_memory, tmpdir);
    } catch (const ExportError&) {
        // The RAM file system may have filled up meanwhile (it is shared): the output's folder
        // then. A fault of the document itself fails again, with the same message.
        write_workbook_in(document, out, constant_memory, beside);
    }
}

}  // namespace wardreport::xlsx
