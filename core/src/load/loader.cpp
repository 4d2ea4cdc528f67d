#include "load/loader.hpp"

#include "load/build.hpp"
#include "load/check.hpp"
#include "load/schema.hpp"
#include "load/source.hpp"
#include "util/text.hpp"

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>
#include <system_error>

namespace wardreport::load {
namespace {

// A data file is a few kilobytes; anything this large is not one and would only cost memory.
constexpr std::uintmax_t kMaxFileSize = 16u * 1024u * 1024u;

// The checks on the raw bytes that come before YAML: YAML would otherwise fail on them with
// messages that do not say what is wrong with the file.
bool check_bytes(std::string_view text, const Source& src) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        src.error({1, 1}, "the file is empty; expected a ward data file starting with 'wardreport: " +
                              std::to_string(spec::kFormatVersion) + "' (see docs/data-format.md)");
        return false;
    }
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        src.error(src.at_offset(nul), "this is a binary file (it contains a NUL byte); expected a YAML text file");
        return false;
    }
    if (const auto bad = text::invalid_utf8_at(text)) {
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[*bad])));
        src.error(src.at_offset(*bad), std::string("invalid UTF-8 (byte ") + byte +
                                           "); expected the file saved as UTF-8 (in the editor: Save with Encoding → UTF-8)");
        return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            src.error(src.at_offset(i), "control character " + text::codepoint_name(c) +
                                            " in the text; expected printable characters only");
            ok = false;
        }
    }
    return ok;
}

std::optional<Ward> load(std::string_view text, const Source& src) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a byte order mark some editors add
    if (!check_bytes(text, src)) return std::nullopt;

    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(std::string(text));
    } catch (const YAML::Exception& e) {
        src.error(src.at(e.mark), "YAML syntax error: " + e.msg +
                                      "; expected 'key: value' lines indented with spaces (see docs/data-format.md)");
        return std::nullopt;
    }
    if (documents.empty() || documents.front().IsNull()) {
        src.error({1, 1}, "the file holds no data, only comments; expected 'wardreport: " +
                              std::to_string(spec::kFormatVersion) + "' and the ward's sections");
        return std::nullopt;
    }
    if (documents.size() > 1) {
        src.error(src.at(documents[1]), "a second YAML document (after '---'); expected one ward a file");
        return std::nullopt;
    }
    const YAML::Node& root = documents.front();
    if (!root.IsMap()) {
        src.error(src.at(root), "the file holds " + describe(root) + "; expected a map of sections starting with 'wardreport: " +
                                    std::to_string(spec::kFormatVersion) + "'");
        return std::nullopt;
    }
    check(root, spec::root(), "", src);
    Ward ward = build_ward(root, src);
    return ward;
}

}  // namespace

std::optional<Ward> load_text(std::string_view text, const std::string& name, Diagnostics& diags) {
    const std::size_t errors_before = diags.error_count();
    const std::size_t first = diags.all().size();
    try {
        Source src(text, name, diags);
        std::optional<Ward> ward = load(text, src);
        diags.sort_by_position(first);
        if (diags.error_count() != errors_before) return std::nullopt;
        return ward;
    } catch (const std::exception& e) {
        // Never expected; reported rather than let out, so one bad file cannot stop a batch.
        diags.error(name, 0, 0, std::string("internal error while reading the file: ") + e.what() +
                                    "; expected this not to happen: please report it with the file");
    } catch (...) {
        diags.error(name, 0, 0, "internal error while reading the file; expected this not to happen: please report it with the file");
    }
    return std::nullopt;
}

std::optional<Ward> load_file(const std::filesystem::path& path, Diagnostics& diags) {
    const std::string name = path.string();
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        diags.error(name, 0, 0, "is a directory; expected a ward data file");
        return std::nullopt;
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxFileSize) {
        diags.error(name, 0, 0, "the file is " + std::to_string(size) + " bytes; expected a ward data file of at most " +
                                    std::to_string(kMaxFileSize) + " bytes");
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.error(name, 0, 0, "cannot read the file (" + std::error_code(errno, std::generic_category()).message() +
                                    "); expected a readable ward data file");
        return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        diags.error(name, 0, 0, "reading the file failed; expected a readable ward data file");
        return std::nullopt;
    }
    return load_text(buffer.str(), name, diags);
}

}  // namespace wardreport::load
