// The plugin contract's layout, pinned. Every figure here is part of the binary interface of
// every plugin built against this SDK major version: when one changes, plugins built before the
// change read the engine's objects at wrong offsets. The engine refuses them (the layout
// fingerprint differs), but only a new major version tells plugin authors why.
#include <wardreport/abi.hpp>
#include <wardreport/version.hpp>

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

namespace {

using namespace wardreport;

const char* const kBump =
    "the layout of the plugin contract changed: every plugin built against SDK 2.x would be refused. If "
    "the change is meant, bump WARDREPORT_SDK_VERSION_MAJOR in core/include/wardreport/version.hpp (and "
    "reset the minor to 0), then record the new figures in tests/plugins/test_abi.cpp";

std::string hex(std::uint64_t v) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

struct Pinned {
    const char* type;
    std::size_t size, align;
};

}  // namespace

TEST_CASE("the plugin contract's layout is the one recorded for SDK 2", "[abi]") {
    REQUIRE(WARDREPORT_SDK_VERSION_MAJOR == 2);
    INFO(kBump);
    // Sizes first, so a failure names the type that changed.
    const Pinned pinned[] = {
        {"Decimal", 16, 8},         {"Date", 12, 4},           {"TextStyle", 32, 8},   {"Layout", 264, 8},
        {"Run", 40, 8},             {"OfficialHeader", 184, 8}, {"Title", 56, 8},       {"Heading", 104, 8},
        {"Paragraph", 64, 8},       {"List", 88, 8},           {"Cell", 96, 8},        {"Column", 160, 8},
        {"RowSource", 8, 8},        {"VectorRows", 32, 8},     {"Table", 192, 8},      {"Series", 88, 8},
        {"Chart", 232, 8},          {"KeyFigure", 160, 8},     {"KeyFigures", 56, 8},  {"Closing", 144, 8},
        {"PageBreak", 1, 1},        {"Block", 240, 8},         {"Metadata", 208, 8},   {"Document", 560, 8},
        {"FormatInfo", 96, 8},      {"PluginInfo", 120, 8},    {"ExportError", 16, 8}, {"Exporter", 8, 8},
    };
    const Pinned actual[] = {
        {"Decimal", sizeof(Decimal), alignof(Decimal)},
        {"Date", sizeof(Date), alignof(Date)},
        {"TextStyle", sizeof(doc::TextStyle), alignof(doc::TextStyle)},
        {"Layout", sizeof(doc::Layout), alignof(doc::Layout)},
        {"Run", sizeof(doc::Run), alignof(doc::Run)},
        {"OfficialHeader", sizeof(doc::OfficialHeader), alignof(doc::OfficialHeader)},
        {"Title", sizeof(doc::Title), alignof(doc::Title)},
        {"Heading", sizeof(doc::Heading), alignof(doc::Heading)},
        {"Paragraph", sizeof(doc::Paragraph), alignof(doc::Paragraph)},
        {"List", sizeof(doc::List), alignof(doc::List)},
        {"Cell", sizeof(doc::Cell), alignof(doc::Cell)},
        {"Column", sizeof(doc::Column), alignof(doc::Column)},
        {"RowSource", sizeof(doc::RowSource), alignof(doc::RowSource)},
        {"VectorRows", sizeof(doc::VectorRows), alignof(doc::VectorRows)},
        {"Table", sizeof(doc::Table), alignof(doc::Table)},
        {"Series", sizeof(doc::Series), alignof(doc::Series)},
        {"Chart", sizeof(doc::Chart), alignof(doc::Chart)},
        {"KeyFigure", sizeof(doc::KeyFigure), alignof(doc::KeyFigure)},
        {"KeyFigures", sizeof(doc::KeyFigures), alignof(doc::KeyFigures)},
        {"Closing", sizeof(doc::Closing), alignof(doc::Closing)},
        {"PageBreak", sizeof(doc::PageBreak), alignof(doc::PageBreak)},
        {"Block", sizeof(doc::Block), alignof(doc::Block)},
        {"Metadata", sizeof(doc::Metadata), alignof(doc::Metadata)},
        {"Document", sizeof(doc::Document), alignof(doc::Document)},
        {"FormatInfo", sizeof(FormatInfo), alignof(FormatInfo)},
        {"PluginInfo", sizeof(PluginInfo), alignof(PluginInfo)},
        {"ExportError", sizeof(ExportError), alignof(ExportError)},
        {"Exporter", sizeof(Exporter), alignof(Exporter)},
    };
    static_assert(sizeof pinned == sizeof actual);
    for (std::size_t i = 0; i < sizeof pinned / sizeof pinned[0]; ++i) {
        INFO("type " << actual[i].type);
        CHECK(std::string(actual[i].type) == pinned[i].type);
        CHECK(actual[i].size == pinned[i].size);
        CHECK(actual[i].align == pinned[i].align);
    }
    // The fingerprint covers what sizes do not: member offsets and kinds, enumerators, virtual
    // functions, the standard library's ABI.
    CHECK(hex(abi::kFingerprint) == "2c8e2d7af3afec53");
}

TEST_CASE("the fingerprint changes with any member's place, size or kind", "[abi]") {
    // The hashing itself: what the description is made of must move the result.
    const std::uint64_t base = abi::Type(1, "T", 16, 8).member<int>("a", 0).member<double>("b", 8).done();
    CHECK(abi::Type(1, "T", 16, 8).member<int>("a", 0).member<double>("b", 8).done() == base);
    CHECK(abi::Type(1, "T", 16, 8).member<int>("a", 0).member<double>("b", 4).done() != base);   // offset
    CHECK(abi::Type(1, "T", 16, 8).member<int>("a", 0).member<float>("b", 8).done() != base);    // size
    CHECK(abi::Type(1, "T", 16, 8).member<float>("a", 0).member<double>("b", 8).done() != base); // kind
    CHECK(abi::Type(1, "T", 24, 8).member<int>("a", 0).member<double>("b", 8).done() != base);   // size of T
    CHECK(abi::Type(1, "T", 16, 8).member<int>("a", 0).member<double>("c", 8).done() != base);   // name
    CHECK(abi::Type(1, "T", 16, 8).value("A", 0).done() != abi::Type(1, "T", 16, 8).value("A", 1).done());
}

TEST_CASE("member counting sees every member of a contract struct", "[abi]") {
    CHECK(abi::detail::member_count<doc::Chart>() == 9);
    CHECK(abi::detail::member_count<doc::Table>() == 8);
    CHECK(abi::detail::member_count<doc::Layout>() == 20);
    CHECK(abi::detail::member_count<doc::PageBreak>() == 0);
    struct Grown {
        doc::Chart chart;
        std::string added;
    };
    CHECK(abi::detail::member_count<Grown>() == 2);
}
