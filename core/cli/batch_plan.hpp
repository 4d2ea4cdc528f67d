// What `wardreport batch` renders: the ward files found in its inputs (files, or folders searched
// for *.yaml, *.yml and *.json), sorted by path; the share of them this shard renders; and the
// folder each ward's outputs go to, named so that it is safe, readable and unique in OUT.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace wardreport::cli::batch {

struct Ward {
    std::filesystem::path input;
    std::string folder;  // a single safe path component
};

// Every ward file of `inputs`, sorted and without duplicates; unreadable inputs in `errors`.
std::vector<std::filesystem::path> find_inputs(const std::vector<std::string>& inputs, std::vector<std::string>& errors);

// A shard: the inputs whose 0-based position in the sorted list is `index` modulo `count`.
struct Shard {
    int index = 0;  // 0-based
    int count = 1;
};

// From "--shard K/N" (K in 1..N) when given, else from JOB_COMPLETION_INDEX + JOB_COMPLETIONS
// (a Kubernetes Indexed Job) or SLURM_ARRAY_TASK_ID + SLURM_ARRAY_TASK_COUNT (+ SLURM_ARRAY_TASK_MIN),
// else the whole. nullopt with `error` set when a value is malformed.
std::optional<Shard> choose_shard(const std::string& option, std::string& error);

// The wards of `inputs` (sorted) in `shard`, with folder names decided over all inputs, so that
// every shard names a ward the same way.
std::vector<Ward> plan(const std::vector<std::filesystem::path>& inputs, Shard shard);

// A folder name for a ward file's stem: Vietnamese letters kept, anything that could escape
// OUT, hide the folder, read as an option or fool a terminal (controls, bidi overrides)
// replaced by '_', at most 100 bytes.
std::string safe_name(const std::string& stem);

}  // namespace wardreport::cli::batch
