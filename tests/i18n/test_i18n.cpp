// The message module on its own: placeholders, the split between what is wrong and what to write
// instead, the ids the loader's diagnostics carry, and coloured diagnostics.
#include "load/loader.hpp"
#include "util/diagnostics.hpp"
#include "util/i18n.hpp"

#include <catch2/catch.hpp>

using namespace wardreport;

TEST_CASE("placeholders are replaced in any order, braces kept", "[i18n]") {
    CHECK(i18n::substitute("'{1}' is {2}; expected {3}", {"a", "b", "c"}) == "'a' is b; expected c");
    CHECK(i18n::substitute("{2} trước {1}", {"x", "y"}) == "y trước x");
    CHECK(i18n::substitute("{value: {1}, unit: {2}}", {"1.5", "km²"}) == "{value: 1.5, unit: km²}");
    CHECK(i18n::substitute("close the '{{' opened", {}) == "close the '{' opened");
    CHECK(i18n::substitute("{1} {4}", {"only"}) == "only ");  // a missing argument leaves nothing
}

TEST_CASE("the hint is found in the format, not in a value", "[i18n]") {
    const i18n::Text t = tr("'{1}' is {2}; expected {3}", "a; b", "c", "d");
    CHECK(t.id == "'{1}' is {2}; expected {3}");
    CHECK(t.text == "'a; b' is c; expected d");
    CHECK(t.text.substr(t.hint_at) == "expected d");
    // A message made of another: the inner message's hint.
    const i18n::Text outer = tr("'{1}': {2}", "geography.area", "'x' is not a number; expected a number");
    CHECK(outer.text.substr(outer.hint_at) == "expected a number");
    const i18n::Text none = tr("no usable plugin found");
    CHECK(none.hint_at == std::string::npos);
    CHECK(trn("{1} error", "{1} errors", 1).text == "1 error");
    CHECK(trn("{1} error", "{1} errors", 3).text == "3 errors");
}

TEST_CASE("the loader's diagnostics carry the id of their message", "[i18n]") {
    Diagnostics diags;
    CHECK_FALSE(load::load_text("wardreport: 1\nward:\n  name: A\n  kind: xã\n  province: Huế\n  nam: x\n", "t.yaml", diags));
    REQUIRE(diags.all().size() == 1);
    const Diagnostic& d = diags.all()[0];
    CHECK(d.id == "unknown field '{1}' in '{2}'; did you mean '{3}'?{4}");
    CHECK(d.message.substr(d.hint_at) == "did you mean 'name'?");
}

TEST_CASE("coloured diagnostics are those of gcc", "[i18n]") {
    const Diagnostic e{"f.yaml", 3, 7, Severity::Error, "bad; expected good"};
    CHECK(format_diagnostic(e, true) == "\033[01mf.yaml:3:7:\033[m \033[01;31merror:\033[m bad; expected good");
    CHECK(format_diagnostic({"f", 1, 0, Severity::Warning, "w"}, true) == "\033[01mf:1:\033[m \033[01;35mwarning:\033[m w");
    CHECK(format_diagnostic(e) == "f.yaml:3:7: error: bad; expected good");
    // A file name cannot bring its own escape sequences.
    CHECK(format_diagnostic({"a\033[31m", 1, 1, Severity::Note, "n"}, true) ==
          "\033[01ma<U+001B>[31m:1:1:\033[m \033[01;36mnote:\033[m n");
}
