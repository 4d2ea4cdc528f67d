// `wardreport import WARD_FILE WORKBOOK.xlsx [--write]`: reads the results and figures a clerk
// typed into a tracking or statistics workbook back into the ward's data file. Without --write it
// only prints what would change; with it the data file is edited in place
// (core/src/import/yaml_edit.hpp), the result validated first in memory, then again from disk,
// and the original put back if that fails.
#include "commands.hpp"
#include "diagnostic_output.hpp"
#include "util/i18n.hpp"

#include "import/figures.hpp"
#include "import/plan.hpp"
#include "import/xlsx_reader.hpp"
#include "import/yaml_edit.hpp"
#include "load/loader.hpp"
#include "util/diagnostics.hpp"

#include <wardreport/progress.hpp>
#include <wardreport/vi_format.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace wardreport::cli {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Writes next to the file, then renames over it: the data file is never half written.
bool write_text(const std::string& path, const std::string& text) {
    const std::string tmp = path + ".import-tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) {
            std::error_code ec;
            fs::remove(tmp, ec);
            return false;
        }
    }
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) fs::remove(tmp, ec);
    return !ec;
}

// "đạt", or "(none)" for a target not assessed yet.
std::string assessment(const std::optional<TargetStatus>& s) {
    return s ? target_status_name(*s) : tr("(none)").text;
}

void print_change(const import::Change& c) {
    if (c.assessment) {
        std::cout << "resolution.targets." << c.target << ".status: " << assessment(c.old_status) << " → "
                  << assessment(c.new_status) << "    [" << describe(c.value_cell) << "; " << c.target_name << "]\n";
        return;
    }
    if (!c.figure.empty()) {
        const bool year = c.figure.size() > 5 && c.figure.compare(c.figure.size() - 5, 5, ".year") == 0;
        auto shown = [&](const Decimal& d) { return year ? d.to_string() : vi::number(d); };
        std::cout << c.figure << ": " << (c.old_value ? shown(*c.old_value) : tr("(none)").text) << " → "
                  << shown(c.new_value) << "    [" << describe(c.value_cell) << "]\n";
        return;
    }
    std::cout << "resolution.targets." << c.target << ".actuals." << c.year << ": "
              << (c.old_value ? vi::number(*c.old_value) : tr("(none)").text) << " → " << vi::number(c.new_value)
              << (c.total ? " " + tr("(term total {1})", vi::number(*c.total)).text : std::string())
              << "    [" << describe(c.value_cell) << ", " << tr("year in {1}", describe(c.year_cell)).text << "; "
              << c.target_name << "]\n";
}

// The edited text is what the data file would be: it must load, and give each imported result.
bool check_result(const std::string& text, const std::string& file, const std::vector<import::Change>& changes) {
    Diagnostics diags;
    const auto ward = load::load_text(text, file, diags);
    if (!ward) {
        std::cerr << file << ": error: " << tr("the imported results would make the data file invalid; nothing was written:").text
                  << '\n';
        print_diagnostics(diags);
        return false;
    }
    for (const import::Change& c : changes) {
        if (!c.figure.empty()) {
            const auto slot = import::figure_at(*ward, c.figure);
            if (slot && slot->current == c.new_value) continue;
            std::cerr << file << ": error: "
                      << tr("{1} could not be placed in the data file; nothing was written (write it by hand)", c.figure).text
                      << '\n';
            return false;
        }
        bool found = false;
        if (c.assessment) {
            for (const Target& t : ward->resolution->targets) found = found || (t.id == c.target && t.assessed == c.new_status);
            if (found) continue;
            std::cerr << file << ": error: "
                      << tr("the status of target '{1}' could not be placed in the data file; nothing was written "
                            "(write it by hand)", c.target).text
                      << '\n';
            return false;
        }
        for (const Target& t : ward->resolution->targets)
            for (const Actual& a : t.actuals)
                found = found || (t.id == c.target && a.year == c.year && a.value == c.new_value);
        if (!found) {
            std::cerr << file << ": error: "
                      << tr("the result of target '{1}' for {2} could not be placed in the data file; nothing was written "
                            "(add it by hand)",
                            c.target, c.year).text
                      << '\n';
            return false;
        }
    }
    return true;
}

int run(const std::string& file, const std::string& workbook, bool write) {
    Diagnostics diags;
    const auto ward = load::load_file(file, diags);
    if (!ward) {
        print_diagnostics(diags);
        std::cerr << tr("{1}: invalid; fix the data file first, then import", file).text << '\n';
        return 1;
    }
    std::optional<std::vector<import::Change>> changes;
    try {
        changes = import::plan_import(import::XlsxWorkbook::read(workbook), *ward, workbook, diags);
    } catch (const import::WorkbookError& e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
    print_diagnostics(diags);
    if (!changes) return 1;
    if (changes->empty()) {
        std::cout << tr("{1}: nothing to import (the workbook's results are those of {2})", workbook, file).text << '\n';
        return 0;
    }
    for (const import::Change& c : *changes) print_change(c);
    if (!write) {
        std::cout << trn("{1} change; run again with --write to apply it to {2}",
                         "{1} changes; run again with --write to apply them to {2}", changes->size(), file).text
                  << '\n';
        return 0;
    }
    const auto original = read_text(file);
    if (!original) {
        std::cerr << file << ": error: " << tr("cannot read the data file").text << '\n';
        return 1;
    }
    Diagnostics edit_diags;
    const auto edited = import::apply_changes(*original, *changes, file, edit_diags);
    print_diagnostics(edit_diags);
    if (!edited || !check_result(*edited, file, *changes)) return 1;
    if (!write_text(file, *edited)) {
        std::cerr << file << ": error: " << tr("cannot write the data file; it is unchanged").text << '\n';
        return 1;
    }
    Diagnostics after;
    if (!load::load_file(file, after)) {
        print_diagnostics(after);
        write_text(file, *original);
        std::cerr << file << ": error: " << tr("the written data file did not validate; the original was put back").text
                  << '\n';
        return 1;
    }
    std::cout << trn("{2}: {1} change written; comments and layout kept",
                     "{2}: {1} changes written; comments and layout kept", changes->size(), file).text
              << '\n';
    return 0;
}

}  // namespace

void add_import_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("import", tr("Read the results and figures typed into a tracking or statistics workbook back into the ward data file"));
    auto file = std::make_shared<std::string>();
    auto workbook = std::make_shared<std::string>();
    auto write = std::make_shared<bool>(false);
    cmd->add_option("WARD_FILE", *file, tr("The ward data file the workbook was rendered from"))->required();
    cmd->add_option("WORKBOOK", *workbook, tr("The filled workbook (.xlsx, saved by Excel, LibreOffice or another tool)"))->required();
    cmd->add_flag("--write", *write, tr("Apply the changes to WARD_FILE in place (comments and layout kept)"));
    cmd->footer(tr("Without --write, prints what would change (field: old → new, with the cell it came from).\n"
                   "Exit status: 0 success, 1 a refused workbook or value (nothing written), 2 usage error."));
    cmd->callback([file, workbook, write, &exit_code] { exit_code = run(*file, *workbook, *write); });
}

}  // namespace wardreport::cli
