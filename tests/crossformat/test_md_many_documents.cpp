// One exporter, many documents, for the sample Markdown plugin as the engine loads it: one
// exporter object writes 50 documents exactly as 50 fresh exporters do, so nothing of one
// document leaks into the next (tests/pdf and tests/xlsx do the same for the built-in plugins).
#include "load/loader.hpp"
#include "report/report.hpp"
#include "support/support.hpp"
#include "util/diagnostics.hpp"

#include <wardreport/exporter.hpp>

#include <boost/dll/shared_library.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

using namespace wardreport;
namespace fs = std::filesystem;

namespace {

// Every report of both samples, and the test report whose tables have totals rows.
std::vector<doc::Document> sample_documents() {
    report::Catalog catalog;
    Diagnostics diags;
    REQUIRE(catalog.add_directory(std::string(WARDREPORT_SOURCE_DIR) + "/reports", diags));
    REQUIRE(catalog.add_directory(std::string(WARDREPORT_SOURCE_DIR) + "/tests/crossformat/reports", diags));
    std::vector<doc::Document> docs;
    for (const char* sample : {"ky-son", "xa-minh-hoa-demo"}) {
        const std::optional<Ward> ward =
            load::load_file(std::string(WARDREPORT_SOURCE_DIR) + "/samples/" + sample + ".yaml", diags);
        REQUIRE(ward);
        for (const std::string& id : catalog.ids()) {
            if (!catalog.supports(id, *ward)) continue;
            std::optional<doc::Document> d = catalog.build(id, *ward, sample, diags);
            REQUIRE(d);
            docs.push_back(std::move(*d));
        }
    }
    REQUIRE(docs.size() == 8);
    return docs;
}

}  // namespace

TEST_CASE("one md exporter writes 50 documents as 50 fresh exporters do", "[md][plugin][many]") {
    const std::vector<doc::Document> docs = sample_documents();
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
