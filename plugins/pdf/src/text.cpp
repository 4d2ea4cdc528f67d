#include "text.hpp"

#include <wardreport/exporter.hpp>
#include <wardreport/nfc.hpp>

#include <utf8proc.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace wardreport::pdf {

std::string nfc(std::string_view s, const std::string& where) {
    if (s.empty()) return {};
    // utf8proc_NFC needs a NUL-terminated string and returns NULL on invalid UTF-8.
    const std::string copy(s);
    if (copy.find('\0') != std::string::npos)
        throw ExportError(where + ": the text contains a NUL character");
    if (already_nfc(copy)) return copy;
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> out(
        utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(copy.c_str())), &std::free);
    if (!out) throw ExportError(where + ": the text is not valid UTF-8");
    return std::string(reinterpret_cast<const char*>(out.get()));
}

std::size_t utf8_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    return 4;
}

std::vector<char32_t> code_points(std::string_view s) {
    std::vector<char32_t> out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        utf8proc_int32_t c = 0;
        const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), &c);
        if (n <= 0) {  // callers pass NFC output, which is valid; skip a byte rather than loop
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        out.push_back(static_cast<char32_t>(c));
        i += static_cast<std::size_t>(n);
    }
    return out;
}

std::string codepoint_name(char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

}  // namespace wardreport::pdf
