#include "helpers.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace xlsx_test {

std::filesystem::path output_dir(const std::string& test) {
    const auto dir = std::filesystem::path(WARDREPORT_BINARY_DIR) / "tests" / "xlsx-out" / test;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

CheckResult run(const std::string& command) {
    CheckResult r;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return r;
    char buf[4096];
    while (auto n = std::fread(buf, 1, sizeof buf, pipe)) r.output.append(buf, n);
    const int status = pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

CheckResult check_workbook(const std::filesystem::path& workbook, const nlohmann::json& expectations) {
    auto json_path = workbook;
    json_path.replace_extension(".expect.json");
    std::ofstream(json_path) << expectations.dump(2);
    const std::string script = std::string(WARDREPORT_SOURCE_DIR) + "/tests/xlsx/check_workbook.py";
    return run("/usr/bin/python3 '" + script + "' '" + workbook.string() + "' '" + json_path.string() + "'");
}

std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace xlsx_test
