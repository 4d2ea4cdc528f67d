// The plugin module as the engine loads it: exported aliases, info, write, font lookup.
#include "samples.hpp"
#include "tools.hpp"

#include <wardreport/abi.hpp>
#include <wardreport/exporter.hpp>
#include <wardreport/version.hpp>

#include <boost/dll/import.hpp>
#include <boost/dll/shared_library.hpp>

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace wardreport;
using namespace wardreport::pdf::test;

namespace {

struct Loaded {
    boost::dll::shared_library lib;
    std::unique_ptr<Exporter> exporter;
    ~Loaded() { exporter.reset(); }  // before the library goes
};

std::unique_ptr<Loaded> load() {
    auto l = std::make_unique<Loaded>();
    l->lib.load(WARDREPORT_PDF_PLUGIN);
    REQUIRE(l->lib.has("wardreport_plugin_sdk_version"));
    CHECK(l->lib.get_alias<const int>("wardreport_plugin_sdk_version") == WARDREPORT_SDK_VERSION);
    CHECK(l->lib.get_alias<const std::uint64_t>("wardreport_plugin_sdk_layout") == abi::kFingerprint);
    l->exporter = l->lib.get_alias<ExporterFactory>("wardreport_create_exporter")();
    return l;
}

}  // namespace

TEST_CASE("the plugin exports its SDK version and an exporter for pdf", "[pdf][plugin]") {
    auto l = load();
    const PluginInfo info = l->exporter->info();
    CHECK(info.name == "pdf");
    REQUIRE(info.formats.size() == 1);
    CHECK(info.formats[0].name == "pdf");
    CHECK(info.formats[0].extension == "pdf");
    CHECK(info.formats[0].mime == "application/pdf");
}

TEST_CASE("the plugin writes with the subset fonts installed beside it", "[pdf][plugin]") {
    ::unsetenv("WARDREPORT_PDF_FONT_DIR");
    auto l = load();
    const auto out = scratch("plugin") / "nghi-quyet.pdf";
    l->exporter->write(pdf::samples::resolution(), "pdf", out);
    CHECK(pdf_text(out).find("ĐẢNG CỘNG SẢN VIỆT NAM") != std::string::npos);
    // The subset faces make a small file: the full ones are about three times larger.
    CHECK(std::filesystem::file_size(out) < 90000);
    CHECK_THROWS_AS(l->exporter->write(pdf::samples::resolution(), "xlsx", out), ExportError);
}

TEST_CASE("WARDREPORT_PDF_FONT_DIR chooses the font directory", "[pdf][plugin]") {
    auto l = load();
    const auto dir = scratch("plugin-env");
    ::setenv("WARDREPORT_PDF_FONT_DIR", "/usr/share/fonts/truetype/liberation2", 1);
    l->exporter->write(pdf::samples::resolution(), "pdf", dir / "full.pdf");
    CHECK(pdf_text(dir / "full.pdf").find("1.789") != std::string::npos);
    ::setenv("WARDREPORT_PDF_FONT_DIR", (dir / "none").c_str(), 1);
    CHECK_THROWS_WITH(l->exporter->write(pdf::samples::resolution(), "pdf", dir / "x.pdf"),
                      Catch::Contains("none/LiberationSerif-"));
    ::unsetenv("WARDREPORT_PDF_FONT_DIR");
}
