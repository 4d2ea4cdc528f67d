#include "yaml/reader.hpp"

#include "util/i18n.hpp"

#include "util/text.hpp"

#include <algorithm>

namespace wardreport::yaml {

std::optional<YAML::Node> Reader::child(const YAML::Node& map, const std::string& key) const {
    if (!map.IsMap()) return std::nullopt;
    for (auto it = map.begin(); it != map.end(); ++it)
        if (it->first.IsScalar() && it->first.Scalar() == key) {
            if (it->second.IsNull() || !it->second.IsDefined()) return std::nullopt;
            return it->second;
        }
    return std::nullopt;
}

Position Reader::pos(const YAML::Node& map, const std::string& key) const {
    if (auto c = child(map, key)) return src_.at(*c);
    return src_.at(map);
}

Position Reader::key_pos(const YAML::Node& map, const std::string& key) const {
    if (map.IsMap())
        for (auto it = map.begin(); it != map.end(); ++it)
            if (it->first.IsScalar() && it->first.Scalar() == key) return src_.at(it->first);
    return src_.at(map);
}

YAML::Node Reader::key_node(const YAML::Node& map, const std::string& key) const {
    for (const auto& kv : map)
        if (kv.first.Scalar() == key) return kv.first;
    return map;
}

std::string Reader::text(const YAML::Node& map, const std::string& key) const {
    auto c = child(map, key);
    if (!c || !c->IsScalar()) return {};
    return text::nfc(c->Scalar());
}

std::vector<std::string> Reader::texts(const YAML::Node& map, const std::string& key) const {
    std::vector<std::string> out;
    auto c = child(map, key);
    if (!c || !c->IsSequence()) return out;
    for (const YAML::Node& item : *c)
        if (item.IsScalar()) out.push_back(text::nfc(item.Scalar()));
    return out;
}

std::vector<YAML::Node> Reader::maps(const YAML::Node& map, const std::string& key) const {
    std::vector<YAML::Node> out;
    auto c = child(map, key);
    if (!c || !c->IsSequence()) return out;
    for (const YAML::Node& item : *c)
        if (item.IsMap()) out.push_back(item);
    return out;
}

bool Reader::check_map(const YAML::Node& node, std::initializer_list<const char*> allowed,
                       const std::string& what) const {
    if (!node.IsMap()) {
        error(node, tr("{1} must be a mapping of keys to values", what));
        return false;
    }
    bool ok = true;
    for (const auto& kv : node) {
        const std::string key = kv.first.Scalar();
        bool known = false;
        for (const char* a : allowed) known = known || key == a;
        if (known) continue;
        std::string expected;
        for (const char* a : allowed) expected += std::string(expected.empty() ? "" : ", ") + a;
        const std::string hint = suggestion(key, allowed);
        error(kv.first, hint.empty() ? tr("unknown key '{1}' in {2}; expected one of: {3}", key, what, expected)
                                    : tr("unknown key '{1}' in {2}; {3}", key, what, hint));
        ok = false;
    }
    return ok;
}

std::optional<std::string> Reader::string(const YAML::Node& node, const std::string& what) const {
    if (!node.IsScalar()) {
        error(node, tr("{1} must be text", what));
        return std::nullopt;
    }
    return node.Scalar();
}

namespace {

// A scalar read as T, or nothing when it is not one (yaml-cpp throws for "abc" as a number).
template <typename T>
std::optional<T> scalar_as(const YAML::Node& node) {
    if (!node.IsScalar()) return std::nullopt;
    try {
        return node.as<T>();
    } catch (const YAML::Exception&) {
        return std::nullopt;
    }
}

}  // namespace

std::optional<double> Reader::number(const YAML::Node& node, const std::string& what) const {
    auto v = scalar_as<double>(node);
    if (!v) error(node, tr("{1} must be a number", what));
    return v;
}

std::optional<int> Reader::integer(const YAML::Node& node, const std::string& what) const {
    auto v = scalar_as<int>(node);
    if (!v) error(node, tr("{1} must be a whole number", what));
    return v;
}

std::optional<bool> Reader::boolean(const YAML::Node& node, const std::string& what) const {
    auto v = scalar_as<bool>(node);
    if (!v) error(node, tr("{1} must be true or false", what));
    return v;
}

std::string nearest(const std::string& word, const std::vector<std::string>& candidates, std::size_t max_distance) {
    std::string best;
    std::size_t best_distance = max_distance + 1;
    for (const std::string& c : candidates) {
        const std::size_t d = text::edit_distance(word, c);
        if (d < best_distance) {
            best = c;
            best_distance = d;
        }
    }
    return best;
}

std::string closest(const std::string& word, const std::vector<std::string>& candidates) {
    // Close enough for typos and swapped letters, far enough not to suggest unrelated fields.
    const std::size_t len = text::length(word);
    return nearest(word, candidates, std::max<std::size_t>(1, std::min<std::size_t>(3, (len + 1) / 3 + 1)));
}

std::string suggestion(const std::string& word, std::initializer_list<const char*> candidates) {
    const std::string best = nearest(word, {candidates.begin(), candidates.end()}, std::max<std::size_t>(2, word.size() / 3));
    return best.empty() ? std::string() : std::string(tr("did you mean '{1}'?", best));
}

}  // namespace wardreport::yaml
