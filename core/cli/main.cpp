// wardreport: official documents and statistics of Vietnamese wards.
#include "commands.hpp"
#include "language.hpp"

#include "util/i18n.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>

namespace {

// Results go to standard output: a write that failed there (a full disk, /dev/full, a closed
// file) is a failed run, reported like any other error, never a silent exit 0.
int check_stdout(int code) {
    errno = 0;
    std::cout.flush();
    const bool flushed = std::fflush(stdout) == 0;
    const int error = errno;
    if (flushed && std::cout.good() && !std::ferror(stdout)) return code;
    std::cerr << "wardreport: error: "
              << wardreport::tr("cannot write to standard output ({1}); expected somewhere with room to write",
                                error ? std::strerror(error) : "write failed").text
              << '\n';
    return 1;
}

int run(int argc, char** argv);

}  // namespace

int main(int argc, char** argv) { return check_stdout(run(argc, argv)); }

namespace {

int run(int argc, char** argv) {
    wardreport::i18n::init();
    CLI::App app{wardreport::tr("wardreport: official documents and statistics of Vietnamese wards\n"
                                "(Nghị quyết Đại hội, báo cáo thống kê, theo dõi chỉ tiêu) as PDF, Excel or a plugin's format."),
                 "wardreport"};
    wardreport::cli::localise(app);
    app.set_version_flag("--version", "wardreport " WARDREPORT_VERSION_STRING,
                         wardreport::tr("Display program version information and exit"));
    app.require_subcommand(1);
    app.fallthrough(false);

    int exit_code = 0;
    wardreport::cli::add_validate_command(app, exit_code);
    wardreport::cli::add_schema_command(app, exit_code);
    wardreport::cli::add_reports_command(app, exit_code);
    wardreport::cli::add_plugins_command(app, exit_code);
    wardreport::cli::add_render_command(app, exit_code);
    wardreport::cli::add_batch_command(app, exit_code);
    wardreport::cli::add_import_command(app, exit_code);
    wardreport::cli::localise_subcommands(app);

    // CLI11 says only "A subcommand is required" for a mistyped one: name it and the valid ones.
    if (argc > 1 && argv[1][0] != '-') {
        bool known = false;
        std::string names;
        for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
            known = known || sub->get_name() == argv[1];
            names += (names.empty() ? "" : ", ") + sub->get_name();
        }
        if (!known) {
            std::cerr << wardreport::tr("wardreport: unknown command '{1}'; expected one of: {2} (see wardreport --help)",
                                        argv[1], names).text
                      << '\n';
            return 2;
        }
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version are "errors" that exit 0; anything else is a usage error: 2.
        const int code = app.exit(e);
        return code == 0 ? 0 : 2;
    } catch (const std::exception& e) {
        std::cerr << "wardreport: error: " << e.what() << '\n';
        return 1;
    }
    return exit_code;
}

}  // namespace
