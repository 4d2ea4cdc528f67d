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
