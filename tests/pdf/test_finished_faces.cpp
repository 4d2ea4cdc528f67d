// The finished objects of a face (its subset program and ToUnicode map) kept for the character
// sets of recent documents: reused for exactly the same set, never for another, bounded, and a
// document written with them is byte for byte the one written without.
#include "finished_faces.hpp"
#include "render.hpp"
#include "samples.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

using namespace wardreport;
using namespace wardreport::pdf;
using namespace wardreport::pdf::test;

namespace {

// Finished objects that name the set they were made for, so that a mix-up shows.
std::function<FinishedFace()> maker(const std::string& name) {
    return [name] { return FinishedFace{name, name.size(), "cmap of " + name}; };
}

}  // namespace

TEST_CASE("finished faces are reused for the same characters only", "[pdf][finished]") {
    FinishedFaces cache;
    const std::set<char32_t> a{U'K', U'ỳ', U' ', U'S', U'ơ', U'n'}, b{U'K', U'ỳ', U' ', U'S', U'ơ'};
    const auto first = cache.get(a, maker("a"));
    const auto again = cache.get(std::set<char32_t>(a), maker("not made"));
    CHECK(again == first);
    CHECK(again->program == "a");
    CHECK(cache.made() == 1);

    const auto other = cache.get(b, maker("b"));
    CHECK(other != first);
    CHECK(other->program == "b");
    CHECK(other->cmap == "cmap of b");
    CHECK(cache.made() == 2);
    CHECK(cache.get(a, maker("not made"))->program == "a");
    CHECK(cache.get(b, maker("not made"))->program == "b");
    CHECK(cache.made() == 2);
}

TEST_CASE("finished faces keep the most recently used sets, up to their capacity", "[pdf][finished]") {
    FinishedFaces cache(2);
    const std::set<char32_t> a{U'a'}, b{U'b'}, c{U'c'};
    cache.get(a, maker("a"));
    cache.get(b, maker("b"));
    cache.get(a, maker("not made"));  // a is now the most recent: c drops b
    cache.get(c, maker("c"));
    CHECK(cache.size() == 2);
    CHECK(cache.made() == 3);
    CHECK(cache.get(a, maker("not made"))->program == "a");
    CHECK(cache.get(c, maker("not made"))->program == "c");
    CHECK(cache.made() == 3);
    CHECK(cache.get(b, maker("b again"))->program == "b again");
    CHECK(cache.made() == 4);
    CHECK(cache.size() == 2);
}

TEST_CASE("a PDF written with a face's kept objects is the one written without", "[pdf][finished]") {
    const auto dir = scratch("finished-faces");
    const doc::Document resolution = samples::resolution(), report = samples::state_report();
    FaceLibrary faces(WARDREPORT_PDF_FONT_DIR);
    render(resolution, dir / "warm-1.pdf", faces);
    const std::size_t made = faces.finished(Face::Regular).made();
    CHECK(made == 1);
    render(report, dir / "warm-2.pdf", faces);  // other characters: made afresh
    CHECK(faces.finished(Face::Regular).made() == made + 1);
    render(resolution, dir / "warm-3.pdf", faces);  // the same characters again: reused
    CHECK(faces.finished(Face::Regular).made() == made + 1);

    const auto cold = render_to(resolution, dir, "cold");
    const std::string bytes = read_file(cold);
    CHECK(bytes.size() > 1000);
    CHECK(read_file(dir / "warm-1.pdf") == bytes);
    CHECK(read_file(dir / "warm-3.pdf") == bytes);
    CHECK(read_file(dir / "warm-2.pdf") == read_file(render_to(report, dir, "cold-report")));
}
