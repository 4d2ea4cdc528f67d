// Text files that are not UTF-8. Notepad's "Unicode" is UTF-16 with a byte order mark; such a
// file is decoded to UTF-8 and read on, so that a clerk need not convert it. Lines and columns
// count characters, so positions in the decoded text are the positions in the editor.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace wardreport::encoding {

enum class Kind { Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE };

// "UTF-16LE" and so on.
const char* name(Kind k);

// The encoding a byte order mark at the start of `bytes` names; Utf8 without one (or with a
// UTF-8 one).
Kind from_bom(std::string_view bytes);

// `bytes` (BOM included) in `k` decoded to UTF-8, the BOM dropped. On an invalid unit (a lone
// surrogate, a code point beyond U+10FFFF, a cut-off unit) nullopt, with its byte offset in
// `bad_at`.
std::optional<std::string> to_utf8(std::string_view bytes, Kind k, std::size_t& bad_at);

// Without a BOM: whether `bytes` look like UTF-16 or UTF-32 (the NUL bytes of ASCII text in
// them), and which; nullopt when they do not.
std::optional<Kind> guess_without_bom(std::string_view bytes);

}  // namespace wardreport::encoding
