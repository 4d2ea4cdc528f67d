#include "helpers.hpp"

#include "support/support.hpp"

#include <fstream>

namespace xlsx_test {

std::filesystem::path output_dir(const std::string& test) { return wrtest::scratch("xlsx", test); }

CheckResult run(const std::string& command) {
    const wrtest::Result r = wrtest::shell(command);
    return CheckResult{r.status, r.out + r.err};
}

CheckResult check_workbook(const std::filesystem::path& workbook, const nlohmann::json& expectations) {
    auto json_path = workbook;
    json_path.replace_extension(".expect.json");
    std::ofstream(json_path) << expectations.dump(2);
    const std::string script = std::string(WARDREPORT_SOURCE_DIR) + "/tests/xlsx/check_workbook.py";
    return run("/usr/bin/python3 '" + script + "' '" + workbook.string() + "' '" + json_path.string() + "'");
}

std::string read_bytes(const std::filesystem::path& p) { return wrtest::read_file(p); }

}  // namespace xlsx_test
