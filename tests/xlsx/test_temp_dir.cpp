// Where the workbook's temporary files go (temp_dir.hpp): a RAM file system for workbooks of
// bounded size when it has room, the output's folder otherwise; the bytes written are the same.
#include "helpers.hpp"
#include "ky_son_document.hpp"

#include "temp_dir.hpp"
#include "workbook_writer.hpp"

#include <catch2/catch.hpp>

#include <sys/statfs.h>
#include <unistd.h>

namespace fs = std::filesystem;
using wardreport::xlsx::temporary_dir;

namespace {

bool writable_tmpfs(const char* dir) {
    struct statfs s {};
    return ::statfs(dir, &s) == 0 && s.f_type == 0x01021994 && ::access(dir, W_OK | X_OK) == 0;
}

}  // namespace

TEST_CASE("xlsx temporaries: in RAM when it has room, beside the output otherwise") {
    const std::string beside = xlsx_test::output_dir("temp-dir").string();
    // Rows streamed to files that grow with the rows (constant memory): always beside.
    CHECK(temporary_dir(0, {"/dev/shm"}, beside) == beside);
    // Not a RAM file system, or missing: beside.
    CHECK(temporary_dir(1 << 20, {"/proc/self", "/nonexistent-dir"}, beside) == beside);
    if (!writable_tmpfs("/dev/shm")) {
        WARN("/dev/shm is not a writable tmpfs here: the RAM cases are not checked");
        return;
    }
    CHECK(temporary_dir(1 << 20, {"/nonexistent-dir", "/dev/shm"}, beside) == "/dev/shm");
    // More than the RAM file system has free: beside.
    CHECK(temporary_dir(std::uint64_t{1} << 60, {"/dev/shm"}, beside) == beside);
}

TEST_CASE("xlsx temporaries: the workbook's bytes do not depend on where they went") {
    const fs::path dir = xlsx_test::output_dir("temp-dir-bytes");
    const auto d = xlsx_test::ky_son_statistics();
    wardreport::xlsx::WorkbookOptions in_ram, on_disk;
    in_ram.temporary_dir = writable_tmpfs("/dev/shm") ? "/dev/shm" : dir.string();
    on_disk.temporary_dir = dir.string();
    wardreport::xlsx::write_workbook(d, dir / "ram.xlsx", in_ram);
    wardreport::xlsx::write_workbook(d, dir / "disk.xlsx", on_disk);
    wardreport::xlsx::write_workbook(d, dir / "chosen.xlsx");
    const std::string disk = xlsx_test::read_bytes(dir / "disk.xlsx");
    CHECK(disk.size() > 1000);
    CHECK(xlsx_test::read_bytes(dir / "ram.xlsx") == disk);
    CHECK(xlsx_test::read_bytes(dir / "chosen.xlsx") == disk);
    // Nothing left behind in the folder: libxlsxwriter unlinks each temporary as it opens it.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
    CHECK(files == 3);
}
