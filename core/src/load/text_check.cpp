#include "load/text_check.hpp"
#include "util/i18n.hpp"

#include "util/text.hpp"

#include <set>
#include <utility>
#include <vector>

namespace wardreport::load {
namespace {

// "!!binary" for yaml-cpp's "tag:yaml.org,2002:binary"; other tags as written.
std::string shown_tag(const std::string& tag) {
    const std::string core = "tag:yaml.org,2002:";
    return tag.compare(0, core.size(), core) == 0 ? "!!" + tag.substr(core.size()) : tag;
}

class TextChecker {
public:
    TextChecker(const yaml::Source& src, std::string format, const std::set<std::string>& spaced)
        : src_(src), format_(std::move(format)), spaced_(spaced) {}

    TextCheck run(const YAML::Node& root) {
        // Iterative: a deeply nested file must not take the stack. Each list and map is read once:
        // an alias is the node of its anchor again, so an alias to itself would loop and nested
        // aliases ("billion laughs") would multiply. A node is known by where it starts and its
        // type (a block map starts where its first key does, but a key is never a map or list).
        std::set<std::pair<int, int>> seen;
        std::vector<YAML::Node> todo{root};
        while (!todo.empty()) {
            const YAML::Node n = todo.back();
            todo.pop_back();
            if ((n.IsMap() || n.IsSequence()) && !seen.emplace(n.Mark().pos, static_cast<int>(n.Type())).second) continue;
            tag(n);
            if (n.IsScalar()) {
                value(n);
            } else if (n.IsSequence()) {
                for (std::size_t i = n.size(); i-- > 0;) todo.push_back(n[i]);
            } else if (n.IsMap()) {
                std::vector<YAML::Node> pairs;
                for (auto it = n.begin(); it != n.end(); ++it) {
                    if (key_ok(it->first)) pairs.push_back(it->first);
                    pairs.push_back(it->second);
                    if (it->first.IsScalar() && it->second.IsScalar() && spaced_.count(it->first.Scalar()))
                        tabs_ok_.insert(it->second.Mark().pos);
                }
                for (auto it = pairs.rbegin(); it != pairs.rend(); ++it) todo.push_back(*it);
            }
        }
        return result_;
    }

private:
    void error(yaml::Position p, const std::string& message) {
        src_.error(p, message);
        result_.errors = true;
    }

    void tag(const YAML::Node& n) {
        const std::string& t = n.Tag();
        if (t.empty() || t == "?" || t == "!") return;  // none; plain; quoted
        error(tag_position(n), tr("YAML tag '{1}': {2} has no tags and would ignore it; remove the tag and write the value "
                                  "as text",
                                  shown_tag(t), format_.empty() ? tr("the ward data format").text : format_));
    }

    // yaml-cpp marks a tagged node at its value: the tag is the '!' before it on its line.
    yaml::Position tag_position(const YAML::Node& n) const {
        const std::string_view t = src_.text();
        const auto pos = static_cast<std::size_t>(std::max(n.Mark().pos, 0));
        const std::size_t line_start = t.rfind('\n', pos == 0 ? 0 : pos - 1);
        const std::size_t from = line_start == std::string_view::npos ? 0 : line_start + 1;
        const std::size_t bang = t.substr(from, pos - from + 1).rfind('!');
        return src_.at_offset(bang == std::string_view::npos ? pos : from + bang);
    }

    // A key is a field name or an id: short. A longer one is reported here and read no further.
    bool key_ok(const YAML::Node& key) {
        if (!key.IsScalar()) return true;
        const std::size_t n = text::length(key.Scalar());
        if (n <= kMaxKeyChars) return true;
        error(src_.at(key), tr("a key {1} characters long; expected a field name or id of at most {2} characters (is a ':' "
                               "missing after a value?)",
                               n, kMaxKeyChars));
        result_.too_long = true;
        return false;
    }

    void value(const YAML::Node& n) {
        const std::string& s = n.Scalar();
        const std::size_t length = text::length(s);
        if (length > kMaxValueChars) {
            error(src_.at(n), tr("a text {1} characters long; expected at most {2} characters in any field: shorten it", length,
                                 kMaxValueChars));
            result_.too_long = true;
            return;
        }
        const std::string norm = text::nfc(s);
        for (char32_t c : text::code_points(norm)) {
            if (c == '\n' || text::drawable(c) || (c == '\t' && tabs_ok_.count(n.Mark().pos))) continue;
            error(where(n, c), problem(c));
            return;  // one a text: the first problem shows what to look for
        }
    }

    // The character's own place when it is written in the file near the value; the value's
    // place when it came from an escape ("\x01") or cannot be found.
    yaml::Position where(const YAML::Node& n, char32_t c) const {
        const std::string_view t = src_.text();
        const auto pos = static_cast<std::size_t>(std::max(n.Mark().pos, 0));
        const std::size_t at = t.find(text::encode(c), pos);
        const std::size_t reach = n.Scalar().size() * 2 + 16;
        if (at != std::string_view::npos && at - pos <= reach) return src_.at_offset(at);
        return src_.at(n);
    }

    std::string problem(char32_t c) const {
        const std::string name = text::character_name(c);
        if (c == '\t') return tr("a tab (U+0009) in the text, which the documents cannot show; write a space instead");
        if (text::control(c))
            return tr("control character {1} in the text (a YAML escape such as \"\\x01\" or \"\\0\" makes one); expected "
                      "printable text: remove it",
                      name);
        if (text::bidi_control(c))
            return tr("bidirectional control {1} in the text: it changes the order in which the text is shown; expected plain "
                      "text: remove it (Vietnamese needs no direction marks)",
                      name);
        const bool named = name.find('(') != std::string::npos;  // invisible: show the name only
        if (named)
            return tr("character {1} cannot be drawn by the built-in formats (their fonts hold the Vietnamese alphabet, "
                      "Latin-1 and common punctuation); write it in words or remove it",
                      name);
        return tr("character {1} '{2}' cannot be drawn by the built-in formats (their fonts hold the Vietnamese alphabet, "
                  "Latin-1 and common punctuation); write it in words or remove it",
                  name, text::encode(c));
    }

    const yaml::Source& src_;
    const std::string format_;
    const std::set<std::string>& spaced_;
    std::set<int> tabs_ok_;  // the values of `spaced_` keys, by where they start
    TextCheck result_;
};

}  // namespace

TextCheck check_text(const YAML::Node& root, const yaml::Source& src, const std::string& format,
                     const std::set<std::string>& spaced) {
    return TextChecker(src, format, spaced).run(root);
}

}  // namespace wardreport::load
