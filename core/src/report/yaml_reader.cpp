#include "report/yaml_reader.hpp"

#include "util/text.hpp"

#include <fstream>
#include <limits>
#include <sstream>

namespace wardreport::report {

namespace {

// 1-based line and column (in code points) of byte `at` of `t`.
std::pair<int, int> position(const std::string& t, std::size_t at) {
    int line = 1;
    std::size_t start = 0;
    for (std::size_t i = 0; i < at && i < t.size(); ++i)
        if (t[i] == '\n') {
            ++line;
            start = i + 1;
        }
    return {line, static_cast<int>(text::length(std::string_view(t).substr(start, at - start))) + 1};
}

}  // namespace

std::string suggestion(const std::string& word, std::initializer_list<const char*> candidates) {
    std::string best;
    std::size_t best_d = std::numeric_limits<std::size_t>::max();
    for (const char* c : candidates) {
        const std::size_t d = text::edit_distance(word, c);
        if (d < best_d) {
            best_d = d;
            best = c;
        }
    }
    return best_d <= std::max<std::size_t>(2, word.size() / 3) ? "did you mean '" + best + "'?" : std::string();
}

std::optional<YAML::Node> load_yaml(const std::filesystem::path& path, Diagnostics& diags,
                                    std::shared_ptr<const SourceFile>& file) {
    const std::string name = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.error(name, 0, 0, "cannot read the file");
        return std::nullopt;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    const std::string raw = buf.str();
    if (auto bad = text::invalid_utf8_at(raw)) {
        auto [line, column] = position(raw, *bad);
        diags.error(name, line, column, "invalid UTF-8; expected the file saved as UTF-8");
        return std::nullopt;
    }
    // yaml-cpp mangles a NUL and the byte after it into invalid UTF-8 (found by fuzz_definition).
    if (const auto nul = raw.find('\0'); nul != std::string::npos) {
        auto [line, column] = position(raw, nul);
        diags.error(name, line, column, "this is a binary file (it contains a NUL byte); expected a YAML text file");
        return std::nullopt;
    }
    auto src = std::make_shared<SourceFile>();
    src->name = name;
    src->text = text::nfc(raw);
    file = src;
    try {
        return YAML::Load(src->text);
    } catch (const YAML::ParserException& e) {
        diags.error(name, e.mark.line + 1, e.mark.column + 1, "YAML syntax: " + e.msg);
    } catch (const YAML::Exception& e) {
        diags.error(name, 0, 0, std::string("YAML: ") + e.what());
    }
    return std::nullopt;
}

bool YamlReader::check_map(const YAML::Node& node, std::initializer_list<const char*> allowed,
                           const std::string& what) const {
    if (!node.IsMap()) {
        error(node, what + " must be a mapping of keys to values");
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
        error(kv.first, "unknown key '" + key + "' in " + what + "; " +
                            (hint.empty() ? "expected one of: " + expected : hint));
        ok = false;
    }
    return ok;
}

YAML::Node YamlReader::key_node(const YAML::Node& map, const std::string& key) const {
    for (const auto& kv : map)
        if (kv.first.Scalar() == key) return kv.first;
    return map;
}

std::optional<std::string> YamlReader::string(const YAML::Node& node, const std::string& what) const {
    if (!node.IsScalar()) {
        error(node, what + " must be text");
        return std::nullopt;
    }
    return node.Scalar();
}

std::optional<double> YamlReader::number(const YAML::Node& node, const std::string& what) const {
    if (node.IsScalar()) {
        try {
            return node.as<double>();
        } catch (const YAML::Exception&) {
        }
    }
    error(node, what + " must be a number");
    return std::nullopt;
}

std::optional<int> YamlReader::integer(const YAML::Node& node, const std::string& what) const {
    if (node.IsScalar()) {
        try {
            return node.as<int>();
        } catch (const YAML::Exception&) {
        }
    }
    error(node, what + " must be a whole number");
    return std::nullopt;
}

std::optional<bool> YamlReader::boolean(const YAML::Node& node, const std::string& what) const {
    if (node.IsScalar()) {
        try {
            return node.as<bool>();
        } catch (const YAML::Exception&) {
        }
    }
    error(node, what + " must be true or false");
    return std::nullopt;
}

}  // namespace wardreport::report
