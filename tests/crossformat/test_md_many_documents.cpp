// One exporter, many documents, for the sample Markdown plugin as the engine loads it: one
// exporter object writes 50 documents exactly as 50 fresh exporters do, so nothing of one
// document leaks into the next (tests/pdf and tests/xlsx do the same for the built-in plugins).
#include "support/documents.hpp"

#include <wardreport/exporter.hpp>

#include <boost/dll/shared_library.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

using namespace wardreport;
namespace fs = std::filesystem;

TEST_CASE("one md exporter writes 50 documents as 50 fresh exporters do", "[md][plugin][many]") {
    // Every report of both samples, and the test report whose tables have totals rows.
    const std::vector<doc::Document> docs = wrtest::sample_documents({"tests/crossformat/reports"});
    REQUIRE(docs.size() == 8);
    const fs::path dir = fs::path(WARDREPORT_BINARY_DIR) / "tests/crossformat/many-md";
    fs::remove_all(dir);
    fs::create_directories(dir / "one");
    fs::create_directories(dir / "fresh");
    boost::dll::shared_library lib(WARDREPORT_MD_PLUGIN);
    auto make = [&] { return lib.get_alias<ExporterFactory>("wardreport_create_exporter")(); };
    // Cycling through the eight documents, so that each follows a different one.
    auto name = [&](std::size_t i) { return std::to_string(i) + "-" + docs[i % docs.size()].file_stem + ".md"; };
    {
        std::unique_ptr<Exporter> one = make();
        for (std::size_t i = 0; i < 50; ++i) one->write(docs[i % docs.size()], "md", dir / "one" / name(i));
    }
    for (std::size_t i = 0; i < 50; ++i) make()->write(docs[i % docs.size()], "md", dir / "fresh" / name(i));
    for (std::size_t i = 0; i < 50; ++i) {
        INFO(name(i));
        const std::string a = wrtest::read_file(dir / "one" / name(i));
        CHECK(a.size() > 500);
        CHECK(a == wrtest::read_file(dir / "fresh" / name(i)));
    }
    // The same document at two places in the run: nothing of the documents between leaks in.
    CHECK(wrtest::read_file(dir / "one" / name(0)) == wrtest::read_file(dir / "one" / name(48)));
    fs::remove_all(dir);
}
