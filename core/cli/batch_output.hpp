// A ward's outputs between the engine and the worker that writes them. The engine reserves each
// output's temporary name, registered for removal on an interrupt before the file exists; the
// worker creates the ward's folder and the file it writes. The engine's one core, which every
// worker waits on for its next job, then does none of a ward's file-system work but the renames
// at checkpoints (batch_checkpoint.hpp).
#pragma once

#include "isolate/interrupt.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace wardreport::cli::batch {

// A temporary's name in `dir` for an output named like `name` (plugin/temporary.hpp: the
// engine's pid and host, so that a later run can tell it stale), reserved by the engine. The
// file, once a worker created it, is removed on an interrupt, and with this object unless it was
// moved into place.
class Reserved {
public:
    // Throws std::length_error for an extension too long for a file name, or too many at once.
    Reserved(const std::filesystem::path& dir, const std::string& name);
    ~Reserved();
    Reserved(const Reserved&) = delete;
    Reserved& operator=(const Reserved&) = delete;

    const std::filesystem::path& path() const { return path_; }
    // Only the rename; its caller flushed the bytes before and flushes the rename after.
    // Returns what went wrong, or "".
    std::string move_into_place(const std::filesystem::path& target);

private:
    std::filesystem::path path_;
    std::unique_ptr<isolate::RegisteredFile> registered_;
    bool moved_ = false;
};

// In the worker: the ward's folder `dir`, made when missing; an existing one is prepared as
// `render` prepares its output folder (its stale temporaries removed). Returns the problem, or "".
std::string make_ward_folder(const std::filesystem::path& dir);

// In the worker: creates the reserved, empty temporary `path` with the usual permissions of new
// files. Returns the problem, or "".
std::string create_reserved(const std::filesystem::path& path);

}  // namespace wardreport::cli::batch
