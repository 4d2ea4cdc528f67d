// `wardreport batch` through the real CLI, with test plugins (fake-text, crash-on-marker) so that
// hundreds of wards take seconds: bad inputs, hostile names, a crashing plugin, shards, --resume.
#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using wrtest::contains;

namespace {

const fs::path ky_son = fs::path(WARDREPORT_SOURCE_DIR) / "samples/ky-son.yaml";

// `n` wards, ward-000.yaml …, each a copy of the sample under another name.
void generate_wards(const fs::path& dir, int n) {
    const std::string sample = wrtest::read_file(ky_son);
    for (int i = 0; i < n; ++i) {
        std::string yaml = sample;
        const std::string line = "  name: Kỳ Sơn\n";
        yaml.replace(yaml.find(line), line.size(), "  name: Phường Số " + std::to_string(i) + "\n");
        char name[32];
        std::snprintf(name, sizeof name, "ward-%03d.yaml", i);
        std::ofstream(dir / name) << yaml;
    }
}

// Its lines, as --resume reads them: a line torn by a run killed while writing it is none.
std::vector<nlohmann::json> manifest(const fs::path& p) {
    std::vector<nlohmann::json> out;
    std::ifstream in(p);
    for (std::string line; std::getline(in, line);)
        if (auto j = nlohmann::json::parse(line, nullptr, false); !j.is_discarded()) out.push_back(std::move(j));
    return out;
}

std::vector<std::string> sorted_lines(const std::vector<fs::path>& files) {
    std::vector<std::string> out;
    for (const fs::path& f : files) {
        std::ifstream in(f);
        for (std::string line; std::getline(in, line);) out.push_back(line);
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("batch: 200 wards, one broken and one with a hostile name: everything else written inside OUT") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path in = prefix.dir("in");
    generate_wards(in, 198);
    std::ofstream(in / "broken.yaml") << "wardreport: 1\nward: [unclosed\n";
    const std::string hostile = "..\n\xE2\x80\xAE" "evil $(rm -rf).yaml";  // newline, U+202E, shell syntax
    fs::copy_file(ky_son, in / hostile);
    const fs::path out = prefix.root() / "out";

    const auto r = wrtest::run(prefix.cli(), {"batch", in.string(), "-o", out.string(), "--jobs", "2"});
    CHECK(r.status == 1);
    CHECK(contains(r.err, (in / "broken.yaml").string() + ":2:7: error: "));

    // One folder per good ward, three reports each; nothing outside OUT, nothing hidden.
    std::set<std::string> folders;
    for (const auto& e : fs::directory_iterator(out))
        if (e.is_directory()) folders.insert(e.path().filename().string());
    CHECK(folders.size() == 199);
    CHECK(folders.count("ward-000"));
    CHECK(folders.count("_..__evil-__rm--rf_"));
    const std::string root = fs::canonical(out).string() + "/";
    std::size_t files = 0;
    for (const auto& e : fs::recursive_directory_iterator(out)) {
        CHECK(fs::canonical(e.path()).string().rfind(root, 0) == 0);
        CHECK(e.path().filename().string()[0] != '.');
        if (e.is_regular_file() && e.path().extension() == ".txt") ++files;
    }
    CHECK(files == 199 * 3);
    CHECK(wrtest::read_file(out / "ward-007/ward-007-nghi-quyet.txt").rfind("report: nghi-quyet", 0) == 0);

    const auto lines = manifest(out / "manifest.jsonl");
    CHECK(lines.size() == 199 * 3 + 1);
    int failed = 0;
    for (const auto& l : lines) {
        if (l["status"] == "ok") {
            const fs::path p = out / l["path"].get<std::string>();
            CHECK(fs::file_size(p) == l["bytes"].get<std::uint64_t>());
            CHECK(l["sha256"].get<std::string>().size() == 64);
        } else {
            ++failed;
            CHECK(l["input"] == (in / "broken.yaml").string());
            // The messages as validate --format json gives them, at the places stderr names.
            const nlohmann::json& d = l["error"].at(0);
            CHECK(d["file"] == (in / "broken.yaml").string());
            CHECK(d["line"] == 2);
            CHECK(d["column"] == 7);
            CHECK(d["severity"] == "error");
            CHECK(contains(d["message"].get<std::string>(), "'[' opened here is not closed"));
            CHECK(d["hint"] == "expected ']'");
            CHECK(d.contains("id"));
            CHECK(d.size() == 7);
        }
    }
    CHECK(failed == 1);
}

TEST_CASE("batch: a plugin that segfaults on one ward loses only that ward's files of its format") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path so = wrtest::install_plugin("crash-on-marker", prefix.builtin());
    const fs::path in = prefix.dir("in");
    for (const char* name : {"a.yaml", "crash.yaml", "z.yaml"}) fs::copy_file(ky_son, in / name);
    const fs::path out = prefix.root() / "out";

    const auto r = wrtest::run(prefix.cli(), {"batch", in.string(), "-o", out.string(), "--jobs", "1", "--report",
                                              "nghi-quyet", "--report", "bao-cao-thong-ke"});
    CHECK(r.status == 1);
    CHECK(contains(r.err, (out / "crash/crash-nghi-quyet.out").string() + ": error: plugin 'faulty-crash-on-marker' (" +
                              so.string() + ") was killed by signal 11 (Segmentation fault) while writing format "
                                            "'crash-on-marker'"));
    for (const char* ward : {"a", "z"})
        for (const char* report : {"nghi-quyet", "bao-cao-thong-ke"})
            for (const char* ext : {"out", "txt"})
                CHECK(fs::exists(out / ward / (std::string(ward) + "-" + report + "." + ext)));
    // The crashing ward keeps its other format: the worker is replaced and reads the ward again.
    CHECK(fs::exists(out / "crash/crash-nghi-quyet.txt"));
    CHECK(fs::exists(out / "crash/crash-bao-cao-thong-ke.txt"));
    CHECK_FALSE(fs::exists(out / "crash/crash-nghi-quyet.out"));
    std::set<std::string> in_crash;
    for (const auto& e : fs::directory_iterator(out / "crash")) in_crash.insert(e.path().filename().string());
    CHECK(in_crash == std::set<std::string>{"crash-nghi-quyet.txt", "crash-bao-cao-thong-ke.txt"});
    // A lost file's manifest line: one diagnostic about the file, without line and column.
    std::set<std::string> failed;
    for (const auto& l : manifest(out / "manifest.jsonl")) {
        if (l["status"] != "failed") continue;
        REQUIRE(l["error"].size() == 1);
        const nlohmann::json& d = l["error"][0];
        failed.insert(d["file"].get<std::string>());
        CHECK(d["line"].is_null());
        CHECK(d["column"].is_null());
        CHECK(d["severity"] == "error");
        CHECK(contains(d["message"].get<std::string>(), "was killed by signal 11"));
        CHECK(contains(d["hint"].get<std::string>(), "report it to its author"));
    }
    CHECK(failed == std::set<std::string>{(out / "crash/crash-nghi-quyet.out").string(),
                                          (out / "crash/crash-bao-cao-thong-ke.out").string()});
}

TEST_CASE("batch: shards 1..N partition the inputs and their manifests together equal a single run's") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path in = prefix.dir("in");
    generate_wards(in, 10);
    const fs::path single = prefix.root() / "single", sharded = prefix.root() / "sharded";

    auto r = wrtest::run(prefix.cli(), {"batch", in.string(), "-o", single.string(), "--report", "nghi-quyet"});
    REQUIRE(r.status == 0);
    std::vector<fs::path> shard_manifests;
    std::multiset<std::string> inputs;
    for (int k = 1; k <= 3; ++k) {
        // Shard 2 from a Kubernetes Indexed Job's environment, the others from --shard.
        r = k == 2 ? wrtest::run("/usr/bin/env", {"JOB_COMPLETION_INDEX=1", "JOB_COMPLETIONS=3", prefix.cli().string(),
                                                  "batch", in.string(), "-o", sharded.string(), "--report", "nghi-quyet"})
                   : wrtest::run(prefix.cli(), {"batch", in.string(), "-o", sharded.string(), "--report", "nghi-quyet",
                                                "--shard", std::to_string(k) + "/3"});
        INFO(r.err);
        REQUIRE(r.status == 0);
        shard_manifests.push_back(sharded / ("manifest." + std::to_string(k) + "-of-3.jsonl"));
        for (const auto& l : manifest(shard_manifests.back())) inputs.insert(l["input"].get<std::string>());
    }
    CHECK(inputs.size() == 10);
    CHECK(std::set<std::string>(inputs.begin(), inputs.end()).size() == 10);  // each exactly once
    CHECK(sorted_lines(shard_manifests) == sorted_lines({single / "manifest.jsonl"}));

    r = wrtest::run(prefix.cli(), {"batch", in.string(), "-o", sharded.string(), "--shard", "4/3"});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "--shard '4/3': expected K/N with 1 <= K <= N"));
}

TEST_CASE("batch --resume skips the wards done and unchanged, and renders the rest") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path in = prefix.dir("in");
    generate_wards(in, 4);
    const fs::path out = prefix.root() / "out";
    auto r = wrtest::run(prefix.cli(), {"batch", in.string(), "-o", out.string(), "--report", "nghi-quyet"});
    REQUIRE(r.status == 0);
    CHECK(manifest(out / "manifest.jsonl").size() == 4);

    std::ofstream(in / "ward-002.yaml", std::ios::app) << "# changed\n";
    fs::remove(out / "ward-003/ward-003-nghi-quyet.txt");
    r = wrtest::run(prefix.cli(), {"batch", in.string(), "-o", out.string(), "--report", "nghi-quyet", "--resume"});
    CHECK(r.status == 0);
    // Two workers finish in either order: the files written, whatever their order.
    std::vector<std::string> written;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) written.push_back(line);
    std::sort(written.begin(), written.end());
    CHECK(written == std::vector<std::string>{(out / "ward-002/ward-002-nghi-quyet.txt").string(),
                                              (out / "ward-003/ward-003-nghi-quyet.txt").string()});
    CHECK(manifest(out / "manifest.jsonl").size() == 6);
}

// A manifest of the release before the diagnostics' JSON shape: "error" was one string.
TEST_CASE("batch --resume reads a manifest whose errors are strings, as the previous release wrote it") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path in = prefix.dir("in");
    generate_wards(in, 3);
    const fs::path out = prefix.root() / "out";
    auto r = wrtest::run(prefix.cli(), {"batch", in.string(), "-o", out.string(), "--report", "nghi-quyet"});
    REQUIRE(r.status == 0);
    std::string old = wrtest::read_file(out / "manifest.jsonl");
    const fs::path failed_input = in / "ward-001.yaml";
    old += nlohmann::json{{"input", failed_input.string()},
                          {"input_sha256", manifest(out / "manifest.jsonl").at(0)["input_sha256"]},
                          {"report", nullptr}, {"format", nullptr}, {"path", nullptr}, {"bytes", 0},
                          {"sha256", nullptr}, {"status", "failed"},
                          {"error", failed_input.string() + ":3:1: error: unknown field 'nam' in 'ward'\n" +
                                        failed_input.string() + ": error: report 'nghi-quyet': broken"},
                          {"outputs", nullptr}}.dump() + "\n";
    std::ofstream(out / "manifest.jsonl", std::ios::trunc) << old;

    r = wrtest::run(prefix.cli(), {"batch", in.string(), "-o", out.string(), "--report", "nghi-quyet", "--resume"});
    CHECK(r.status == 0);
    CHECK(r.out == (out / "ward-001/ward-001-nghi-quyet.txt").string() + "\n");
    const auto lines = manifest(out / "manifest.jsonl");
    REQUIRE(lines.size() == 5);
    CHECK(lines.back()["input"] == failed_input.string());
    CHECK(lines.back()["status"] == "ok");
}

TEST_CASE("batch --resume after a run killed while writing a manifest line: the torn line takes no other with it") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path in = prefix.dir("in");
    generate_wards(in, 2);
    const fs::path out = prefix.root() / "out";
    const std::vector<std::string> args{"batch", in.string(), "-o", out.string(), "--report", "nghi-quyet", "--resume"};
    auto r = wrtest::run(prefix.cli(), args);
    REQUIRE(r.status == 0);
    std::ofstream(out / "manifest.jsonl", std::ios::app) << R"({"input":")" << (in / "ward-001.yaml").string();
    std::ofstream(in / "ward-001.yaml", std::ios::app) << "# changed\n";
    r = wrtest::run(prefix.cli(), args);
    CHECK(r.status == 0);
    const auto lines = manifest(out / "manifest.jsonl");
    REQUIRE(lines.size() == 3);  // the first run's two, then ward-001's again; the torn line is none
    CHECK(lines.back()["input"] == (in / "ward-001.yaml").string());
    CHECK(lines.back()["status"] == "ok");
    r = wrtest::run(prefix.cli(), args);
    CHECK(r.status == 0);
    CHECK(r.out.empty());  // everything done and unchanged
}

TEST_CASE("batch: a hanging plugin is stopped at --timeout and the rest goes on, SIGTERM leaves no temporary") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path so = wrtest::install_plugin("hang", prefix.builtin());
    const fs::path in = prefix.dir("in");
    generate_wards(in, 3);
    const fs::path out = prefix.root() / "out";

    const auto r = wrtest::run(prefix.cli(), {"batch", in.string(), "-o", out.string(), "--report", "nghi-quyet",
                                              "--timeout", "0.3", "--jobs", "2"});
    CHECK(r.status == 1);
    CHECK(contains(r.err, (out / "ward-001/ward-001-nghi-quyet.out").string() + ": error: plugin 'faulty-hang' (" +
                              so.string() + ") did not finish writing format 'hang' within 0.3 s"));
    for (const char* w : {"ward-000", "ward-001", "ward-002"}) {
        CHECK(fs::exists(out / w / (std::string(w) + "-nghi-quyet.txt")));
        CHECK_FALSE(fs::exists(out / w / (std::string(w) + "-nghi-quyet.out")));
    }

    // Interrupted while the plugin hangs: workers killed, temporaries removed, exit 128+15.
    const fs::path out2 = prefix.root() / "out2";
    const pid_t pid = wrtest::spawn(prefix.cli(), {"batch", in.string(), "-o", out2.string(), "--jobs", "2"},
                                    prefix.root() / "stdout", prefix.root() / "stderr");
    bool writing = false;
    for (int i = 0; i < 2000 && !writing; ++i) {
        std::error_code ec;
        for (fs::recursive_directory_iterator it(out2, ec), end; !ec && it != end; it.increment(ec))
            writing = writing || it->path().filename().string().rfind(".wardreport-tmp-", 0) == 0;
        if (!writing) ::usleep(10000);
    }
    REQUIRE(writing);
    ::kill(pid, SIGTERM);
    CHECK(wrtest::wait_for(pid) == 128 + SIGTERM);
    for (const auto& e : fs::recursive_directory_iterator(out2))
        CHECK(e.path().filename().string().rfind(".wardreport-tmp-", 0) != 0);
}

TEST_CASE("batch: inputs named twice are rendered once, no ward file at all is an error") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path in = prefix.dir("in");
    generate_wards(in, 2);
    const fs::path out = prefix.root() / "out";
    auto r = wrtest::run(prefix.cli(), {"batch", in.string(), (in / "./ward-000.yaml").string(), "-o", out.string(),
                                        "--report", "nghi-quyet"});
    CHECK(r.status == 0);
    CHECK(manifest(out / "manifest.jsonl").size() == 2);

    const fs::path empty = prefix.dir("empty");
    r = wrtest::run(prefix.cli(), {"batch", empty.string(), "-o", out.string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, "wardreport: batch: error: no ward file in " + empty.string() +
                              "; expected files, or folders holding *.yaml, *.yml or *.json files"));
    r = wrtest::run(prefix.cli(), {"batch", (prefix.root() / "missing").string(), "-o", out.string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, (prefix.root() / "missing").string() + ": error: no such file or folder"));
}

TEST_CASE("batch killed mid-run: every file the manifest lists is whole, and --resume completes the rest") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path in = prefix.dir("in");
    generate_wards(in, 200);
    const fs::path out = prefix.root() / "out";
    const pid_t pid = wrtest::spawn(prefix.cli(), {"batch", in.string(), "-o", out.string(), "--jobs", "2"},
                                    prefix.root() / "stdout", prefix.root() / "stderr");
    // SIGKILL: no handler runs, as when the machine stops; the files of a checkpoint are on disk
    // before their manifest lines are written.
    for (int i = 0; i < 3000 && (!fs::exists(out / "manifest.jsonl") || fs::file_size(out / "manifest.jsonl") == 0); ++i)
        ::usleep(5000);
    ::kill(pid, SIGKILL);
    wrtest::wait_for(pid);
    const auto listed = manifest(out / "manifest.jsonl");
    INFO("lines before the kill: " << listed.size());
    CHECK(listed.size() < 200 * 3);
    const auto whole = [&](const nlohmann::json& l) {
        const fs::path p = out / l["path"].get<std::string>();
        const auto sum = wrtest::run("/usr/bin/sha256sum", {p.string()});
        return fs::exists(p) && fs::file_size(p) == l["bytes"].get<std::uint64_t>() &&
               sum.out.substr(0, 64) == l["sha256"].get<std::string>();
    };
    for (const auto& l : listed)
        if (l["status"] == "ok") CHECK(whole(l));

    const auto r = wrtest::run(prefix.cli(), {"batch", in.string(), "-o", out.string(), "--jobs", "2", "--resume"});
    CHECK(r.status == 0);
    std::map<std::string, nlohmann::json> last;  // later lines win, as --resume reads them
    for (const auto& l : manifest(out / "manifest.jsonl")) last[l["path"].get<std::string>()] = l;
    CHECK(last.size() == 200 * 3);
    for (const auto& [path, l] : last) {
        CHECK(l["status"] == "ok");
        CHECK(whole(l));
    }
    for (const auto& e : fs::recursive_directory_iterator(out))
        CHECK(e.path().filename().string().rfind(".wardreport-tmp-", 0) != 0);
}

TEST_CASE("batch: a ward whose folder cannot be made fails on its folder, the others are written") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path in = prefix.dir("in");
    for (const char* name : {"a.yaml", "b.yaml"}) fs::copy_file(ky_son, in / name);
    const fs::path out = prefix.root() / "out";
    fs::create_directories(out);
    std::ofstream(out / "b") << "a file where ward b's folder goes\n";

    const auto r = wrtest::run(prefix.cli(), {"batch", in.string(), "-o", out.string(), "--jobs", "1", "--report",
                                              "nghi-quyet"});
    CHECK(r.status == 1);
    CHECK(contains(r.err, (out / "b").string() + ": error: "));
    CHECK(fs::exists(out / "a/a-nghi-quyet.txt"));
    int failed = 0;
    for (const auto& l : manifest(out / "manifest.jsonl")) {
        if (l["status"] != "failed") continue;
        ++failed;
        CHECK(l["input"] == (in / "b.yaml").string());
        REQUIRE(l["error"].size() == 1);
        CHECK(l["error"][0]["file"] == (out / "b").string());
        CHECK(contains(l["error"][0]["message"].get<std::string>(), "not a folder"));
    }
    CHECK(failed == 1);
}
