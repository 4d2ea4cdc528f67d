#include "diagnostic_output.hpp"

#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

namespace wardreport::cli {

bool colour_stderr() {
    static const bool colour = [] {
        const char* no_color = std::getenv("NO_COLOR");
        const char* term = std::getenv("TERM");
        return isatty(STDERR_FILENO) == 1 && !(no_color && *no_color) && !(term && std::strcmp(term, "dumb") == 0);
    }();
    return colour;
}

void print_diagnostics(const Diagnostics& diags) { diags.print(std::cerr, colour_stderr()); }

nlohmann::ordered_json diagnostic_json(const Diagnostic& d) {
    using json = nlohmann::ordered_json;
    const std::size_t hint_at =
        d.hint_at != std::string::npos || !d.id.empty() ? d.hint_at : i18n::Text::find_hint(d.message);
    const bool has_hint = hint_at != std::string::npos && hint_at >= 2 && hint_at <= d.message.size();
    return json{{"file", d.file},
                {"line", d.line > 0 ? json(d.line) : json(nullptr)},
                {"column", d.column > 0 ? json(d.column) : json(nullptr)},
                {"severity", severity_name(d.severity)},
                {"id", d.id.empty() ? json(nullptr) : json(d.id)},
                {"message", has_hint ? d.message.substr(0, hint_at - 2) : d.message},
                {"hint", has_hint ? json(d.message.substr(hint_at)) : json(nullptr)}};
}

}  // namespace wardreport::cli
