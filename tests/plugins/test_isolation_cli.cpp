// `wardreport render` with plugins that crash, abort, exit or hang while writing (faulty.cpp):
// each loses only its own output, is reported with the plugin, its file, the format and how it
// ended, and leaves no temporary file; interrupting a run leaves nothing either.
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <set>
#include <thread>

namespace fs = std::filesystem;
using wrtest::contains;

namespace {

const fs::path ky_son = fs::path(WARDREPORT_SOURCE_DIR) / "samples/ky-son.yaml";

std::set<std::string> files_in(const fs::path& dir) {
    std::set<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
    return out;
}

struct Fault {
    const char* plugin;  // test plugin and format name
    const char* how;     // what the message must say
};

// The temporary a render is writing into `dir`, once it exists (empty path after 20 s).
fs::path wait_for_temporary(const fs::path& dir) {
    for (int i = 0; i < 2000; ++i) {
        for (const auto& e : fs::directory_iterator(dir))
            if (e.path().filename().string().rfind(".wardreport-tmp-", 0) == 0 && fs::file_size(e.path()) > 0)
                return e.path();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return {};
}

// The pid the hanging plugin wrote into its file ("pid N").
pid_t writer_pid(const fs::path& tmp) {
    std::ifstream in(tmp);
    std::string word;
    long pid = 0;
    in >> word >> pid;
    return static_cast<pid_t>(pid);
}

// Whether `pid` is gone (or a zombie nobody reaped yet: it runs no more code).
bool gone(pid_t pid) {
    for (int i = 0; i < 500; ++i) {
        std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
        std::string line;
        if (!std::getline(stat, line)) return true;
        const auto close = line.rfind(')');
        if (close != std::string::npos && line.size() > close + 2 && line[close + 2] == 'Z') return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

}  // namespace

TEST_CASE("render: a plugin that crashes, aborts, exits or hangs loses only its own output") {
    const Fault faults[] = {
        {"segfault", "was killed by signal 11 (Segmentation fault) while writing format 'segfault'"},
        {"abort", "was killed by signal 6 (Aborted) while writing format 'abort'"},
        {"exit-0", "exited with status 0 while writing format 'exit-0'"},
        {"exit-3", "exited with status 3 while writing format 'exit-3'"},
        {"thread-throw", "was killed by signal 6 (Aborted) while writing format 'thread-throw'"},
        {"partial-crash", "was killed by signal 11 (Segmentation fault) while writing format 'partial-crash'"},
        {"hang", "did not finish writing format 'hang' within 0.5 s and was stopped; give it more time with "
                 "--timeout SECONDS"},
    };
    for (const Fault& f : faults) {
        DYNAMIC_SECTION(f.plugin) {
            wrtest::Prefix prefix;
            wrtest::install_plugin("fake", prefix.builtin());
            const fs::path so = wrtest::install_plugin(f.plugin, prefix.builtin());
            const fs::path out = prefix.dir("out");

            const auto r = wrtest::run(prefix.cli(), {"render", ky_son.string(), "--report", "nghi-quyet", "--report",
                                                      "bao-cao-thong-ke", "--timeout", "0.5", "-o", out.string()});
            INFO(r.err);
            CHECK(r.status == 1);
            for (const char* report : {"nghi-quyet", "bao-cao-thong-ke"}) {
                const std::string target = (out / ("ky-son-" + std::string(report) + ".out")).string();
                CHECK(contains(r.err, target + ": error: plugin 'faulty-" + f.plugin + "' (" + so.string() + ") " +
                                          f.how));
            }
            // The other format, for both documents, is written; nothing else is there.
            CHECK(r.out == (out / "ky-son-nghi-quyet.txt").string() + "\n" +
                               (out / "ky-son-bao-cao-thong-ke.txt").string() + "\n");
            CHECK(files_in(out) == std::set<std::string>{"ky-son-nghi-quyet.txt", "ky-son-bao-cao-thong-ke.txt"});
        }
    }
}

TEST_CASE("render: SIGINT or SIGTERM during a write kills the worker, removes the temporary, exits 128+signal") {
    for (int sig : {SIGINT, SIGTERM}) {
        DYNAMIC_SECTION("signal " << sig) {
            wrtest::Prefix prefix;
            wrtest::install_plugin("hang", prefix.builtin());
            const fs::path out = prefix.dir("out");
            const pid_t pid = wrtest::spawn(prefix.cli(), {"render", ky_son.string(), "--report", "nghi-quyet", "-o",
                                                           out.string()},
                                            prefix.root() / "stdout", prefix.root() / "stderr");
            const fs::path tmp = wait_for_temporary(out);
            REQUIRE_FALSE(tmp.empty());
            const pid_t worker = writer_pid(tmp);
            REQUIRE(worker > 0);
            ::kill(pid, sig);
            CHECK(wrtest::wait_for(pid) == 128 + sig);
            CHECK(files_in(out).empty());
            CHECK(gone(worker));
        }
    }
}

TEST_CASE("render: a temporary left by a SIGKILLed run is removed by the next run into that folder") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("hang", prefix.builtin());
    const fs::path out = prefix.dir("out");
    const pid_t pid = wrtest::spawn(prefix.cli(), {"render", ky_son.string(), "--report", "nghi-quyet", "-o",
                                                   out.string()},
                                    prefix.root() / "stdout", prefix.root() / "stderr");
    const fs::path tmp = wait_for_temporary(out);
    REQUIRE_FALSE(tmp.empty());
    const pid_t worker = writer_pid(tmp);
    ::kill(pid, SIGKILL);
    CHECK(wrtest::wait_for(pid) == -SIGKILL);
    CHECK(gone(worker));  // the worker dies with the engine
    CHECK(fs::exists(tmp));  // nothing can clean up after SIGKILL...

    // ...a temporary of a live process is someone else's work in progress and is kept...
    const fs::path live = out / (".wardreport-tmp-1-" + tmp.filename().string().substr(16 + std::to_string(pid).size() + 1));
    std::ofstream(live) << "pid 1 is alive";

    // ...but the next run writing there sees that the writer is gone and removes its file.
    fs::remove(prefix.builtin() / wrtest::test_plugin("hang").filename());
    wrtest::install_plugin("fake", prefix.builtin());
    const auto r = wrtest::run(prefix.cli(), {"render", ky_son.string(), "--report", "nghi-quyet", "-o", out.string()});
    CHECK(r.status == 0);
    CHECK(files_in(out) == std::set<std::string>{"ky-son-nghi-quyet.txt", live.filename().string()});
}

TEST_CASE("render: a 251-byte output name is written, one over NAME_MAX refused with the fix") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path data = prefix.dir("data");
    const fs::path out = prefix.dir("out");
    // <stem>-nghi-quyet.txt: 236 + 15 = 251 bytes, 4 under NAME_MAX but over it with a long prefix.
    const fs::path fits = data / (std::string(236, 'k') + ".yaml");
    fs::copy_file(ky_son, fits);
    auto r = wrtest::run(prefix.cli(), {"render", fits.string(), "--report", "nghi-quyet", "-o", out.string()});
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(files_in(out) == std::set<std::string>{std::string(236, 'k') + "-nghi-quyet.txt"});

    const fs::path too_long = data / (std::string(245, 'k') + ".yaml");  // a valid name for the data file
    fs::copy_file(ky_son, too_long);
    const fs::path empty = prefix.dir("empty");
    r = wrtest::run(prefix.cli(), {"render", too_long.string(), "--report", "nghi-quyet", "-o", empty.string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, "-nghi-quyet.txt: error: the file name is 260 bytes long; file systems allow 255: give the "
                          "data file a shorter name"));
    CHECK(fs::is_empty(empty));
}

TEST_CASE("render: an output folder that is a dangling symbolic link is named as such, not 'File exists'") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path link = prefix.root() / "out";
    fs::create_symlink(prefix.root() / "elsewhere", link);
    const auto r = wrtest::run(prefix.cli(), {"render", ky_son.string(), "-o", link.string()});
    CHECK(r.status == 1);
    CHECK(r.err == link.string() + ": error: the output folder is a symbolic link to " +
                       (prefix.root() / "elsewhere").string() + ", which does not exist; create " +
                       (prefix.root() / "elsewhere").string() + " or give another folder with -o\n");
    CHECK_FALSE(contains(r.err, "File exists"));
}

TEST_CASE("render pdf: a full disk is said in words, and nothing is left on it") {
    wrtest::TempDir tmp;
    const fs::path small = tmp.dir("small");
    // A 60 kB file system in a private mount namespace: room for one PDF of the sample.
    const std::string script = "mount -t tmpfs -o size=60k tmpfs '" + small.string() + "' || exit 99; '" +
                               std::string(WARDREPORT_CLI) + "' render '" + ky_son.string() + "' --format pdf -o '" +
                               small.string() + "'; echo \"status $?\"; ls -A '" + small.string() + "'";
    const auto r = wrtest::run("/usr/bin/unshare", {"--mount", "--propagation", "private", "/bin/sh", "-c", script}, "");
    if (r.status != 0) {
        WARN("cannot mount a small tmpfs here (needs root or user namespaces): " << r.err);
        return;
    }
    INFO(r.err);
    CHECK(contains(r.out, "status 1\n"));
    CHECK(contains(r.err, "error: plugin 'pdf' failed to write format 'pdf': cannot write "));
    CHECK(contains(r.err, ": No space left on device\n"));
    CHECK_FALSE(contains(r.err, "libharu error"));
    CHECK_FALSE(contains(r.out, ".wardreport-tmp-"));  // ls: no temporary left
}

TEST_CASE("render: a 1 MB ward name is reported as a text too long, not as a font problem") {
    wrtest::TempDir tmp;
    std::string yaml = wrtest::read_file(ky_son);
    const std::string name_line = "  name: Kỳ Sơn\n";
    std::string huge = "  name: ";
    while (huge.size() < (1 << 20)) huge += "Kỳ Sơn ";
    yaml.replace(yaml.find(name_line), name_line.size(), huge + "\n");
    std::ofstream(tmp.path() / "big.yaml") << yaml;
    const fs::path out = tmp.dir("out");
    const auto r = wrtest::run(WARDREPORT_CLI, {"render", (tmp.path() / "big.yaml").string(), "--report", "bao-cao-thong-ke",
                                                "--format", "pdf", "-o", out.string()});
    CHECK(r.status == 1);
    // The loader's limit for a name, at the name's place, before any plugin runs.
    CHECK(contains(r.err, "big.yaml:"));
    CHECK(contains(r.err, "characters long; expected at most 200"));
    CHECK_FALSE(contains(r.err, "font"));
    CHECK(fs::is_empty(out));
}
