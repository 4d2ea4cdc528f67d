#include "import/plan.hpp"

#include "import/cell_number.hpp"
#include "import/figures.hpp"
#include "load/scalars.hpp"
#include "report/ward_identity.hpp"
#include "util/i18n.hpp"

#include <wardreport/progress.hpp>
#include <wardreport/vi_format.hpp>

#include <cmath>
#include <map>
#include <set>
#include <utility>

namespace wardreport::import {

namespace {

constexpr const char* binding_sheet = "wardreport";  // the xlsx plugin's binding_sheet_name

std::string trimmed(const std::string& s) {
    const auto a = s.find_first_not_of(" \t\r\n\xC2\xA0");
    if (a == std::string::npos) return {};
    const auto b = s.find_last_not_of(" \t\r\n\xC2\xA0");
    return s.substr(a, b - a + 1);
}

struct Input {
    CellAddress at;
    CellValue value;
};

struct TargetInputs {
    std::optional<Input> year, value, status;
};

constexpr TargetStatus assessments[] = {TargetStatus::Achieved, TargetStatus::OnTrack, TargetStatus::Behind,
                                        TargetStatus::Unknown};

class Planner {
public:
    Planner(const XlsxWorkbook& wb, const Ward& ward, const std::string& file, Diagnostics& diags)
        : wb_(wb), ward_(ward), file_(file), diags_(diags) {}

    std::optional<std::vector<Change>> run() {
        const SheetCells* map = wb_.sheet(binding_sheet);
        if (!map) {
            error(tr("this workbook has no input cells wardreport can read back (no hidden sheet '{1}'); expected a "
                     "tracking workbook (theo dõi chỉ tiêu) or a statistics workbook (báo cáo thống kê) written by "
                     "'wardreport render', filled and saved as .xlsx",
                     binding_sheet));
            return std::nullopt;
        }
        if (!header_ok(*map)) return std::nullopt;
        std::map<std::string, TargetInputs> targets;  // by id, in id order
        std::vector<std::string> order;
        for (int row = 6;; ++row) {
            const CellValue* name = map->at("A" + std::to_string(row));
            const CellValue* path = map->at("B" + std::to_string(row));
            if (!name || name->text.empty()) break;
            if (!path) continue;
            const CellValue* key = map->at("C" + std::to_string(row));
            read_input(name->text, path->text, key ? key->text : std::string(), targets, order);
        }
        warn_overwritten_formulas();
        std::vector<Change> changes;
        for (const std::string& id : order) {
            if (targets[id].status) plan_assessment(id, *targets[id].status, changes);
            if (targets[id].year || targets[id].value) plan_target(id, targets[id], changes);
        }
        for (const auto& [path, in] : figures_) plan_figure(path, in, changes);
        std::vector<std::string> problems;
        place_new_budget_year(ward_, changes, problems);
        for (const std::string& p : problems) error(p);
        if (diags_.has_errors()) return std::nullopt;
        return changes;
    }

private:
    void error(const std::string& m) { diags_.error(file_, 0, 0, m); }
    static std::string unknown_input(const std::string& path) {
        return tr("unknown input '{1}'; this wardreport reads resolution.targets.<id>.year, .actual and .status", path);
    }
    void warning(const std::string& m) { diags_.warning(file_, 0, 0, m); }

    bool header_ok(const SheetCells& map) {
        const CellValue* tag = map.at("A1");
        const CellValue* version = map.at("B1");
        if (!tag || tag->text != "wardreport workbook format" || !version) {
            error(tr("the hidden sheet '{1}' is not wardreport's (no format version in A1:B1); expected a workbook "
                     "written by 'wardreport render'", binding_sheet));
            return false;
        }
        const auto v = cell_number(*version, "1");
        const Decimal* number = std::get_if<Decimal>(&v);
        if (!number || *number != Decimal::integer(supported_workbook_version)) {
            error(tr("unknown workbook format version '{1}'; this wardreport reads version {2}: render the workbook "
                     "again with this wardreport and copy the figures into it", version->text, supported_workbook_version));
            return false;
        }
        const CellValue* ward = map.at("B2");
        const std::string mine = ward_identity(ward_);
        if (!ward || ward->text != mine) {
            error(tr("the workbook is about '{1}' but the data file is about '{2}'; expected the data file of the ward "
                     "the workbook was rendered for", ward ? ward->text : std::string("?"), mine));
            return false;
        }
        return true;
    }

    // A value (number, text, yes/no) where wardreport wrote a formula: the clerk typed over it
    // (Excel and LibreOffice keep the formula otherwise, even when sheet protection was turned
    // off). Only a warning: derived cells are never imported, and the next render computes them
    // again. The formula's rows are those it was written in, followed to where a sort moved them
    // (by the row keys of the inputs); an input cell is the clerk's to fill (a qualitative
    // target's assessment in the status column).
    void warn_overwritten_formulas() {
        for (int i = 1;; ++i) {
            const auto ref = wb_.defined_name("wardreport_formulas_" + std::to_string(i));
            if (!ref) break;
            const auto colon = ref->rfind(':');
            const auto first = colon == std::string::npos ? std::nullopt : parse_reference(ref->substr(0, colon));
            const auto last = first ? parse_reference("x!" + ref->substr(colon + 1)) : std::nullopt;
            const SheetCells* sheet = first ? wb_.sheet(first->sheet) : nullptr;
            if (!sheet || !last) continue;
            const std::size_t digits = first->cell.find_first_of("0123456789");
            const std::string letters = first->cell.substr(0, digits);
            const long from = std::stol(first->cell.substr(digits));
            const long to = std::stol(last->cell.substr(last->cell.find_first_of("0123456789")));
            for (long row = from; row <= to && row - from < 1000000; ++row) {
                const auto sorted = moved_.find({first->sheet, row});
                const long now = sorted == moved_.end() ? row : sorted->second;
                const CellAddress at{first->sheet, letters + std::to_string(now)};
                const CellValue* v = sheet->at(at.cell);
                if (!v || v->formula || v->kind == CellValue::Kind::Blank || v->text.empty() ||
                    inputs_.count({at.sheet, at.cell}))
                    continue;
                const std::string shown = v->kind != CellValue::Kind::Boolean ? v->text : v->text == "1" ? "TRUE" : "FALSE";
                warning(describe(at) + ": " +
                        tr("the formula of this cell was replaced by the value {1}; it is not imported (derived "
                           "cells are computed again by 'wardreport render')", shown).text);
            }
        }
    }

    // The row holding `key` in the key column `letters` (a sort moved it there), or 0.
    static long keyed_row(const SheetCells& sheet, const std::string& letters, const std::string& key) {
        for (const auto& [ref, v] : sheet.cells)
            if (ref.size() > letters.size() && ref.size() <= letters.size() + 7 && ref.compare(0, letters.size(), letters) == 0 &&
                ref.find_first_not_of("0123456789", letters.size()) == std::string::npos && v.text == key)
                return std::stol(ref.substr(letters.size()));
        return 0;
    }

    void read_input(const std::string& name, const std::string& path, const std::string& key_column,
                    std::map<std::string, TargetInputs>& targets, std::vector<std::string>& order) {
        const auto ref = wb_.defined_name(name);
        auto at = ref ? parse_reference(*ref) : std::nullopt;
        if (!at) {
            error(ref ? tr("the defined name '{1}' of input '{2}' is '{3}', not one cell; expected the workbook as "
                           "wardreport wrote it (render it again if its names were deleted)", name, path, *ref)
                      : tr("the defined name '{1}' of input '{2}' is missing; expected the workbook as wardreport wrote "
                           "it (render it again if its names were deleted)", name, path));
            return;
        }
        const SheetCells* sheet = wb_.sheet(at->sheet);
        if (!sheet) {
            error(tr("input '{1}' is in sheet '{2}', which the workbook does not have", path, at->sheet));
            return;
        }
        const auto dot = path.rfind('.');
        // The name gives the column; the row is the one whose hidden key is this input's (rows
        // sorted by the clerk moved their keys with them, not the names).
        if (!key_column.empty() && dot != std::string::npos) {
            const long row = keyed_row(*sheet, key_column, path.substr(0, dot));
            if (row == 0) {
                error(describe(*at) + ": " +
                      tr("the row of '{1}' is gone from sheet '{2}' (its key in hidden column {3} was not found); "
                         "expected every row of the table kept", path.substr(0, dot), at->sheet, key_column).text);
                return;
            }
            const std::size_t digits = at->cell.find_first_of("0123456789");
            moved_[{at->sheet, std::stol(at->cell.substr(digits))}] = row;
            at->cell = at->cell.substr(0, digits) + std::to_string(row);
        }
        const CellValue* v = sheet->at(at->cell);
        inputs_.insert({at->sheet, at->cell});
        Input in{*at, v ? *v : CellValue{}};
        static const std::string prefix = "resolution.targets.";
        if (path.compare(0, prefix.size(), prefix) != 0) {
            figures_.emplace_back(path, in);
            return;
        }
        if (dot == std::string::npos || dot < prefix.size()) {
            error(describe(*at) + ": " + unknown_input(path));
            return;
        }
        const std::string id = path.substr(prefix.size(), dot - prefix.size());
        const std::string field = path.substr(dot + 1);
        if (!targets.count(id)) order.push_back(id);
        if (field == "year") targets[id].year = in;
        else if (field == "actual") targets[id].value = in;
        else if (field == "status") targets[id].status = in;
        else error(describe(*at) + ": " + unknown_input(path));
    }

    // The data file's target `id`, or nullptr with an error at the cell `at`.
    const Target* target(const std::string& id, const CellAddress& at) {
        if (ward_.resolution)
            for (const Target& t : ward_.resolution->targets)
                if (t.id == id) return &t;
        error(describe(at) + ": " +
              tr("the workbook has target '{1}', which the data file does not have; expected the data file the "
                 "workbook was rendered from", id).text);
        return nullptr;
    }

    // A qualitative target's assessment, one of progress.hpp's words; an empty cell keeps what
    // the data file has.
    void plan_assessment(const std::string& id, const Input& in, std::vector<Change>& changes) {
        const Target* t = target(id, in.at);
        if (!t) return;
        const bool assessed = t->kind == TargetKind::Qualitative || (t->kind == TargetKind::Maintain && !t->value);
        if (!assessed) {
            error(describe(in.at) + ": " +
                  tr("target '{1}' has its status computed from its results, not assessed; expected the data file the "
                     "workbook was rendered from", id).text);
            return;
        }
        const std::string word = trimmed(in.value.text);
        if (in.value.kind == CellValue::Kind::Blank || word.empty()) return;
        std::optional<TargetStatus> picked;
        std::string allowed;
        for (TargetStatus s : assessments) {
            if (word == target_status_name(s)) picked = s;
            allowed += (allowed.empty() ? "" : ", ") + std::string(target_status_name(s));
        }
        if (!picked) {
            error(describe(in.at) + ": " +
                  tr("'{1}' is not an assessment of target '{2}'; expected one of: {3}", word, id, allowed).text);
            return;
        }
        const std::optional<TargetStatus> now =
            *picked == TargetStatus::Unknown ? std::nullopt : std::optional<TargetStatus>(*picked);
        if (now == t->assessed) return;
        if (in.value.formula)
            warning(describe(in.at) + ": " + tr("target '{1}': a formula fills the input; its value as last computed is imported", id).text);
        Change c;
        c.target = t->id;
        c.target_name = t->name;
        c.value_cell = in.at;
        c.assessment = true;
        c.old_status = t->assessed;
        c.new_status = now;
        changes.push_back(std::move(c));
    }

    // The cell's number, or an error naming the cell and what to write instead.
    std::optional<Decimal> number(const Input& in, const std::string& what) {
        if (in.value.kind == CellValue::Kind::Blank || (in.value.kind == CellValue::Kind::Text && trimmed(in.value.text).empty()))
            return std::nullopt;
        const auto read = cell_number(in.value, what);
        if (const Decimal* d = std::get_if<Decimal>(&read)) return *d;
        error(describe(in.at) + ": " + std::get<std::string>(read));
        return std::nullopt;
    }

    void plan_target(const std::string& id, const TargetInputs& in, std::vector<Change>& changes) {
        if (!in.year || !in.value) {
            error(in.year ? tr("target '{1}': the workbook gives a year but no result cell; expected both (render the "
                               "workbook again)", id)
                          : tr("target '{1}': the workbook gives a result but no year cell; expected both (render the "
                               "workbook again)", id));
            return;
        }
        const Target* t = target(id, in.value->at);
        if (!t) return;
        const std::size_t before = diags_.error_count();
        const auto year = number(*in.year, tr("a year in digits, e.g. 2026"));
        const auto value = number(*in.value, tr("the result in digits, e.g. 42,3"));
        if (diags_.error_count() != before) return;
        if (in.year->value.formula || in.value->value.formula)
            warning(describe(in.value->at) + ": " +
                    tr("target '{1}': a formula fills the input; its value as last computed is imported", id).text);
        const Actual* latest = t->actuals.empty() ? nullptr : &t->actuals.back();
        for (const Actual& a : t->actuals)
            if (!latest || a.year > latest->year) latest = &a;
        if (!value) {
            if (latest && year && *year == Decimal::integer(latest->year))
                warning(describe(in.value->at) + ": " +
                        tr("the result of target '{1}' for {2} is empty in the workbook; the data file keeps {3} "
                           "(delete it in the data file if it is wrong)", id, latest->year, vi::number(latest->value)).text);
            return;
        }
        if (!year) {
            error(describe(in.year->at) + ": " +
                  tr("the year of the result in {1} is empty; expected the year, e.g. 2026", in.value->at.cell).text);
            return;
        }
        // Four digits at most before it becomes an int, which would wrap 4294969322 round to 2026.
        if (!year->is_integer() || *year < Decimal::integer(0) || *year > Decimal::integer(9999)) {
            error(describe(in.year->at) + ": " +
                  tr("'{1}' is not a year; expected a whole year, e.g. 2026", in.year->value.text).text);
            return;
        }
        const int y = static_cast<int>(std::llround(year->to_double()));
        // A total over the term shows the sum of the yearly results: the year's own result is
        // what the typed total adds to the other years'.
        std::optional<Decimal> total;
        Decimal result = *value;
        if (t->kind == TargetKind::Total) {
            Decimal others = Decimal::integer(0);
            for (const Actual& a : t->actuals)
                if (a.year != y) {
                    auto sum = Decimal::checked_add(others, a.value);
                    if (!sum) return error(describe(in.value->at) + ": " + tr("target '{1}': the yearly results are too large to add up", id).text);
                    others = *sum;
                }
            auto own = Decimal::checked_sub(*value, others);
            if (!own) return error(describe(in.value->at) + ": " + tr("target '{1}': {2} is too large", id, vi::number(*value)).text);
            total = *value;
            result = *own;
        }
        if (!in_range(*t, y, result, *in.year, *in.value)) return;
        const Actual* same = nullptr;
        for (const Actual& a : t->actuals)
            if (a.year == y) same = &a;
        if (same && same->value == result) return;
        Change c{{}, t->id, t->name, y, same ? std::optional<Decimal>(same->value) : std::nullopt, result, in.year->at, in.value->at, total, false, std::nullopt, std::nullopt};
        changes.push_back(std::move(c));
    }

    // A statistics figure: a whole count or year, or an amount, never negative; an empty cell
    // keeps what the data file has.
    void plan_figure(const std::string& path, const Input& in, std::vector<Change>& changes) {
        const auto slot = figure_at(ward_, path);
        if (!slot) {
            error(describe(in.at) + ": " + tr("unknown input '{1}'; this wardreport reads {2}", path, importable_figures).text);
            return;
        }
        const bool year = slot->kind == FigureSlot::Kind::Year;
        const std::size_t before = diags_.error_count();
        const auto value = number(in, year ? tr("a year in digits, e.g. 2026") : tr("a figure in digits, e.g. 12480 or 38,5"));
        if (diags_.error_count() != before) return;
        if (!value) {
            if (slot->current)
                warning(describe(in.at) + ": " +
                        tr("{1} is empty in the workbook; the data file keeps {2} (delete it in the data file if it is "
                           "wrong)", path, year ? slot->current->to_string() : vi::number(*slot->current)).text);
            return;
        }
        if (!slot->owner) {
            error(describe(in.at) + ": " +
                  tr("the data file has no {1}; expected the data file the workbook was rendered from",
                     path.substr(0, path.rfind('.'))).text);
            return;
        }
        const bool whole = std::fabs(value->to_double()) < 1e15 &&
                           *value == Decimal::integer(static_cast<std::int64_t>(value->to_double()));
        if (slot->kind != FigureSlot::Kind::Amount && !whole) {
            error(describe(in.at) + ": " +
                  (year ? tr("'{1}' is not a year; expected a whole year, e.g. 2026", in.value.text)
                        : tr("'{1}' is not a whole number; expected a count, e.g. 12480", in.value.text)).text);
            return;
        }
        if (year ? (*value < Decimal::integer(load::first_year) || *value > Decimal::integer(load::last_year))
                 : *value < Decimal::integer(0)) {
            error(describe(in.at) + ": " +
                  (year ? tr("{1} is out of range for {2}; expected a year from {3} to {4}", value->to_string(), path,
                             load::first_year, load::last_year)
                        : tr("{1} is out of range for {2}; expected a figure of 0 or more", vi::number(*value), path)).text);
            return;
        }
        if (in.value.formula)
            warning(describe(in.at) + ": " +
                    tr("a formula fills the input {1}; its value as last computed is imported", path).text);
        const Decimal v = year ? Decimal::integer(static_cast<std::int64_t>(std::llround(value->to_double()))) : *value;
        if (slot->current && *slot->current == v) return;
        Change c;
        c.figure = path;
        c.old_value = slot->current;
        c.new_value = v;
        c.value_cell = in.at;
        changes.push_back(std::move(c));
    }

    bool in_range(const Target& t, int y, const Decimal& value, const Input& year, const Input& result) {
        const int from = t.baseline_year ? *t.baseline_year : (ward_.congress ? ward_.congress->term.from : y);
        const int to = ward_.congress ? ward_.congress->term.to : t.target_year.value_or(y);
        if (y < from || y > to) {
            error(describe(year.at) + ": " +
                  tr("{1} is out of range for target '{2}'; expected a year from {3} to {4}", y, t.id, from, to).text);
            return false;
        }
        if (value < Decimal::integer(0) || (t.unit == "%" && value > Decimal::integer(100))) {
            const std::string expected = t.unit == "%" ? tr("a share from 0 to 100").text : tr("a figure of 0 or more").text;
            error(describe(result.at) + ": " +
                  (t.kind == TargetKind::Total
                       ? tr("{1} is out of range for target '{2}' ({3}); expected {4} (the cell holds the total over the "
                            "term: the year's result is what it adds to the other years')", vi::number(value), t.id, t.unit, expected)
                       : tr("{1} is out of range for target '{2}' ({3}); expected {4}", vi::number(value), t.id, t.unit,
                            expected)).text);
            return false;
        }
        return true;
    }

    const XlsxWorkbook& wb_;
    const Ward& ward_;
    std::string file_;
    Diagnostics& diags_;
    std::vector<std::pair<std::string, Input>> figures_;  // statistics inputs, in the workbook's order
    std::set<std::pair<std::string, std::string>> inputs_;  // the input cells read: sheet, cell
    std::map<std::pair<std::string, long>, long> moved_;     // sheet, row written → row now (sorted)
};

}  // namespace

const char* status_key(TargetStatus s) {
    switch (s) {
        case TargetStatus::Achieved: return "achieved";
        case TargetStatus::OnTrack: return "on_track";
        case TargetStatus::Behind: return "behind";
        case TargetStatus::Unknown: break;
    }
    return "";
}

std::optional<std::vector<Change>> plan_import(const XlsxWorkbook& wb, const Ward& ward, const std::string& workbook,
                                               Diagnostics& diags) {
    return Planner(wb, ward, workbook, diags).run();
}

}  // namespace wardreport::import
