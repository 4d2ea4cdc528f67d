// SCAFFOLD: replaced by the real command in this session.
#include "commands.hpp"
#include <iostream>
namespace wardreport::cli {
void add_render_command(CLI::App& app, int& exit_code) {
    app.add_subcommand("render", "(not yet implemented)")->callback([&exit_code] {
        std::cerr << "wardreport: render: not implemented yet\n";
        exit_code = 1;
    });
}
}  // namespace wardreport::cli
