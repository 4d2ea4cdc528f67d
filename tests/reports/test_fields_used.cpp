// Every field a clerk fills reaches at least one report, or is documented as input only: a fact
// the file accepts and no document prints is a fact silently dropped (budget revenue was).
#include "helpers.hpp"

#include "load/schema.hpp"

#include <regex>

using namespace wardreport;
using namespace wrtest;

namespace {

// The leaf paths of the field table, list items as "[]": "geography.ethnic_groups[].share".
void leaves(const load::spec::Node& n, const std::string& path, std::vector<std::string>& out) {
    using load::spec::Kind;
    if (n.kind == Kind::Object) {
        for (const auto& f : n.fields) leaves(*f.node, path.empty() ? f.key : path + "." + f.key, out);
    } else if (n.kind == Kind::List && n.item && n.item->kind == Kind::Object) {
        leaves(*n.item, path + "[]", out);
    } else if (n.kind == Kind::Dict && n.item) {
        leaves(*n.item, path + ".*", out);
    } else {
        out.push_back(path);  // a scalar, a list of text, a figure (its map form is one fact)
    }
}

// Where a file path is read in the data tree, when not under the same name: the derived node a
// report definition uses (a target's comparison, rate and year make its "goal" and "display").
std::string tree_path(std::string p) {
    static const std::pair<const char*, const char*> read_as[] = {
        {"ward.name", "identity.full_name"}, {"ward.province_kind", "identity.province_full"},
        {"congress.start", "congress.dates_text"}, {"congress.end", "congress.last_day"},
        {"congress.form", "congress.assembly"}, {"documents.*.symbol", "document.number_line"},
        {"geography.residential_groups", "geography.residential_group_count"},
        {"past_term.targets_met", "past_term.met_text"},
        {"resolution.groups[].stated_count", "resolution.groups[].count"},
        {"resolution.groups[].complete", "resolution.groups[].count"},
        {"resolution.targets_complete", "resolution.target_count"},
        {"resolution.stated_targets", "resolution.target_count"},
        {"resolution.stated_breakthroughs", "resolution.breakthrough_count"},
        {"resolution.stated_tasks", "resolution.task_count"},
        {"resolution.targets[].actuals[].value", "resolution.targets[].actual"},
        {"resolution.targets[].actuals[].year", "resolution.targets[].latest"},
        {"resolution.targets[].statement", "resolution.targets[].display"},
        {"resolution.targets[].comparison", "resolution.targets[].goal"},
        {"resolution.targets[].min", "resolution.targets[].goal"},
        {"resolution.targets[].max", "resolution.targets[].goal"},
        {"resolution.targets[].rate", "resolution.targets[].goal"},
        {"resolution.targets[].rate_unit", "resolution.targets[].goal"},
        {"resolution.targets[].target_year", "resolution.targets[].display"},
    };
    for (const auto& [from, to] : read_as)
        if (p == from) return to;
    static const std::pair<const char*, const char*> renamed[] = {
        {"ward.", "identity."}, {"documents.*.", "document."},
    };
    for (const auto& [from, to] : renamed)
        if (p.compare(0, std::string(from).size(), from) == 0) return to + p.substr(std::string(from).size());
    return p;
}

// Fields that describe the input rather than say something a document prints: documented as
// such in docs/data-format.md ("Input only").
const char* const kInputOnly[] = {
    "wardreport", "ward.code", "ward.formed_on", "ward.formed_by",
    "geography.ethnic_groups[].count",  // printed when known (an optional column)
    "congress.guests[].name", "congress.guests[].title", "congress.guests[].role",
    "resolution.targets[].id", "resolution.targets[].note", "resolution.targets[].actuals[].estimated",
    "resolution.groups[].id", "resolution.targets[].group", "resolution.targets[].linked_to",
    "party.deputy_secretaries[].name", "party.deputy_secretaries[].title", "party.secretary.title",
    "documents.*.issuing_body", "documents.*.superior_body", "documents.*.date", "documents.*.number",
    "economy.production[].note", "economy.budget_revenue[].note", "past_term.results[].statement",
    "past_term.targets_total",
};

}  // namespace

TEST_CASE("fields: every field of the data file reaches a report or is documented as input only", "[fields]") {
    std::string defs;
    for (const auto& e : fs::directory_iterator(builtin_reports()))
        if (e.path().extension() == ".yaml") defs += read_file(e.path());
    const std::string format = read_file(source_path("docs/data-format.md"));
    const std::size_t input_only_at = format.find("### Input only");
    REQUIRE(input_only_at != std::string::npos);
    const std::string input_only_doc = format.substr(input_only_at, format.find("\n## ", input_only_at) - input_only_at);

    std::vector<std::string> paths;
    leaves(load::spec::root(), "", paths);
    REQUIRE(paths.size() > 80);
    for (const std::string& p : paths) {
        INFO(p);
        if (std::find(std::begin(kInputOnly), std::end(kInputOnly), p) != std::end(kInputOnly)) {
            CHECK_THAT(input_only_doc, Catch::Contains("`" + p + "`"));
            continue;
        }
        const std::string t = tree_path(p);
        const std::size_t item = t.rfind("[].");
        if (item == std::string::npos) {
            CHECK_THAT(defs, Catch::Contains(t));
        } else {
            // A field of a list item: its list is read, and the field by its own name inside it.
            std::string list = t.substr(0, item);
            while (list.find("[]") != std::string::npos) list.erase(list.find("[]"), 2);
            CHECK_THAT(defs, Catch::Contains(list));
            const std::string key = t.substr(item + 3);
            CHECK(std::regex_search(defs, std::regex("[{ ,.:]" + key + "[}, .]")));
        }
    }
}
