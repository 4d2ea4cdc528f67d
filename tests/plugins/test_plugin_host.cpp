// The plugin host and the output writer, used directly.
#include "test_support.hpp"

#include "plugin/output.hpp"
#include "plugin/plugin_host.hpp"
#include "plugin/search_path.hpp"
#include "plugin/trust.hpp"
#include "util/paths.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <iterator>

namespace fs = std::filesystem;
using namespace wardreport;
using wrtest::contains;

namespace {

doc::Document sample_document() {
    doc::Document d;
    d.report = "bao-cao";
    d.file_stem = "ky-son-bao-cao";
    d.blocks.push_back(doc::Heading{1, "I-", "TÌNH HÌNH CHUNG", "chung"});
    doc::Paragraph p;
    p.runs.push_back({"Phường Kỳ Sơn có diện tích 115,689 km².", false, false, false});
    d.blocks.push_back(p);
    return d;
}

}  // namespace

TEST_CASE("an exporter keeps its library loaded after the host is gone") {
    std::shared_ptr<Exporter> exporter;
    {
        plugin::PluginHost host;
        host.load_file(wrtest::test_plugin("fake"), plugin::Origin::CommandLine);
        REQUIRE(host.faults().empty());
        const auto ref = host.find("fake-text");
        REQUIRE(ref.plugin);
        exporter = ref.plugin->exporter;
    }
    // With the library unloaded this call would crash (library-notes.md: 139).
    CHECK(exporter->info().name == "fake");
}

TEST_CASE("search path: built-in first, absolute environment entries, then command-line directories") {
    const auto sp = plugin::make_search_path("/prefix/lib/wardreport/plugins", "/a:b::/c/../d", {"/e", "rel"});
    REQUIRE(sp.dirs.size() == 5);
    CHECK(sp.dirs[0].dir == "/prefix/lib/wardreport/plugins");
    CHECK(sp.dirs[0].origin == plugin::Origin::Builtin);
    CHECK(sp.dirs[1].dir == "/a");
    CHECK(sp.dirs[2].dir == "/d");
    CHECK(sp.dirs[2].origin == plugin::Origin::EnvPath);
    CHECK(sp.dirs[3].dir == "/e");
    CHECK(sp.dirs[4].dir == fs::current_path() / "rel");
    CHECK(sp.dirs[4].origin == plugin::Origin::CommandLine);
    REQUIRE(sp.refused.size() == 2);
    CHECK(sp.refused[0].entry == "b");
    CHECK(sp.refused[1].entry.empty());

    CHECK(plugin::make_search_path("/p", nullptr, {}).dirs.size() == 1);
    CHECK(plugin::make_search_path("/p", "", {}).refused.empty());
    CHECK(plugin::make_search_path("/p", "/a:", {}).refused.size() == 1);
}

TEST_CASE("system plugin directories: the engine's own, then lib/ and lib/<multiarch>/ of its prefix") {
    const auto dirs = paths::system_plugin_dirs("/usr");
    REQUIRE(!dirs.empty());
    // The engine's own directory, relative to its prefix, comes first.
    CHECK(dirs.front() == fs::path("/usr") / paths::builtin_plugin_dir().lexically_relative(paths::prefix()));
    // Both where a build for another prefix puts plugins and where Debian's /usr puts them.
    CHECK(std::count(dirs.begin(), dirs.end(), fs::path("/usr/lib/wardreport/plugins")) == 1);
    CHECK(std::count_if(dirs.begin(), dirs.end(), [](const fs::path& d) {
              return d.parent_path().parent_path().parent_path() == "/usr/lib" && d.filename() == "plugins";
          }) == 1);
    CHECK(std::set<fs::path>(dirs.begin(), dirs.end()).size() == dirs.size());
}

TEST_CASE("the trust checks accept root-owned system directories such as a package's") {
    struct stat st {};
    REQUIRE(::stat("/usr/lib", &st) == 0);
    REQUIRE(st.st_uid == 0);
    REQUIRE((st.st_mode & (S_IWGRP | S_IWOTH)) == 0);
    CHECK_FALSE(plugin::untrusted_directory("/usr/lib"));
}

TEST_CASE("write_output moves a complete file into place with the usual permissions") {
    wrtest::TempDir tmp;
    plugin::PluginHost host;
    host.load_file(wrtest::test_plugin("fake"), plugin::Origin::CommandLine);
    const auto ref = host.find("fake-text");
    REQUIRE(ref.plugin);

    const fs::path target = tmp.path() / "ky-son-bao-cao.txt";
    const std::string error = plugin::write_output(*ref.plugin, *ref.format, sample_document(), target);
    CHECK(error.empty());
    const std::string text = wrtest::read_file(target);
    CHECK(contains(text, "heading: I- TÌNH HÌNH CHUNG"));
    CHECK(contains(text, "115,689 km²"));
    struct stat st {};
    REQUIRE(::stat(target.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == (0666 & ~0022));  // the tests run with umask 022
    CHECK(std::distance(fs::directory_iterator(tmp.path()), fs::directory_iterator()) == 1);
}

TEST_CASE("write_output leaves nothing when the plugin fails, and keeps an older file") {
    wrtest::TempDir tmp;
    plugin::PluginHost host;
    host.load_file(wrtest::test_plugin("throw-write"), plugin::Origin::CommandLine);
    const auto ref = host.find("failing");
    REQUIRE(ref.plugin);

    const fs::path target = tmp.path() / "ky-son-bao-cao.fail";
    std::string error = plugin::write_output(*ref.plugin, *ref.format, sample_document(), target);
    CHECK(error == "plugin 'throwing' failed to write format 'failing': the disk is full (on purpose)");
    CHECK(fs::is_empty(tmp.path()));

    std::ofstream(target) << "yesterday's report";
    error = plugin::write_output(*ref.plugin, *ref.format, sample_document(), target);
    CHECK_FALSE(error.empty());
    CHECK(wrtest::read_file(target) == "yesterday's report");
    CHECK(std::distance(fs::directory_iterator(tmp.path()), fs::directory_iterator()) == 1);
}

TEST_CASE("write_output reports an output directory it cannot write to") {
    plugin::PluginHost host;
    host.load_file(wrtest::test_plugin("fake"), plugin::Origin::CommandLine);
    const auto ref = host.find("fake-text");
    REQUIRE(ref.plugin);
    const std::string error =
        plugin::write_output(*ref.plugin, *ref.format, sample_document(), "/nonexistent-dir/x.txt");
    CHECK(contains(error, "plugin 'fake' failed to write format 'fake-text': cannot create a temporary file in "
                          "/nonexistent-dir"));
}
