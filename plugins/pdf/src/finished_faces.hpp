// What a face's objects in one PDF depend on besides the face itself: the characters the
// document shows. Documents of one report for different wards show nearly the same characters,
// yet cutting the font program to them and deflating it was a tenth of a batch worker's CPU.
// So each face keeps the last few sets' finished objects and a document showing exactly the
// same set reuses them; the bytes written are the same either way. No locking: an exporter
// writes one document at a time, in one thread (wardreport/exporter.hpp).
#pragma once

#include <cstddef>
#include <functional>
#include <list>
#include <memory>
#include <set>
#include <string>

namespace wardreport::pdf {

struct FinishedFace {
    std::string program;           // the font program of the glyphs shown, deflated
    std::size_t program_size = 0;  // its size before deflating: /Length1
    std::string cmap;              // the ToUnicode CMap
};

class FinishedFaces {
public:
    // A few dozen sets: a batch alternates between the documents of a handful of reports,
    // each showing its own set; more would only hold memory (tens of KB an entry).
    explicit FinishedFaces(std::size_t capacity = 24) : capacity_(capacity) {}

    // The objects finished for exactly `shown`: kept ones, or `make()`'s, then kept (the least
    // recently used dropped when full).
    std::shared_ptr<const FinishedFace> get(const std::set<char32_t>& shown, const std::function<FinishedFace()>& make);

    std::size_t size() const { return entries_.size(); }
    std::size_t made() const { return made_; }  // calls of `make` so far

private:
    struct Entry {
        std::size_t hash;
        std::u32string shown;
        std::shared_ptr<const FinishedFace> finished;
    };
    std::size_t capacity_;
    std::list<Entry> entries_;  // most recently used first
    std::size_t made_ = 0;
};

}  // namespace wardreport::pdf
