// SCAFFOLD: replaced by the real command in this session.
#include "commands.hpp"
#include <iostream>
namespace wardreport::cli {
void add_reports_command(CLI::App& app, int& exit_code) {
    app.add_subcommand("reports", "(not yet implemented)")->callback([&exit_code] {
        std::cerr << "wardreport: reports: not implemented yet\n";
        exit_code = 1;
    });
}
}  // namespace wardreport::cli
