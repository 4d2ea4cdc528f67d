#include "util/i18n.hpp"

#include "util/paths.hpp"

#include <libintl.h>

#include <clocale>
#include <cstdlib>

namespace wardreport::i18n {
namespace {

constexpr const char* kDomain = "wardreport";

const char* first_set(std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (const char* v = std::getenv(name); v && *v) return v;
    return nullptr;
}

}  // namespace

void init() {
    if (!std::setlocale(LC_MESSAGES, "")) {
        // The locale asked for is not generated (Debian without `locales`: only C and C.UTF-8
        // exist). gettext ignores LANGUAGE in the C locale but honours it in C.UTF-8, which glibc
        // always has: the language then still comes from LANG.
        const char* asked = first_set({"LC_ALL", "LC_MESSAGES", "LANG"});
        const std::string lang = asked ? std::string(asked).substr(0, std::string(asked).find_first_of(".@")) : "";
        if (!lang.empty() && lang != "C" && lang != "POSIX" && !first_set({"LANGUAGE"}))
            setenv("LANGUAGE", lang.c_str(), 1);
        std::setlocale(LC_MESSAGES, "C.UTF-8");
    }
    // wardreport writes UTF-8 whatever the locale's charset: texts other catalogues give in the
    // language chosen (strerror's, from libc's) must be UTF-8 too, not transliterated to '?'.
    std::setlocale(LC_CTYPE, "C.UTF-8");
    bindtextdomain(kDomain, (paths::prefix() / WARDREPORT_LOCALE_INSTALL_DIR).c_str());
    bind_textdomain_codeset(kDomain, "UTF-8");
}

const char* translate(const char* msgid) { return dgettext(kDomain, msgid); }

const char* translate_plural(const char* singular, const char* plural, unsigned long n) {
    return dngettext(kDomain, singular, plural, n);
}

Text make_text(const char* msgid, const char* format, std::initializer_list<std::string> args) {
    Text t;
    t.id = msgid;
    t.text = substitute(format, args, &t.hint_at);
    // A message made of other messages ("'{1}': {2}"): the hint is that of the inner one.
    if (t.hint_at == std::string::npos) t.hint_at = Text::find_hint(t.text);
    return t;
}

std::string substitute(std::string_view format, std::initializer_list<std::string> args, std::size_t* hint_at) {
    if (hint_at) *hint_at = std::string::npos;
    std::string out;
    out.reserve(format.size() + 32);
    for (std::size_t i = 0; i < format.size(); ++i) {
        const char c = format[i];
        if (c == '{' && i + 1 < format.size() && format[i + 1] == '{') {
            out += '{';
            ++i;
        } else if (c == '{' && i + 2 < format.size() && format[i + 1] >= '1' && format[i + 1] <= '9' &&
                   format[i + 2] == '}') {
            const std::size_t k = static_cast<std::size_t>(format[i + 1] - '1');
            if (k < args.size()) out += *(args.begin() + k);
            i += 2;
        } else {
            out += c;
            if (hint_at && *hint_at == std::string::npos && c == ' ' && i > 0 && format[i - 1] == ';')
                *hint_at = out.size();
        }
    }
    return out;
}

}  // namespace wardreport::i18n
