#include "load/yaml_file.hpp"

#include "load/syntax_scan.hpp"
#include "load/text_check.hpp"
#include "util/encoding.hpp"
#include "util/i18n.hpp"
#include "util/input.hpp"
#include "util/text.hpp"

#include <yaml-cpp/depthguard.h>

namespace wardreport::load {
namespace {

// Reports the problem at byte `at` of the bytes read (before NFC, which may move it).
void error_at(const std::string& raw, std::size_t at, const std::string& name, Diagnostics& diags,
              const std::string& message) {
    const yaml::Position p = yaml::File(raw, name).at_offset(at);
    diags.error(name, p.line, p.column, message);
}

// The bytes of `name` as UTF-8 text (decoded from UTF-16 or UTF-32 with a byte order mark,
// lone CRs made line ends), or nullopt after reporting why they are not.
std::optional<std::string> read_text(const std::string& name, Diagnostics& diags) {
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
            diags.error(name, 0, 0, tr("invalid {1} at byte {2}; expected the file saved as UTF-8", encoding::name(kind), bad));
            return std::nullopt;
        }
        raw = std::move(*utf8);
    }
    if (raw.compare(0, 3, "\xEF\xBB\xBF") == 0) raw.replace(0, 3, "");  // a UTF-8 byte order mark
    for (std::size_t i = 0; i < raw.size(); ++i)  // old Mac line ends (CR alone) are line ends
        if (raw[i] == '\r' && (i + 1 == raw.size() || raw[i + 1] != '\n')) raw[i] = '\n';
    if (const auto kind = encoding::guess_without_bom(raw)) {
        const std::string from = encoding::name(*kind);
        diags.error(name, 1, 1, tr("the file is {1} text without a byte order mark; expected UTF-8: convert it with "
                                   "'iconv -f {1} -t UTF-8 {2} > new.yaml'", from, name));
        return std::nullopt;
    }
    if (auto bad = text::invalid_utf8_at(raw)) {
        error_at(raw, *bad, name, diags, tr("invalid UTF-8; expected the file saved as UTF-8"));
        return std::nullopt;
    }
    // Control characters in the bytes (NUL: a binary file) and bidi controls would reach every
    // document the file makes.
    for (char32_t c : text::code_points(raw)) {
        if (c == '\r' || c == '\t' || c == '\n' || !(text::control(c) || text::bidi_control(c))) continue;
        error_at(raw, raw.find(text::encode(c)), name, diags,
                 c == 0 ? tr("a NUL byte (a binary file?): {1} in the file; expected printable UTF-8 text: remove it",
                             text::character_name(c))
                        : tr("{1} in the file; expected printable UTF-8 text: remove it", text::character_name(c)));
        return std::nullopt;
    }
    return raw;
}

}  // namespace

std::optional<YAML::Node> load_yaml(const std::filesystem::path& path, Diagnostics& diags,
                                    std::shared_ptr<const yaml::File>& file, const std::string& format,
                                    const std::set<std::string>& spaced) {
    const std::string name = path.string();
    std::optional<std::string> raw = read_text(name, diags);
    if (!raw) return std::nullopt;
    file = std::make_shared<const yaml::File>(text::nfc(*raw), name);
    const yaml::Source src(file, diags);
    try {
        YAML::Node root = YAML::Load(file->text());
        // What a ward file may not hold, a definition may not either: its texts reach every
        // document it makes (an emoji in a title would make every render fail).
        if (check_text(root, src, format, spaced).errors) return std::nullopt;
        return root;
    } catch (const YAML::DeepRecursion& e) {
        yaml::Position p{e.mark.line + 1, e.mark.column + 1};
        if (auto at = too_deep_at(file->text(), e.depth() - 1)) p = src.at_offset(*at);
        diags.error(name, p.line, p.column,
                    tr("the definition is nested more than {1} levels deep here; expected a few levels of blocks: close the "
                       "'[' or '{{' opened before this place", e.depth() - 1));
    } catch (const YAML::ParserException& e) {
        // yaml-cpp's column counts bytes; the editor's, characters.
        src.error(src.at(e.mark), tr("YAML syntax: {1}", text::valid_utf8(e.msg)));
    } catch (const YAML::Exception& e) {
        diags.error(name, 0, 0, tr("YAML: {1}", e.what()));
    }
    return std::nullopt;
}

}  // namespace wardreport::load
