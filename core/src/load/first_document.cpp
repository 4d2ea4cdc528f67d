#include "load/first_document.hpp"
#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <sstream>

namespace wardreport::load {
namespace {

// Notes where a document's root starts and whether it is empty; builds nothing.
class RootProbe : public YAML::EventHandler {
public:
    bool seen_root() const { return seen_; }
    bool root_is_null() const { return null_; }
    const YAML::Mark& root_mark() const { return mark_; }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& m, YAML::anchor_t) override { root(m, true); }
    void OnAlias(const YAML::Mark& m, YAML::anchor_t) override { root(m, false); }
    void OnScalar(const YAML::Mark& m, const std::string&, YAML::anchor_t, const std::string&) override {
        root(m, false);
    }
    void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        root(m, false);
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        root(m, false);
    }
    void OnMapEnd() override {}

private:
    void root(const YAML::Mark& m, bool null) {
        if (seen_) return;
        seen_ = true;
        null_ = null;
        mark_ = m;
    }
    bool seen_ = false;
    bool null_ = true;
    YAML::Mark mark_;
};

// True when nothing can follow a first document whose root is `root`: a block map at column 0
// ends only where the scanner ends every block (yaml-cpp's PopAllIndents: the end of the text,
// or "---", "..." or a "%" directive at the start of a line), since no line is indented less.
// With no line of the text starting so, the second pass below would find the end of the text
// and nothing else; it would scan the whole file again for it (a tenth of loading a ward).
bool nothing_after(const YAML::Node& root, const std::string& text) {
    if (!root.IsMap() || root.Style() != YAML::EmitterStyle::Block || root.Mark().column != 0) return false;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (at > 0 && text[at - 1] != '\n' && text[at - 1] != '\r') continue;
        if (text[at] == '%' || text.compare(at, 3, "---") == 0 || text.compare(at, 3, "...") == 0) return false;
    }
    return true;
}

}  // namespace

FirstDocument read_first_document(const std::string& text) {
    FirstDocument out;
    out.root = YAML::Load(text);  // one call to the parser: the first document only
    if (nothing_after(out.root, text)) return out;

    // A second pass over events only, bounded: a document follows the first, or the parser
    // stalls (two empty documents at the same place: a token it cannot consume, where
    // LoadAll would loop), or the text ends.
    std::istringstream in(text);
    YAML::Parser parser(in);
    std::optional<std::size_t> last_null;  // where the previous document's empty root was
    constexpr int kMaxDocuments = 4;       // the first, two empty ones to see a stall, one more
    for (int i = 0; i < kMaxDocuments; ++i) {
        RootProbe probe;
        try {
            if (!parser.HandleNextDocument(probe)) break;
        } catch (const YAML::Exception& e) {
            // The first document read whole: this is a second one, which is the problem to name
            // (its own error is often an alias to the first document's anchor).
            if (i == 0) throw;
            out.second_start = e.mark;
            break;
        }
        const bool null = !probe.seen_root() || probe.root_is_null();
        if (null && last_null && *last_null == static_cast<std::size_t>(probe.root_mark().pos)) {
            out.stray = probe.root_mark();
            // The whole character (UTF-8 continuation bytes included), for the message.
            std::size_t at = static_cast<std::size_t>(std::max(probe.root_mark().pos, 0));
            std::size_t end = at < text.size() ? at + 1 : at;
            while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
            out.stray_text = text.substr(at, end - at);
            break;
        }
        if (!null && i > 0) {
            out.second_start = probe.root_mark();
            break;
        }
        last_null = null ? std::optional<std::size_t>(static_cast<std::size_t>(probe.root_mark().pos)) : std::nullopt;
    }
    return out;
}

}  // namespace wardreport::load
