// `wardreport schema`: the JSON Schema of the ward data file, for editors' completion and checks.
#include "commands.hpp"
#include "util/i18n.hpp"

#include "load/loader.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

namespace wardreport::cli {

void add_schema_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("schema", tr("Print the JSON Schema (draft 2020-12) of the ward data file"));
    auto output = std::make_shared<std::string>();
    cmd->add_option("-o,--output", *output, tr("Write the schema to this file instead of standard output"));
    cmd->footer(tr("Editors use it for completion and checks, e.g. with the YAML extension of VS Code:\n"
                   "  # yaml-language-server: $schema=ward.schema.json"));
    cmd->callback([output, &exit_code] {
        const std::string schema = load::json_schema();
        if (output->empty()) {
            std::cout << schema;  // a failed write is reported by main, as for every command
            return;
        }
        // Written beside the target and renamed, so a failed write leaves no half file.
        const std::string tmp = *output + ".tmp";
        {
            std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
            out << schema;
            out.close();
            if (!out) {
                std::cerr << "wardreport: error: " << tr("cannot write {1}", *output).text << '\n';
                std::remove(tmp.c_str());
                exit_code = 1;
                return;
            }
        }
        if (std::rename(tmp.c_str(), output->c_str()) != 0) {
            std::cerr << "wardreport: error: " << tr("cannot write {1}", *output).text << '\n';
            std::remove(tmp.c_str());
            exit_code = 1;
        }
    });
}

}  // namespace wardreport::cli
