#include "load/loader.hpp"
#include "util/i18n.hpp"

#include "load/build.hpp"
#include "load/check.hpp"
#include "load/first_document.hpp"
#include "load/schema.hpp"
#include "yaml/source.hpp"
#include "load/syntax_scan.hpp"
#include "load/text_check.hpp"
#include "util/encoding.hpp"
#include "util/input.hpp"
#include "util/text.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace wardreport::load {
namespace {

// A data file is a few kilobytes; anything this large is not one and would only cost memory.
constexpr std::uintmax_t kMaxFileSize = 16u * 1024u * 1024u;

// The checks on the raw bytes that come before YAML: YAML would otherwise fail on them with
// messages that do not say what is wrong with the file.
bool check_bytes(std::string_view text, const yaml::Source& src) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        src.error({1, 1}, tr("the file is empty; expected a ward data file starting with 'wardreport: {1}' (see "
                             "docs/data-format.md)",
                             spec::kFormatVersion));
        return false;
    }
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        if (const auto kind = encoding::guess_without_bom(text)) {
            const std::string from = encoding::name(*kind);
            src.error({1, 1}, tr("the file is {1} text without a byte order mark; expected UTF-8: convert it with 'iconv -f "
                                 "{1} -t UTF-8 {2} > new.yaml' (or in the editor: Save with Encoding → UTF-8)",
                                 from, src.name()));
            return false;
        }
        src.error(src.at_offset(nul), tr("this is a binary file (it contains a NUL byte); expected a YAML text file"));
        return false;
    }
    if (const auto bad = text::invalid_utf8_at(text)) {
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[*bad])));
        src.error(src.at_offset(*bad), tr("invalid UTF-8 (byte {1}); expected the file saved as UTF-8 (in the editor: Save "
                                          "with Encoding → UTF-8)",
                                          byte));
        return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            src.error(src.at_offset(i), tr("control character {1} in the text; expected printable characters only: remove it",
                                           text::character_name(c)));
            ok = false;
        }
    }
    return ok;
}

// "lines 4, 5 and 9 are indented with tabs too; ..." (the first ten lines named).
std::string tab_lines_note(const std::vector<std::size_t>& lines) {
    constexpr std::size_t kNamed = 10;
    const std::size_t named = std::min(lines.size(), kNamed);
    std::string list;
    for (std::size_t i = 0; i + 1 < named; ++i) list += (i ? ", " : "") + std::to_string(lines[i]);
    if (lines.size() > named) list = tr("{1}, {2} and {3} more", list, lines[named - 1], lines.size() - named);
    else if (named > 1) list = tr("{1} and {2}", list, lines[named - 1]);
    else list = std::to_string(lines[0]);
    return trn("line {2} is indented with tabs too; replace every tab at the start of a line with spaces",
               "lines {2} are indented with tabs too; replace every tab at the start of a line with spaces", lines.size(), list);
}

// One reading of a text: parsed and checked, with what was found kept apart so that the
// loader can compare readings of the file and of the file with a slip repaired.
struct Reading {
    std::string text;
    std::optional<YAML::Mark> failure;  // where yaml-cpp gave up
    std::string failure_message;  // the whole message: what is wrong; what was expected
    Diagnostics diags;
    std::optional<Ward> ward;

    bool parsed() const { return !failure; }
};

// Reports the document-level problems and checks and builds the ward from a parsed file.
std::optional<Ward> check_documents(const FirstDocument& doc, const yaml::Source& src) {
    if (doc.stray) {
        src.error(src.at(*doc.stray), tr("YAML syntax error: '{1}' where a value or 'key: value' was expected; remove it or "
                                         "put the text in quotes",
                                         doc.stray_text));
        return std::nullopt;
    }
    if (doc.root.IsNull()) {
        src.error({1, 1}, tr("the file holds no data, only comments; expected 'wardreport: {1}' and the ward's sections",
                             spec::kFormatVersion));
        return std::nullopt;
    }
    if (doc.second_start) {
        src.error(src.at(*doc.second_start), tr("a second YAML document (after '---'); expected one ward a file"));
        return std::nullopt;
    }
    const YAML::Node& root = doc.root;
    // Characters, tags and lengths first: a text over every limit is read no further.
    if (check_text(root, src).too_long) return std::nullopt;
    if (!root.IsMap()) {
        src.error(src.at(root), tr("the file holds {1}; expected a map of sections starting with 'wardreport: {2}'",
                                   describe(root), spec::kFormatVersion));
        return std::nullopt;
    }
    check(root, spec::root(), "", src);
    return build_ward(root, src);
}

std::string escape_message(const std::string& escaped) {
    return tr("'\\' starts an escape in a double-quoted text and '\\{1}' is not one; expected '\\\\' for a backslash, "
              "or the text in single quotes or without quotes, where '\\' is an ordinary character",
              escaped);
}

// Where yaml-cpp found an escape it does not know: the backslash before `mark`, and the whole
// character after it (yaml-cpp quotes one byte, which may begin a Vietnamese letter).
std::optional<std::pair<std::size_t, std::string>> bad_escape(const std::string& t, const YAML::Mark& mark) {
    if (mark.pos < 0) return std::nullopt;
    const std::size_t slash = t.rfind('\\', static_cast<std::size_t>(mark.pos));
    if (slash == std::string::npos || slash + 1 >= t.size()) return std::nullopt;
    const auto lead = static_cast<unsigned char>(t[slash + 1]);
    const std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    return std::make_pair(slash, text::valid_utf8(std::string_view(t).substr(slash + 1, n)));
}

// What went wrong where yaml-cpp gave up, and what to write instead.
std::string syntax_message(const YAML::Exception& e) {
    if (const auto* deep = dynamic_cast<const YAML::DeepRecursion*>(&e))
        return tr("the data is nested more than {1} levels deep here (lists, maps or brackets inside one another); expected "
                  "the few levels of a ward file's sections and fields: close the '[' or '{{' opened before this place, or "
                  "check the indentation",
                  deep->depth() - 1);
    if (e.msg == YAML::ErrorMsg::UNKNOWN_ANCHOR)
        return tr("an alias ('*name') to an anchor that is not defined before it in this YAML document; expected '&name' on "
                  "a value above the alias, or the value written out instead of the alias");
    if (e.msg.rfind(YAML::ErrorMsg::INVALID_ESCAPE, 0) == 0)
        return escape_message(text::valid_utf8(e.msg.substr(std::string(YAML::ErrorMsg::INVALID_ESCAPE).size())));
    // e.msg is yaml-cpp's own English text: only the sentence around it is translated.
    return tr("YAML syntax error: {1}; expected 'key: value' lines indented with spaces (see docs/data-format.md)",
              text::valid_utf8(e.msg));
}

std::unique_ptr<Reading> read(std::string text, const std::string& name) {
    auto r = std::make_unique<Reading>();
    r->text = std::move(text);
    const yaml::Source src(r->text, name, r->diags);
    FirstDocument doc;
    try {
        doc = read_first_document(r->text);
    } catch (const YAML::Exception& e) {
        r->failure = e.mark;
        r->failure_message = syntax_message(e);
        if (e.msg.rfind(YAML::ErrorMsg::INVALID_ESCAPE, 0) == 0)
            if (auto esc = bad_escape(r->text, e.mark)) {
                r->failure_message = escape_message(esc->second);
                const std::size_t newline = r->text.rfind('\n', esc->first);
                r->failure->pos = static_cast<int>(esc->first);
                r->failure->line = static_cast<int>(std::count(r->text.begin(), r->text.begin() + static_cast<std::ptrdiff_t>(esc->first), '\n'));
                r->failure->column = static_cast<int>(newline == std::string::npos ? esc->first : esc->first - newline - 1);
            }
        if (const auto* deep = dynamic_cast<const YAML::DeepRecursion*>(&e))
            if (auto at = too_deep_at(r->text, deep->depth() - 1)) {
                const std::size_t newline = r->text.rfind('\n', *at);  // text[at] is a bracket
                r->failure->pos = static_cast<int>(*at);
                r->failure->line = static_cast<int>(std::count(r->text.begin(), r->text.begin() + static_cast<std::ptrdiff_t>(*at), '\n'));
                r->failure->column = static_cast<int>(newline == std::string::npos ? *at : *at - newline - 1);
            }
        return r;
    }
    r->ward = check_documents(doc, src);
    return r;
}

bool before(const YAML::Mark& a, const YAML::Mark& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
}

// Whether repairing the slip explains what went wrong: the repaired file parses, or parses
// further; or, when the file parsed, it parses with fewer errors.
bool explains(const Reading& now, const Reading& fixed) {
    if (now.failure) return fixed.parsed() || before(*now.failure, *fixed.failure);
    return fixed.parsed() && fixed.diags.error_count() < now.diags.error_count();
}

// Where the reading stopped for good: yaml-cpp's message, or the tab on that line (the other
// tabbed lines in a note: an editor that put one tab in usually put many).
void report_stop(const Reading& now, const std::vector<Slip>& slips, std::string_view text, const yaml::Source& src) {
    const auto fail_line = static_cast<std::size_t>(std::max(now.failure->line, 0));
    const auto tab = std::find_if(slips.begin(), slips.end(), [fail_line](const Slip& s) {
        return s.kind == Slip::Kind::Tab && s.line == fail_line;
    });
    if (tab == slips.end()) {
        src.error(src.at(*now.failure), now.failure_message);
        return;
    }
    const yaml::Position where = src.at_offset(tab->offset);
    src.error(where, slip_message(text, *tab));
    std::vector<std::size_t> others;
    for (const Slip& s : slips)
        if (s.kind == Slip::Kind::Tab && &s != &*tab) others.push_back(s.line + 1);
    if (!others.empty()) src.diags().note(src.name(), where.line, where.column, tab_lines_note(others));
}

// The repaired reading's diagnostics, but for what it says about the repaired bracket or text
// itself ("is a list", "is in quotes"): a repair is a guess at what the clerk meant, not the
// file's problem.
void add_own_diagnostics(const Reading& now, const std::vector<const Slip*>& applied, const yaml::Source& src) {
    std::vector<yaml::Position> repaired_at;
    for (const Slip* s : applied) repaired_at.push_back(src.at_offset(s->offset));
    for (const Diagnostic& d : now.diags.all()) {
        const bool about_repair = std::any_of(repaired_at.begin(), repaired_at.end(), [&d](const yaml::Position& p) {
            return p.line == d.line && p.column == d.column;
        });
        if (!about_repair) src.diags().add(d);
    }
}

// yaml-cpp reports an unclosed bracket where it gives up, often many lines later, and takes an
// unclosed quote (which swallows the lines after it) for a text spanning lines. The slips the
// scan suspects are confirmed by repairing them and reading again: each one that explains the
// problem is reported at its own place, and the reading goes on with it repaired, so the
// errors after it are the file's own. Tabs cannot be repaired (their width is unknown): they
// are reported when yaml-cpp stops on a line indented with one.
std::optional<Ward> load(std::string_view text, const yaml::Source& src) {
    if (!check_bytes(text, src)) return std::nullopt;

    const std::vector<Slip> slips = scan_syntax(text);
    std::unique_ptr<Reading> now = read(std::string(text), src.name());
    if (slips.empty()) {
        for (const Diagnostic& d : now->diags.all()) src.diags().add(d);
        if (now->failure)
            src.error(src.at(*now->failure), now->failure_message);
        return now->ward;
    }

    // Repairs keep line numbers, so each slip is reported where the scan found it; in the text
    // being repaired, a slip moves by what the repairs before it inserted.
    std::vector<const Slip*> applied;
    auto in_current = [&applied](Slip s) {
        std::size_t grown = 0;
        for (const Slip* a : applied)
            if (a->repair_offset < s.repair_offset) grown += a->repair_text.size() - a->repair_length;
        s.repair_offset += grown;
        return s;
    };
    // Each repair costs a reading of the whole file: 32 of a data file of a few kilobytes, fewer
    // of a large one, so that reading stays about linear in the size (4 MiB of re-reading at most,
    // and always one).
    constexpr std::size_t kRepairBytes = 4u * 1024u * 1024u;
    const int kMaxRepairs = static_cast<int>(std::clamp<std::size_t>(kRepairBytes / std::max<std::size_t>(text.size(), 1), 1, 32));
    int repairs = 0;
    std::vector<bool> used(slips.size(), false);
    for (;;) {
        if (now->failure) {
            const auto fail_line = static_cast<std::size_t>(std::max(now->failure->line, 0));
            const bool tab_line = std::any_of(slips.begin(), slips.end(), [&](const Slip& s) {
                return s.kind == Slip::Kind::Tab && s.line == fail_line;
            });
            if (tab_line) break;
        }
        bool repaired_one = false;
        for (std::size_t k = 0; k < slips.size() && repairs < kMaxRepairs; ++k) {
            const Slip& s = slips[k];
            if (used[k] || s.kind == Slip::Kind::Tab) continue;
            if (now->failure && s.line > static_cast<std::size_t>(std::max(now->failure->line, 0))) break;
            if (!now->failure && now->diags.error_count() == 0 &&
                !(s.kind == Slip::Kind::Quote && s.closed_on_line == std::string_view::npos))
                continue;
            ++repairs;
            std::unique_ptr<Reading> fixed = read(repaired(now->text, in_current(s)), src.name());
            const bool never_closed = s.kind == Slip::Kind::Quote && s.closed_on_line == std::string_view::npos;
            if (!explains(*now, *fixed) && !never_closed) continue;
            used[k] = true;
            applied.push_back(&s);
            src.error(src.at_offset(s.offset), slip_message(text, s));
            if (never_closed && !fixed->parsed()) return std::nullopt;  // nothing more can be read
            now = std::move(fixed);
            repaired_one = true;
            break;
        }
        if (!repaired_one) break;
    }

    if (now->failure) {
        report_stop(*now, slips, text, src);
        return std::nullopt;
    }
    add_own_diagnostics(*now, applied, src);
    return now->ward;
}

// `text` with each carriage return that is not followed by a line feed turned into one: old Mac
// editors end lines with CR alone, which YAML does not take for a line end. Offsets are kept.
std::string lone_cr_to_lf(std::string_view text) {
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i)
        if (out[i] == '\r' && (i + 1 == out.size() || out[i + 1] != '\n')) out[i] = '\n';
    return out;
}

}  // namespace

std::optional<Ward> load_text(std::string_view text, const std::string& name, Diagnostics& diags) {
    const std::size_t errors_before = diags.error_count();
    const std::size_t first = diags.all().size();
    std::string decoded;  // the text, when it is not the bytes as given
    // Notepad's "Unicode" (UTF-16) and UTF-32 with a byte order mark: decoded, and read on.
    if (const auto kind = encoding::from_bom(text); kind != encoding::Kind::Utf8) {
        std::size_t bad = 0;
        auto utf8 = encoding::to_utf8(text, kind, bad);
        if (!utf8) {
            diags.error(name, 0, 0, tr("invalid {1} at byte {2}; expected the file saved as UTF-8 (in the editor: Save with "
                                       "Encoding → UTF-8)",
                                       encoding::name(kind), bad));
            return std::nullopt;
        }
        decoded = std::move(*utf8);
        text = decoded;
    }
    // A byte order mark some editors add: not part of the text, and not a column of line 1.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (text.find('\r') != std::string_view::npos) {
        decoded = lone_cr_to_lf(text);
        text = decoded;
    }
    try {
        yaml::Source src(std::string(text), name, diags);
        std::optional<Ward> ward = load(text, src);
        diags.sort_by_position(first);
        if (diags.error_count() != errors_before) return std::nullopt;
        return ward;
    } catch (const std::exception& e) {
        // Never expected; reported rather than let out, so one bad file cannot stop a batch.
        diags.error(name, 0, 0, tr("internal error while reading the file: {1}; expected this not to happen: please report "
                                   "it with the file",
                                   e.what()));
    } catch (...) {
        diags.error(name, 0, 0, tr("internal error while reading the file; expected this not to happen: please report it "
                                   "with the file"));
    }
    return std::nullopt;
}

std::optional<Ward> load_file(const std::filesystem::path& path, Diagnostics& diags) {
    const std::string name = input::display_name(path.string());
    input::Read r = input::read_bounded(path.string(), kMaxFileSize, tr("ward data file").text.c_str());
    if (!r.error.empty()) {
        diags.error(name, 0, 0, r.error);
        return std::nullopt;
    }
    return load_text(r.bytes, name, diags);
}

}  // namespace wardreport::load
