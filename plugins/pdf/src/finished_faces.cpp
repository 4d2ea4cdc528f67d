#include "finished_faces.hpp"

namespace wardreport::pdf {

std::shared_ptr<const FinishedFace> FinishedFaces::get(const std::set<char32_t>& shown,
                                                       const std::function<FinishedFace()>& make) {
    std::u32string key(shown.begin(), shown.end());
    const std::size_t hash = std::hash<std::u32string>{}(key);
    for (auto it = entries_.begin(); it != entries_.end(); ++it) {
        if (it->hash != hash || it->shown != key) continue;
        entries_.splice(entries_.begin(), entries_, it);
        return it->finished;
    }
    auto finished = std::make_shared<const FinishedFace>(make());
    ++made_;
    if (capacity_ == 0) return finished;
    if (entries_.size() >= capacity_) entries_.pop_back();
    entries_.push_front(Entry{hash, std::move(key), finished});
    return finished;
}

}  // namespace wardreport::pdf
