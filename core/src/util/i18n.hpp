// Messages in the user's language (gettext, domain "wardreport"). A message is marked where it
// is written, whole, as a format string: tr("'{1}' is {2}; expected {3}", key, found, what).
// Translators see the full sentence and may reorder {1}..{9}; xgettext finds every tr() and
// trn() (po/CMakeLists.txt). Without a catalogue, or in the C locale, the English text is used.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>

namespace wardreport::i18n {

// Chooses the language from the locale environment (LC_ALL, LC_MESSAGES, LANG, LANGUAGE) and
// finds the catalogues beside the executable: <prefix>/share/locale. Called once by main; only
// LC_MESSAGES (and LC_CTYPE, to C.UTF-8) are set, so that numbers keep their '.' in every
// writer's printf.
void init();

// A message and the English format string it was made from: the id stays the same in every
// language, for tools (validate --format json).
// Messages say "what is wrong; what to write instead": `hint_at` is where the second part
// starts in `text`, found in the format string (a "; " inside a quoted value is not it).
struct Text {
    std::string id;    // the untranslated format string; empty for a text from elsewhere
    std::string text;  // what the user reads
    std::size_t hint_at = std::string::npos;
    Text() = default;
    Text(std::string s) : text(std::move(s)) { hint_at = find_hint(text); }  // NOLINT: an unmarked text
    Text(const char* s) : Text(std::string(s)) {}                           // NOLINT
    operator const std::string&() const { return text; }                     // NOLINT

    // After the first "; ", or npos.
    static std::size_t find_hint(std::string_view s) {
        const std::size_t at = s.find("; ");
        return at == std::string_view::npos ? at : at + 2;
    }
};

// The translation of msgid ("" when there is none: the msgid itself).
const char* translate(const char* msgid);
const char* translate_plural(const char* singular, const char* plural, unsigned long n);

// `format` with {1}..{9} replaced by args[0..8]; "{{" is a literal '{'. `hint_at`: where the
// text after the format's own first "; " starts in the result (npos when it has none).
std::string substitute(std::string_view format, std::initializer_list<std::string> args,
                       std::size_t* hint_at = nullptr);

// The message made from msgid and its translation `format`.
Text make_text(const char* msgid, const char* format, std::initializer_list<std::string> args);

template <class T>
std::string arg_text(const T& value) {
    if constexpr (std::is_same_v<T, Text>) return value.text;
    else if constexpr (std::is_convertible_v<const T&, std::string_view>) return std::string(std::string_view(value));
    else {
        std::ostringstream os;
        os << value;
        return os.str();
    }
}

template <class... Args>
Text tr(const char* msgid, const Args&... args) {
    return make_text(msgid, translate(msgid), {arg_text(args)...});
}

// The form for n (n is also {1} unless other arguments come first: it is prepended).
template <class... Args>
Text trn(const char* singular, const char* plural, std::size_t n, const Args&... args) {
    return make_text(n == 1 ? singular : plural, translate_plural(singular, plural, n), {arg_text(n), arg_text(args)...});
}

}  // namespace wardreport::i18n

namespace wardreport {
using i18n::tr;
using i18n::trn;
}  // namespace wardreport
