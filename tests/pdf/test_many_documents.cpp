// One exporter, many documents: an exporter keeps what it prepares once (the pdf plugin's
// faces, for instance) and must write every document exactly as a fresh exporter would. Both
// built-in plugins, as the engine loads them, on the real documents of both samples.
#include "tools.hpp"

#include "support/documents.hpp"

#include <wardreport/exporter.hpp>

#include <boost/dll/shared_library.hpp>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

using namespace wardreport;
using namespace wardreport::pdf::test;

namespace {

struct Plugin {
    boost::dll::shared_library lib;
    explicit Plugin(const char* path) : lib(path) {}
    std::unique_ptr<Exporter> make() { return lib.get_alias<ExporterFactory>("wardreport_create_exporter")(); }
};

// Writes 50 documents, cycling through the samples' six so that each follows a different one,
// through one exporter into `one/` and through a fresh exporter each into `fresh/`.
void check_one_equals_fresh(const char* plugin_path, const std::string& format) {
    ::unsetenv("WARDREPORT_PDF_FONT_DIR");
    const std::vector<doc::Document> docs = wrtest::sample_documents();
    REQUIRE(docs.size() == 6);  // six documents of three kinds
    const auto dir = scratch("many-" + format);
    std::filesystem::create_directories(dir / "one");
    std::filesystem::create_directories(dir / "fresh");
    Plugin plugin(plugin_path);
    auto name = [&](std::size_t i) { return std::to_string(i) + "-" + docs[i % docs.size()].file_stem + "." + format; };
    {
        std::unique_ptr<Exporter> one = plugin.make();
        for (std::size_t i = 0; i < 50; ++i) one->write(docs[i % docs.size()], format, dir / "one" / name(i));
    }
    for (std::size_t i = 0; i < 50; ++i) {
        std::unique_ptr<Exporter> fresh = plugin.make();
        fresh->write(docs[(i) % docs.size()], format, dir / "fresh" / name(i));
    }
    for (std::size_t i = 0; i < 50; ++i) {
        INFO(name(i));
        const std::string a = read_file(dir / "one" / name(i)), b = read_file(dir / "fresh" / name(i));
        CHECK(a.size() > 1000);
        CHECK(a == b);
    }
    // The same document at two places in the run: nothing of the documents between leaks in.
    CHECK(read_file(dir / "one" / name(0)) == read_file(dir / "one" / name(48)));
}

}  // namespace

TEST_CASE("one pdf exporter writes 50 documents as 50 fresh exporters do", "[pdf][plugin][many]") {
    check_one_equals_fresh(WARDREPORT_PDF_PLUGIN, "pdf");
}

TEST_CASE("one xlsx exporter writes 50 documents as 50 fresh exporters do", "[xlsx][plugin][many]") {
    check_one_equals_fresh(WARDREPORT_XLSX_PLUGIN, "xlsx");
}
