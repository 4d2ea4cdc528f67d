// The built MODULE, loaded the way the engine loads it (Boost.DLL aliases).
#include "helpers.hpp"
#include "ky_son_document.hpp"

#include <wardreport/abi.hpp>
#include <wardreport/exporter.hpp>
#include <wardreport/version.hpp>

#include <boost/dll/shared_library.hpp>

#include <catch2/catch.hpp>

using namespace wardreport;

TEST_CASE("xlsx: the xlsx plugin loads and writes through the Exporter interface", "[xlsx][plugin]") {
    boost::dll::shared_library lib(WARDREPORT_XLSX_PLUGIN);
    REQUIRE(lib.has("wardreport_plugin_sdk_version"));
    CHECK(sdk_compatible(WARDREPORT_SDK_VERSION, lib.get_alias<const int>("wardreport_plugin_sdk_version")));
    CHECK(lib.get_alias<const std::uint64_t>("wardreport_plugin_sdk_layout") == abi::kFingerprint);
    auto create = lib.get_alias<ExporterFactory>("wardreport_create_exporter");
    {
        std::unique_ptr<Exporter> exporter = create();
        const PluginInfo info = exporter->info();
        CHECK(info.name == "xlsx");
        REQUIRE(info.formats.size() == 1);
        CHECK(info.formats[0].name == "xlsx");
        CHECK(info.formats[0].extension == "xlsx");

        const auto dir = xlsx_test::output_dir("plugin");
        exporter->write(xlsx_test::ky_son_statistics(), "xlsx", dir / "a.xlsx");
        const auto r = xlsx_test::check_workbook(dir / "a.xlsx", nlohmann::json::object());
        INFO(r.output);
        CHECK(r.status == 0);
        CHECK_THROWS_AS(exporter->write(xlsx_test::ky_son_statistics(), "pdf", dir / "b.pdf"), ExportError);
    }
}
