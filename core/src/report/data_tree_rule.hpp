// The rule a target is judged by, in the words the tracking workbook shows a clerk and its
// formulas compare (reports/theo-doi-chi-tieu.yaml): each word here is progress.hpp's reading of
// the target, said once, so that the formulas read the row's rule from a cell of its own rather
// than guess it from the goal's wording.
#pragma once

#include <wardreport/model.hpp>

#include <optional>

namespace wardreport::report {

// How the result is judged: "mức" (a level), "khoảng giá trị" (a range of levels), "so với năm
// gốc" (a change), "bình quân %/năm" or "bình quân điểm %/năm" (a yearly growth, compound or in
// points), "tổng nhiệm kỳ" (a total over the term), "hằng năm" (each year), "duy trì" (maintain
// a level), "định tính" (the clerk's assessment: qualitative, maintain a status).
const char* rule_kind(const Target& t);

// How the result (of a growth: the rate achieved, on its size in the target's direction) is
// compared with the level or the asked rate, as progress.hpp compares it: "ít nhất", "trên",
// "không quá", "dưới", "đúng"; "khoảng" and "gần" a level read in the target's direction, as
// "ít nhất" or "không quá"; "trong khoảng" a range; "" for an assessment.
const char* rule_comparison(const Target& t);

// Each year or maintain a level: the first year whose result missed the level (progress.hpp's
// every-year rule), so that a result typed for a later year is judged with the earlier ones.
std::optional<int> first_missed_year(const Target& t);

// Whether the tracking formulas restate progress.hpp for the target from the row's cells.
bool live_progress(const Target& t, const Term& term);

}  // namespace wardreport::report
