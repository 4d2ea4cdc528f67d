#include "text.hpp"

#include "repertoire.hpp"

#include <wardreport/exporter.hpp>

#include <utf8proc.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace wardreport::docx {

std::string codepoint_name(char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

std::string checked_text(std::string_view s, const std::string& where) {
    if (s.empty()) return {};
    // utf8proc_NFC needs a NUL-terminated string and returns NULL on invalid UTF-8.
    const std::string copy(s);
    if (copy.find('\0') != std::string::npos)
        throw ExportError("U+0000 in " + where + ": a NUL character cannot be written; remove it");
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> nfc(
        utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(copy.c_str())), &std::free);
    if (!nfc) throw ExportError(where + ": the text is not valid UTF-8");
    std::string out(reinterpret_cast<const char*>(nfc.get()));
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(out.data());
    std::size_t at = 0;
    while (at < out.size()) {
        utf8proc_int32_t c = 0;
        const auto n = utf8proc_iterate(p + at, static_cast<utf8proc_ssize_t>(out.size() - at), &c);
        if (n <= 0) throw ExportError(where + ": the text is not valid UTF-8");
        const auto cp = static_cast<char32_t>(c);
        // '\n' is a line break (w:br), never drawn.
        if (cp != '\n' && !drawable(cp)) {
            const bool control = cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
            const std::string shown = control ? "" : " '" + out.substr(at, static_cast<std::size_t>(n)) + "'";
            throw ExportError(codepoint_name(cp) + shown + " in " + where +
                              (control ? ": a control character cannot be written; remove it or write a space"
                                       : ": not in the repertoire the document's fonts are checked for (the pdf's: "
                                         "Vietnamese letters, Latin-1, common punctuation); write it with those"));
        }
        at += static_cast<std::size_t>(n);
    }
    return out;
}

std::string keep_spans_together(std::string s) {
    static const std::string nbsp = "\u00A0";
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (const char* dash_text : {" - ", " \u2013 "}) {
        const std::string dash = dash_text;
        for (std::size_t at = s.find(dash); at != std::string::npos; at = s.find(dash, at + 1)) {
            const std::size_t end = at + dash.size();
            if (at == 0 || end >= s.size() || !digit(s[at - 1]) || !digit(s[end])) continue;
            s.replace(end - 1, 1, nbsp);
            s.replace(at, 1, nbsp);
        }
    }
    return s;
}

}  // namespace wardreport::docx
