// The isolation layer used directly: workers (isolate/worker.hpp), temporary file names and
// stale temporaries (plugin/temporary.hpp), output names and folders (plugin/output.hpp).
#include "test_support.hpp"

#include "isolate/worker.hpp"
#include "plugin/output.hpp"
#include "plugin/temporary.hpp"

#include <catch2/catch.hpp>

#include <signal.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <thread>

namespace fs = std::filesystem;
using namespace wardreport;
using isolate::Outcome;
using wrtest::contains;
using namespace std::chrono_literals;

TEST_CASE("a worker runs many jobs and keeps its state between them") {
    int count = 0;
    isolate::Worker w([&count](const std::string& job) {
        if (job == "fail") throw std::runtime_error("failed on purpose");
        return job + " " + std::to_string(++count);
    });
    REQUIRE(w.alive());
    Outcome o = w.run("a", 10s);
    CHECK((o.kind == Outcome::Kind::Done && o.text == "a 1"));
    o = w.run("fail", 10s);
    CHECK((o.kind == Outcome::Kind::Failed && o.text == "failed on purpose"));
    o = w.run(std::string(1 << 20, 'b'), 10s);  // larger than a pipe's buffer
    CHECK((o.kind == Outcome::Kind::Done && o.text.size() == (1u << 20) + 2 && o.text.substr(o.text.size() - 2) == " 2"));
    CHECK(count == 0);  // the jobs ran in the worker, not here
}

TEST_CASE("a worker takes the jobs queued behind the one in progress, and sends parts of a result as it goes") {
    isolate::Worker w([](const std::string& job) {
        isolate::progress(job + " part");
        return job + " done";
    });
    REQUIRE(w.send("a", 10s));
    REQUIRE(w.send("b", 10s));
    CHECK(w.in_flight() == 2);
    for (const std::string job : {"a", "b"}) {
        Outcome o = w.receive();
        CHECK((o.ok() && o.part && o.text == job + " part"));
        o = w.receive();
        CHECK((o.ok() && !o.part && o.text == job + " done"));
    }
    CHECK(w.in_flight() == 0);
}

TEST_CASE("each part gives a job its full time again, and a queued job's time starts when the one before ends") {
    isolate::Worker w([](const std::string&) {
        for (int i = 0; i < 4; ++i) {
            std::this_thread::sleep_for(300ms);
            isolate::progress("step");
        }
        return std::string("done");
    });
    // Each job takes 1.2 s in steps of 0.3 s: within a second a step, not a job.
    REQUIRE(w.send("a", 1s));
    REQUIRE(w.send("b", 1s));
    int parts = 0, done = 0;
    while (w.in_flight() > 0) {
        const Outcome o = w.receive();
        REQUIRE(o.ok());
        (o.part ? parts : done) += 1;
    }
    CHECK(parts == 8);
    CHECK(done == 2);
}

TEST_CASE("a worker that dies in a job is reported with its signal or status and stays dead") {
    isolate::Worker w([](const std::string& job) -> std::string {
        if (job == "segv") std::raise(SIGSEGV);
        if (job == "exit") std::exit(0);
        if (job == "_exit") ::_exit(3);
        if (job == "hang") std::this_thread::sleep_for(1h);
        return "ok";
    });
    CHECK(w.run("x", 10s).ok());
    const Outcome o = w.run("segv", 10s);
    CHECK(o.kind == Outcome::Kind::Died);
    CHECK(o.text == "was killed by signal 11 (Segmentation fault)");
    CHECK_FALSE(w.alive());
    CHECK(w.run("x", 10s).kind == Outcome::Kind::Died);

    isolate::Worker e([](const std::string&) -> std::string { std::exit(0); });
    CHECK(e.run("", 10s).text == "exited with status 0");
    isolate::Worker e3([](const std::string&) -> std::string { ::_exit(3); });
    CHECK(e3.run("", 10s).text == "exited with status 3");

    isolate::Worker h([](const std::string&) -> std::string {
        std::this_thread::sleep_for(1h);
        return {};
    });
    const pid_t pid = h.pid();
    const Outcome t = h.run("", 200ms);
    CHECK((t.kind == Outcome::Kind::TimedOut && t.text == "0.2 s"));
    CHECK_FALSE(h.alive());
    CHECK((::kill(pid, 0) == -1 && errno == ESRCH));  // killed and reaped
}

TEST_CASE("a temporary's name fits NAME_MAX by shortening its stem, never the extension") {
    const std::string host = "0123abcd";
    CHECK(plugin::temporary_name("ky-son-nghi-quyet.pdf", 42, host, "XXXXXX") ==
          ".wardreport-tmp-42-0123abcd-XXXXXX-ky-son-nghi-quyet.pdf");

    const std::string long_name = std::string(247, 'a') + ".pdf";  // 251 bytes: a valid output name
    const std::string t = plugin::temporary_name(long_name, 4194304, host, "XXXXXX");
    CHECK(t.size() == plugin::max_name_bytes);
    CHECK(t.substr(t.size() - 4) == ".pdf");

    // Vietnamese is cut between characters, never inside one.
    std::string vi;
    while (vi.size() < 250) vi += "ường";
    const std::string v = plugin::temporary_name(vi + ".xlsx", 4194304, host, "XXXXXX");
    CHECK(v.size() <= plugin::max_name_bytes);
    CHECK(v.substr(v.size() - 5) == ".xlsx");
    const std::string stem = v.substr(0, v.size() - 5);
    CHECK((static_cast<unsigned char>(stem.back()) & 0xC0) != 0xC0);  // no lead byte without its tail
    CHECK(vi.compare(0, stem.size() - 40, stem.substr(40)) == 0);  // after the 40-byte head
}

TEST_CASE("a 251-byte output name is written, a longer one than NAME_MAX refused clearly") {
    wrtest::TempDir tmp;
    const fs::path ok = tmp.path() / (std::string(247, 'a') + ".txt");
    {
        plugin::Temporary t(ok);
        CHECK(fs::exists(t.path()));
        std::ofstream(t.path()) << "x";
        CHECK(t.commit().empty());
    }
    CHECK(wrtest::read_file(ok) == "x");
    CHECK(plugin::output_name_problem(ok).empty());
    const fs::path too_long = tmp.path() / (std::string(252, 'a') + ".txt");
    CHECK(plugin::output_name_problem(too_long) ==
          "the file name is 256 bytes long; file systems allow 255: give the data file a shorter name (the output "
          "is named after it)");
}

TEST_CASE("a temporary not committed is removed") {
    wrtest::TempDir tmp;
    fs::path path;
    {
        plugin::Temporary t(tmp.path() / "a.txt");
        path = t.path();
        CHECK(fs::exists(path));
    }
    CHECK_FALSE(fs::exists(path));
    CHECK(fs::is_empty(tmp.path()));
}

TEST_CASE("stale temporaries: a dead writer's are removed, a live one's and other files kept") {
    wrtest::TempDir tmp;
    // A pid that is surely dead: a child that has been reaped.
    const pid_t dead = wrtest::spawn("/bin/true", {}, "/dev/null", "/dev/null");
    wrtest::wait_for(dead);
    plugin::Temporary mine(tmp.path() / "x.pdf");  // this process's: alive
    const std::string host = mine.path().filename().string().substr(16 + std::to_string(::getpid()).size() + 1, 8);
    const std::string stale = plugin::temporary_name("x.pdf", dead, host, "Ab12Cd");
    const std::string other_host = plugin::temporary_name("x.pdf", dead, "ffffffff", "Ab12Cd");
    for (const std::string& name : {stale, other_host, std::string(".wardreport-tmp-x.pdf"), std::string("x.pdf")})
        std::ofstream(tmp.path() / name) << "data";

    CHECK(plugin::remove_stale_temporaries(tmp.path()) == 1);
    CHECK_FALSE(fs::exists(tmp.path() / stale));
    CHECK(fs::exists(mine.path()));
    CHECK(fs::exists(tmp.path() / other_host));  // another machine's pids mean nothing here
    CHECK(fs::exists(tmp.path() / ".wardreport-tmp-x.pdf"));
    CHECK(fs::exists(tmp.path() / "x.pdf"));
}

TEST_CASE("an output folder that is a dangling symbolic link is named as such") {
    wrtest::TempDir tmp;
    fs::create_symlink(tmp.path() / "gone", tmp.path() / "out");
    CHECK(plugin::prepare_output_dir(tmp.path() / "out") ==
          "the output folder is a symbolic link to " + (tmp.path() / "gone").string() +
              ", which does not exist; create " + (tmp.path() / "gone").string() + " or give another folder with -o");
    CHECK(contains(plugin::prepare_output_dir(tmp.path() / "out/sub"),
                   "the output folder's ancestor " + (tmp.path() / "out").string() + " is a symbolic link to"));
    fs::create_directory(tmp.path() / "gone");
    CHECK(plugin::prepare_output_dir(tmp.path() / "out/sub").empty());
    CHECK(fs::is_directory(tmp.path() / "gone/sub"));

    std::ofstream(tmp.path() / "file") << "x";
    CHECK(plugin::prepare_output_dir(tmp.path() / "file") ==
          "the output path exists and is not a folder; give a folder with -o");
}
