#include "batch_checkpoint.hpp"

#include "util/i18n.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <set>

namespace fs = std::filesystem;

namespace wardreport::cli::batch {

std::string sync_file_systems(const std::vector<fs::path>& dirs) {
    std::set<dev_t> synced;
    for (const fs::path& dir : dirs) {
        struct stat st {};
        if (::stat(dir.c_str(), &st) != 0) return dir.string() + ": " + std::strerror(errno);
        if (!synced.insert(st.st_dev).second) continue;
        const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) return dir.string() + ": " + std::strerror(errno);
        const int r = ::syncfs(fd) == 0 ? 0 : errno;
        ::close(fd);
        if (r != 0) return dir.string() + ": " + std::strerror(r);
    }
    return {};
}

void Checkpoints::keep(std::unique_ptr<Reserved> tmp, fs::path target, Entry entry) {
    kept_.push_back({std::move(tmp), std::move(target), std::move(entry), {}});
}

bool Checkpoints::due() const {
    return kept_.size() >= max_kept || (!kept_.empty() && std::chrono::steady_clock::now() - last_ >= max_wait);
}

std::vector<Checkpoints::Kept> Checkpoints::commit(bool last) {
    last_ = std::chrono::steady_clock::now();
    std::vector<Kept> done = std::move(renamed_), now = std::move(kept_);
    renamed_.clear();
    kept_.clear();
    if (done.empty() && now.empty()) return done;
    std::vector<fs::path> dirs;
    for (const std::vector<Kept>* list : {&done, &now})
        for (const Kept& k : *list) dirs.push_back(k.target.parent_path());
    // One flush: the bytes of the files kept since the last checkpoint, and the renames it made.
    std::string problem = sync_file_systems(dirs);
    if (!problem.empty()) problem = tr("cannot flush the outputs to disk: {1}", problem);
    for (Kept& k : done)
        if (!problem.empty()) k.error = problem;
    for (Kept& k : now) {
        k.error = problem.empty() ? k.tmp->move_into_place(k.target) : problem;
        k.tmp.reset();  // removes a temporary that was not moved
        (k.error.empty() ? renamed_ : done).push_back(std::move(k));
    }
    if (last && !renamed_.empty()) {
        std::vector<Kept> rest = commit(false);  // flushes the renames just made
        for (Kept& k : rest) done.push_back(std::move(k));
    }
    return done;
}

}  // namespace wardreport::cli::batch
