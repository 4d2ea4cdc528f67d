#include "report/yaml_reader.hpp"

#include "load/source.hpp"
#include "load/syntax_scan.hpp"
#include "load/text_check.hpp"
#include "util/encoding.hpp"
#include "util/i18n.hpp"
#include "util/input.hpp"
#include "util/text.hpp"

#include <yaml-cpp/depthguard.h>

#include <limits>
#include <tuple>

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
    // A definition is a few kilobytes; a device or a pipe named *.yaml must not be read forever.
    constexpr std::size_t kMaxDefinitionSize = 4u * 1024u * 1024u;
    input::Read r = input::read_bounded(name, kMaxDefinitionSize, "report definition file");
    if (!r.error.empty()) {
        diags.error(name, 0, 0, r.error);
        return std::nullopt;
    }
    std::string raw = std::move(r.bytes);
    if (const auto kind = encoding::from_bom(raw); kind != encoding::Kind::Utf8) {
        std::size_t bad = 0;
        auto utf8 = encoding::to_utf8(raw, kind, bad);
        if (!utf8) {
            diags.error(name, 0, 0, std::string("invalid ") + encoding::name(kind) + " at byte " + std::to_string(bad) +
                                        "; expected the file saved as UTF-8");
            return std::nullopt;
        }
        raw = std::move(*utf8);
    }
    if (raw.compare(0, 3, "\xEF\xBB\xBF") == 0) raw.replace(0, 3, "");  // a UTF-8 byte order mark
    for (std::size_t i = 0; i < raw.size(); ++i)  // old Mac line ends (CR alone) are line ends
        if (raw[i] == '\r' && (i + 1 == raw.size() || raw[i + 1] != '\n')) raw[i] = '\n';
    if (const auto kind = encoding::guess_without_bom(raw)) {
        const std::string from = encoding::name(*kind);
        diags.error(name, 1, 1, "the file is " + from + " text without a byte order mark; expected UTF-8: convert it with 'iconv -f " +
                                    from + " -t UTF-8 " + name + " > new.yaml'");
        return std::nullopt;
    }
    if (auto bad = text::invalid_utf8_at(raw)) {
        auto [line, column] = position(raw, *bad);
        diags.error(name, line, column, "invalid UTF-8; expected the file saved as UTF-8");
        return std::nullopt;
    }
    // Control characters in the bytes (NUL: a binary file) and bidi controls would reach every
    // document the definition makes.
    for (char32_t c : text::code_points(raw)) {
        if (c == '\r' || c == '\t' || c == '\n' || !(text::control(c) || text::bidi_control(c))) continue;
        const std::size_t at = raw.find(text::encode(c));
        auto [line, column] = position(raw, at);
        diags.error(name, line, column, (c == 0 ? "a NUL byte (a binary file?): " : "") + text::character_name(c) +
                                            " in the file; expected printable UTF-8 text: remove it");
        return std::nullopt;
    }
    auto src = std::make_shared<SourceFile>();
    src->name = name;
    src->text = text::nfc(raw);
    file = src;
    try {
        YAML::Node root = YAML::Load(src->text);
        // What a ward file may not hold, a definition may not either: its texts reach every
        // document it makes (an emoji in a title would make every render fail).
        if (load::check_text(root, load::Source(src->text, name, diags), tr("a report definition"), {"formula"}).errors)
            return std::nullopt;
        return root;
    } catch (const YAML::DeepRecursion& e) {
        auto [line, column] = std::pair<int, int>{e.mark.line + 1, e.mark.column + 1};
        if (auto at = load::too_deep_at(src->text, e.depth() - 1)) std::tie(line, column) = position(src->text, *at);
        diags.error(name, line, column,
                    "the definition is nested more than " + std::to_string(e.depth() - 1) +
                        " levels deep here; expected a few levels of blocks: close the '[' or '{' opened before this place");
    } catch (const YAML::ParserException& e) {
        diags.error(name, e.mark.line + 1, e.mark.column + 1, "YAML syntax: " + text::valid_utf8(e.msg));
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
