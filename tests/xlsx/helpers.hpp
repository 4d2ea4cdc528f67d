// Shared by the xlsx tests: output paths and the openpyxl checker.
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace xlsx_test {

// A fresh, empty directory for the outputs of one test.
std::filesystem::path output_dir(const std::string& test);

struct CheckResult {
    int status = -1;
    std::string output;
};

// Runs tests/xlsx/check_workbook.py on `workbook` with `expectations` (written next to it).
CheckResult check_workbook(const std::filesystem::path& workbook, const nlohmann::json& expectations);

std::string read_bytes(const std::filesystem::path& p);

// Runs a shell command, returning its exit status and combined output.
CheckResult run(const std::string& command);

}  // namespace xlsx_test
