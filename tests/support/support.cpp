#include "support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace wrtest {

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_file(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary);
    out << bytes;
    if (!out.flush()) throw std::runtime_error("cannot write " + p.string());
}

std::string quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

fs::path source_path(const std::string& relative) { return fs::path(WARDREPORT_SOURCE_DIR) / relative; }
fs::path sample(const std::string& name) { return source_path("samples") / name; }

fs::path scratch(const std::string& area, const std::string& name) {
    const fs::path dir = fs::path(WARDREPORT_BINARY_DIR) / "tests" / area / "out" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

TempDir::TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "wardreport-test-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
    fs::permissions(path_, fs::perms(0755));
}

TempDir::~TempDir() {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(path_, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
        if (it->is_directory(ec)) fs::permissions(it->path(), fs::perms(0755), ec);
    fs::remove_all(path_, ec);
}

fs::path TempDir::dir(const std::string& name) const {
    const fs::path d = path_ / name;
    fs::create_directories(d);
    fs::permissions(d, fs::perms(0755));
    return d;
}

fs::path TempDir::write(const std::string& name, const std::string& bytes) const {
    const fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    write_file(p, bytes);
    return p;
}

Result shell(const std::string& command) {
    TempDir io;
    const std::string full = "sh -c " + quote(command) + " >" + quote(io.path() / "out") + " 2>" + quote(io.path() / "err");
    const int raw = std::system(full.c_str());
    Result r;
    // sh reports a child ended by signal N as exit status 128 + N.
    r.status = WIFEXITED(raw) && WEXITSTATUS(raw) <= 128 ? WEXITSTATUS(raw) : -1;
    r.out = read_file(io.path() / "out");
    r.err = read_file(io.path() / "err");
    return r;
}

Result cli(const std::string& args) { return shell(quote(std::string(WARDREPORT_CLI)) + " " + args); }

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace wrtest
