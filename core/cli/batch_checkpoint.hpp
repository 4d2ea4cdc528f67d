// Durability for many files at once. `render` flushes each output on its own: fsync of the
// file, rename, fsync of the folder, two journal commits a file. A batch writes thousands of
// small files, and those flushes, made one by one by the engine while the workers wait, cost
// more than writing the files. So `batch` keeps each finished temporary until a checkpoint (128
// kept, a second gone by, or the end of the run): one syncfs of the file system makes the bytes
// of every kept temporary durable, and each is then renamed into place; the next checkpoint's
// syncfs makes those renames durable, and only then are their manifest lines written (the last
// checkpoint syncs twice). One flush a checkpoint instead of two a file. After a crash of the
// machine a file under its own name is whole (its bytes were on disk before its name was), and
// the manifest names no file that could have been lost: `--resume` renders again what a
// checkpoint had not reached.
#pragma once

#include "batch_manifest.hpp"

#include "batch_output.hpp"

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace wardreport::cli::batch {

class Checkpoints {
public:
    struct Kept {
        std::unique_ptr<Reserved> tmp;
        std::filesystem::path target;
        Entry entry;        // its manifest line, once in place
        std::string error;  // after commit(): why it is not in place, or ""
    };

    // Keeps a finished temporary (written whole, not yet flushed) for the next checkpoint.
    void keep(std::unique_ptr<Reserved> tmp, std::filesystem::path target, Entry entry);
    // Whether a checkpoint is due: kept files are removed by an interrupt (the engine can
    // register 2,048 temporaries at once, the workers' reserved ones included), and wait for their lines.
    bool due() const;
    // The checkpoint: the files kept before the previous checkpoint, in the order kept, in place
    // and durable, or with the error; the files kept since then are renamed into place, to be
    // returned by the next one. `last`: every file kept, none left for a next checkpoint.
    std::vector<Kept> commit(bool last);

    static constexpr std::size_t max_kept = 128;
    static constexpr std::chrono::milliseconds max_wait{1000};

private:
    std::vector<Kept> kept_, renamed_;  // renamed_: in place, the renames not yet flushed
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// syncfs(2) of the file system of each of `dirs`, once a file system. Returns what went wrong, or "".
std::string sync_file_systems(const std::vector<std::filesystem::path>& dirs);

}  // namespace wardreport::cli::batch
