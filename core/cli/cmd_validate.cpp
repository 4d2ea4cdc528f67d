// `wardreport validate FILE...`: checks ward data files; problems on stderr, one summary line a
// file on stdout.
#include "commands.hpp"

#include "load/loader.hpp"
#include "util/diagnostics.hpp"
#include "util/input.hpp"
#include "util/text.hpp"

#include <iostream>
#include <string>
#include <vector>

namespace wardreport::cli {
namespace {

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

void add_validate_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("validate", "Check ward data files and report every problem as FILE:LINE:COLUMN");
    auto files = std::make_shared<std::vector<std::string>>();
    cmd->add_option("FILE", *files, "Ward data files (YAML, or JSON); - reads standard input")->required();
    cmd->footer("Exit status: 0 all files valid (warnings allowed), 1 a file has errors, 2 usage error.\n"
                "The format is described in docs/data-format.md; `wardreport schema` prints its JSON Schema.");
    cmd->callback([files, &exit_code] {
        for (const std::string& file : *files) {
            Diagnostics diags;
            const bool ok = load::load_file(file, diags).has_value();
            diags.print(std::cerr);
            const std::string counts = "(" + plural(diags.error_count(), "error") + ", " +
                                       plural(diags.warning_count(), "warning") + ")";
            const std::string name = text::printable(input::display_name(file));  // no bidi control raw
            if (ok) std::cout << name << ": ok " << counts << '\n';
            else {
                std::cerr << name << ": invalid " << counts << '\n';
                exit_code = 1;
            }
        }
    });
}

}  // namespace wardreport::cli
