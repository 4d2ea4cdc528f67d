// batch's plan used directly: safe folder names, collisions, shards (core/cli/batch_plan.hpp).
#include "batch_failure.hpp"
#include "batch_plan.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <map>
#include <set>

namespace fs = std::filesystem;
using namespace wardreport::cli::batch;

TEST_CASE("safe_name keeps Vietnamese and replaces what could escape, hide or mislead") {
    CHECK(safe_name("Kỳ Sơn") == "Kỳ-Sơn");
    CHECK(safe_name("phường-đông-hà_2025") == "phường-đông-hà_2025");
    CHECK(safe_name("..") == "_..");
    CHECK(safe_name(".hidden") == "_.hidden");
    CHECK(safe_name("-rf") == "_-rf");
    CHECK(safe_name("") == "_");
    CHECK(safe_name("a/b\\c") == "a_b_c");
    CHECK(safe_name("x\ny\tz") == "x_y_z");
    CHECK(safe_name("abc\xE2\x80\xAEgpj.exe") == "abc_gpj.exe");  // U+202E right-to-left override
    CHECK(safe_name("zero\xE2\x80\x8Bwidth") == "zero_width");
    CHECK(safe_name("latin\xE9") == "latin_");                       // not UTF-8
    CHECK(safe_name("$(rm -rf ~)") == "__rm--rf-__");
    std::string long_vi;
    for (int i = 0; i < 60; ++i) long_vi += "ờ";                      // 3 bytes each
    const std::string cut = safe_name(long_vi);
    CHECK(cut.size() == 99);  // whole characters only, at most 100 bytes
}

TEST_CASE("plan names colliding wards uniquely, the same way in every shard") {
    const std::vector<fs::path> inputs = {"a/Ky-Son.yaml", "b/ky-son.yaml", "c/ky son.yaml", "d/other.yaml"};
    const auto all = plan(inputs, {0, 1});
    REQUIRE(all.size() == 4);
    CHECK(all[0].folder == "Ky-Son");
    CHECK(all[1].folder == "ky-son-2");  // case-insensitively the same
    CHECK(all[2].folder == "ky-son-3");
    CHECK(all[3].folder == "other");

    std::map<std::string, std::string> folder_of;
    for (const Ward& w : all) folder_of[w.input.string()] = w.folder;
    std::set<std::string> seen;
    for (int k = 0; k < 3; ++k)
        for (const Ward& w : plan(inputs, {k, 3})) {
            CHECK(seen.insert(w.input.string()).second);  // in one shard only
            CHECK(w.folder == folder_of[w.input.string()]);
        }
    CHECK(seen.size() == 4);
}

TEST_CASE("choose_shard reads --shard, then the Kubernetes and Slurm variables") {
    std::string error;
    ::unsetenv("JOB_COMPLETION_INDEX");
    ::unsetenv("SLURM_ARRAY_TASK_ID");
    auto s = choose_shard("2/5", error);
    REQUIRE(s);
    CHECK((s->index == 1 && s->count == 5));
    for (const char* bad : {"0/3", "4/3", "3", "a/b", "1/0", "-1/2"}) {
        CHECK_FALSE(choose_shard(bad, error));
        CHECK(error.find("expected K/N with 1 <= K <= N") != std::string::npos);
    }
    s = choose_shard("", error);
    REQUIRE(s);
    CHECK((s->index == 0 && s->count == 1));

    ::setenv("JOB_COMPLETION_INDEX", "2", 1);
    ::setenv("JOB_COMPLETIONS", "4", 1);
    s = choose_shard("", error);
    REQUIRE(s);
    CHECK((s->index == 2 && s->count == 4));
    ::unsetenv("JOB_COMPLETIONS");
    CHECK_FALSE(choose_shard("", error));
    CHECK(error.find("JOB_COMPLETIONS must both be set") != std::string::npos);
    ::unsetenv("JOB_COMPLETION_INDEX");

    ::setenv("SLURM_ARRAY_TASK_ID", "11", 1);
    ::setenv("SLURM_ARRAY_TASK_MIN", "10", 1);
    ::setenv("SLURM_ARRAY_TASK_COUNT", "3", 1);
    s = choose_shard("", error);
    REQUIRE(s);
    CHECK((s->index == 1 && s->count == 3));
    ::unsetenv("SLURM_ARRAY_TASK_ID");
    ::unsetenv("SLURM_ARRAY_TASK_MIN");
    ::unsetenv("SLURM_ARRAY_TASK_COUNT");
}

TEST_CASE("a worker's failure keeps its cause, and any other text is the input's") {
    const JobFailure folder{JobFailure::Cause::Folder, "cannot create the output folder: No space left on device"};
    const JobFailure back = read_failure(failure_text(folder));
    CHECK(back.cause == JobFailure::Cause::Folder);
    CHECK(back.message == folder.message);
    const JobFailure input = read_failure(failure_text({JobFailure::Cause::Input, "reading the ward failed: std::bad_alloc"}));
    CHECK(input.cause == JobFailure::Cause::Input);
    CHECK(input.message == "reading the ward failed: std::bad_alloc");
    for (const std::string text : {"stoul", "{\"cause\":\"elsewhere\",\"message\":\"x\"}", "{\"message\":\"x\"}", ""}) {
        const JobFailure other = read_failure(text);
        CHECK(other.cause == JobFailure::Cause::Input);
        CHECK(other.message == text);
    }
}
