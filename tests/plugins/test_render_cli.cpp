// `wardreport render` through the real CLI, with test plugins only (fake-text writes the
// document's text; failing writes half a file and throws), so that these tests do not depend on
// the pdf and xlsx plugins.
#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using wrtest::contains;

namespace {

const fs::path ky_son = fs::path(WARDREPORT_SOURCE_DIR) / "samples/ky-son.yaml";

std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::set<std::string> files_in(const fs::path& dir) {
    std::set<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
    return out;
}

// The sample without its resolution: the reports that need one are not supported.
fs::path ward_without_resolution(const fs::path& dir) {
    std::istringstream in(wrtest::read_file(ky_son));
    std::ofstream out(dir / "no-resolution.yaml");
    bool skipping = false;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("resolution:", 0) == 0) skipping = true;
        else if (!line.empty() && line[0] != ' ' && line[0] != '#') skipping = false;
        if (!skipping) out << line << '\n';
    }
    return dir / "no-resolution.yaml";
}

}  // namespace

TEST_CASE("render writes every supported report in every built-in format, one line per file") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path out = prefix.root() / "out/nested";  // created when missing

    const auto r = wrtest::run(prefix.cli(), {"render", ky_son.string(), "-o", out.string()});
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto written = lines(r.out);
    REQUIRE_FALSE(written.empty());
    for (const std::string& path : written) {
        CHECK(fs::path(path).parent_path() == out);
        CHECK(fs::path(path).filename().string().rfind("ky-son-", 0) == 0);  // <file stem>-<report>
        CHECK(fs::path(path).extension() == ".txt");
        CHECK(wrtest::read_file(path).rfind("report: ", 0) == 0);
    }
    CHECK(files_in(out).size() == written.size());
    CHECK(contains(r.out, (out / "ky-son-nghi-quyet.txt").string()));
}

TEST_CASE("render: plugins outside the built-in directory are used only when their format is named") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path extra = prefix.dir("extra");
    wrtest::install_plugin("duplicate", extra);
    const fs::path out = prefix.dir("out");

    auto r = wrtest::run(prefix.cli(), {"render", ky_son.string(), "--report", "nghi-quyet", "-o", out.string(),
                                        "--plugin-dir", extra.string()});
    CHECK(r.status == 0);
    CHECK(files_in(out) == std::set<std::string>{"ky-son-nghi-quyet.txt"});
    // The duplicate's claim on fake-text is a warning here: render goes on.
    CHECK(contains(r.err, "warning: format 'fake-text' of plugin 'duplicate' ignored"));

    r = wrtest::run(prefix.cli(), {"render", "--report", "nghi-quyet", "--format", "dup-only", "-o", out.string(),
                                   "--plugin-dir", extra.string(), ky_son.string()});
    CHECK(r.status == 0);
    CHECK(r.out == (out / "ky-son-nghi-quyet.dup").string() + "\n");
    CHECK(wrtest::read_file(out / "ky-son-nghi-quyet.dup") == "duplicate dup-only nghi-quyet\n");
}

TEST_CASE("render: a plugin failing to write is reported, leaves no file, and the other formats are written") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    wrtest::install_plugin("throw-write", prefix.builtin());
    const fs::path out = prefix.dir("out");

    const auto r = wrtest::run(prefix.cli(), {"render", ky_son.string(), "--report", "nghi-quyet", "-o", out.string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, (out / "ky-son-nghi-quyet.fail").string() +
                              ": error: plugin 'throwing' failed to write format 'failing': the disk is full (on purpose)"));
    CHECK(r.out == (out / "ky-son-nghi-quyet.txt").string() + "\n");
    // No partial .fail, no temporary file left behind.
    CHECK(files_in(out) == std::set<std::string>{"ky-son-nghi-quyet.txt"});
}

TEST_CASE("render: faulty plugin files are warnings when the formats asked for are available") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path bad = prefix.dir("bad");
    std::ofstream(bad / "wardreport-corrupt.so") << "garbage, not an ELF file at all";
    wrtest::install_plugin("sdk-3-0", bad);
    wrtest::install_plugin("throw-info", bad);
    const fs::path out = prefix.dir("out");

    const auto r = wrtest::run(prefix.cli(), {"render", ky_son.string(), "--report", "nghi-quyet", "--format",
                                              "fake-text", "-o", out.string(), "--plugin-dir", bad.string()});
    CHECK(r.status == 0);
    CHECK(contains(r.err, "wardreport-corrupt.so: warning: not a loadable shared library"));
    CHECK(contains(r.err, "warning: built for SDK 3.0, this wardreport has SDK 2.4"));
    CHECK(contains(r.err, "warning: the plugin's info() failed: info exploded on purpose"));
    CHECK(files_in(out) == std::set<std::string>{"ky-son-nghi-quyet.txt"});
}

TEST_CASE("render: an unknown format or report is a usage error listing the valid names") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path out = prefix.root() / "out";

    auto r = wrtest::run(prefix.cli(), {"render", ky_son.string(), "--format", "docx", "-o", out.string()});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "unknown format 'docx'; available formats: fake-text"));

    r = wrtest::run(prefix.cli(), {"render", ky_son.string(), "--report", "bao-cao-tuan", "-o", out.string()});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "unknown report 'bao-cao-tuan'; available reports: "));
    CHECK(contains(r.err, "nghi-quyet"));

    r = wrtest::run(prefix.cli(), {"render", ky_son.string(), "--dump", "yaml"});
    CHECK(r.status == 2);
    r = wrtest::run(prefix.cli(), {"render"});
    CHECK(r.status == 2);
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("render: a report named explicitly that the data does not support is an error") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path ward = ward_without_resolution(prefix.dir("data"));
    const fs::path out = prefix.root() / "out";

    // By default the unsupported reports are left out.
    auto r = wrtest::run(prefix.cli(), {"render", ward.string(), "-o", out.string()});
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK_FALSE(contains(r.out, "nghi-quyet"));
    CHECK_FALSE(r.out.empty());

    r = wrtest::run(prefix.cli(), {"render", ward.string(), "--report", "nghi-quyet", "-o", out.string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, "error: report 'nghi-quyet' needs"));
    CHECK_FALSE(fs::exists(out / "no-resolution-nghi-quyet.txt"));
}

TEST_CASE("render: bad input exits 1 and writes nothing") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path data = prefix.dir("data");
    std::ofstream(data / "broken.yaml") << "wardreport: 1\nward: [unclosed\n";
    const fs::path out = prefix.root() / "out";

    auto r = wrtest::run(prefix.cli(), {"render", (data / "broken.yaml").string(), "-o", out.string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, (data / "broken.yaml").string() + ":"));
    CHECK(r.out.empty());
    CHECK_FALSE(fs::exists(out));

    r = wrtest::run(prefix.cli(), {"render", (data / "missing.yaml").string(), "-o", out.string()});
    CHECK(r.status == 1);
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("render --dump prints the documents instead of writing files") {
    wrtest::Prefix prefix;  // no plugin at all: --dump needs none
    const fs::path out = prefix.root() / "out";

    auto r = wrtest::run(prefix.cli(), {"render", ky_son.string(), "--report", "nghi-quyet", "--dump", "json",
                                        "-o", out.string()});
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto one = nlohmann::json::parse(r.out);
    CHECK(one.is_object());
    CHECK_FALSE(fs::exists(out));

    r = wrtest::run(prefix.cli(), {"render", ky_son.string(), "--dump", "json"});
    REQUIRE(r.status == 0);
    const auto all = nlohmann::json::parse(r.out);
    CHECK(all.is_array());
    CHECK(all.size() >= 1);

    r = wrtest::run(prefix.cli(), {"render", ky_son.string(), "--report", "nghi-quyet", "--dump", "text"});
    CHECK(r.status == 0);
    CHECK(contains(r.out, "Kỳ Sơn"));
}

TEST_CASE("render: a standard output that cannot be written is an error, not a silent success") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const std::string cli = prefix.cli().string();
    const fs::path out = prefix.dir("out");
    auto r = wrtest::run("/bin/sh", {"-c", "'" + cli + "' render '" + ky_son.string() + "' --dump text >/dev/full"});
    CHECK(r.status == 1);
    CHECK(contains(r.err, "wardreport: render: error: cannot write to the standard output: No space left on device"));
    r = wrtest::run("/bin/sh", {"-c", "'" + cli + "' render '" + ky_son.string() + "' -o '" + out.string() +
                                          "' >/dev/full"});
    CHECK(r.status == 1);
    CHECK(contains(r.err, "cannot write to the standard output"));
}
