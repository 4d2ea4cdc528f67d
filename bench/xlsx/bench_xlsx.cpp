// Writes the generated household table (tests/xlsx/ky_son_document.cpp) of N rows as a workbook
// and reports wall time, CPU time, peak RSS (getrusage) and file size. The rows are generated on
// demand, so the peak is what the writer itself holds.
//
//   bench_xlsx [ROWS=1000000] [OUTPUT=bench-households.xlsx] [auto|constant|normal]
#include "ky_son_document.hpp"
#include "workbook_writer.hpp"

#include <wardreport/exporter.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/resource.h>

namespace {
double seconds(const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; }
}  // namespace

int main(int argc, char** argv) {
    const std::size_t rows = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
    const std::filesystem::path out = argc > 2 ? argv[2] : "bench-households.xlsx";
    const std::string mode = argc > 3 ? argv[3] : "auto";
    wardreport::xlsx::WorkbookOptions opts;
    if (mode == "constant") opts.constant_memory = true;
    else if (mode == "normal") opts.constant_memory = false;

    const auto doc = xlsx_test::households(rows);
    const bool constant = wardreport::xlsx::uses_constant_memory(doc, opts);
    const auto start = std::chrono::steady_clock::now();
    try {
        wardreport::xlsx::write_workbook(doc, out, opts);
    } catch (const wardreport::ExportError& e) {
        std::fprintf(stderr, "bench_xlsx: %s\n", e.what());
        return 1;
    }
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    const double size_mb = static_cast<double>(std::filesystem::file_size(out)) / 1e6;
    std::printf("rows %zu, %s mode: %.2f s wall, %.2f s CPU, peak RSS %.1f MB, file %.1f MB (%s)\n", rows,
                constant ? "constant-memory" : "normal", wall, seconds(ru.ru_utime) + seconds(ru.ru_stime),
                static_cast<double>(ru.ru_maxrss) / 1024.0, size_mb, out.string().c_str());
    return 0;
}
