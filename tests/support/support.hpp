// What every test area needs: files, temporary folders, the repository's paths, and running
// the real CLI or a shell command with both output streams captured. One place, so that a
// fix (a signal reported as such, a folder left unwritable by a test) reaches every test.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace wrtest {

namespace fs = std::filesystem;

std::string read_file(const fs::path& p);
void write_file(const fs::path& p, const std::string& bytes);

// `s` single-quoted for sh.
std::string quote(const std::string& s);
inline std::string quote(const fs::path& p) { return quote(p.string()); }

// A path under the source tree: source_path("samples/ky-son.yaml").
fs::path source_path(const std::string& relative);
fs::path sample(const std::string& name);

// A fresh, empty folder in the build tree for the outputs of one test, kept after the test so
// that a failure can be looked at: <build>/tests/<area>/out/<name>.
fs::path scratch(const std::string& area, const std::string& name);

// A fresh folder under the system's temporary folder, removed with everything in it (also
// folders a test left without write permission).
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }
    fs::path dir(const std::string& name) const;                               // made, 0755
    fs::path write(const std::string& name, const std::string& bytes) const;  // parents made

private:
    fs::path path_;
};

struct Result {
    int status = -1;  // the exit status; -1 when the process ended by a signal
    std::string out, err;
};

// `sh -c command`, both streams captured.
Result shell(const std::string& command);
// The built CLI with `args`, already shell-quoted.
Result cli(const std::string& args);

bool contains(const std::string& haystack, const std::string& needle);

}  // namespace wrtest
