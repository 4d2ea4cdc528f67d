#include "tools.hpp"

#include "render.hpp"

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <regex>
#include <sys/wait.h>

namespace wardreport::pdf::test {

std::string quote(const std::filesystem::path& p) {
    std::string s = "'";
    for (char c : p.string()) s += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return s + "'";
}

Output run(const std::string& command, bool with_stderr) {
    Output out;
    FILE* f = popen((command + (with_stderr ? " 2>&1" : " 2>/dev/null")).c_str(), "r");
    if (!f) return out;
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), f)) > 0) out.text.append(buf.data(), n);
    const int status = pclose(f);
    out.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}

std::filesystem::path scratch(const std::string& name) {
    const std::filesystem::path dir = std::filesystem::path(WARDREPORT_BINARY_DIR) / "tests" / "pdf" / "out" / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

std::filesystem::path render_to(const doc::Document& d, const std::filesystem::path& dir, const std::string& name) {
    RenderOptions options;
    options.font_dir = WARDREPORT_PDF_FONT_DIR;
    const std::filesystem::path out = dir / (name + ".pdf");
    render(d, out, options);
    return out;
}

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string pdf_text(const std::filesystem::path& pdf, int page) {
    std::string range = page > 0 ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : "";
    return run("pdftotext -enc UTF-8" + range + " " + quote(pdf) + " -").text;
}

int pdf_pages(const std::filesystem::path& pdf) {
    const std::string info = run("pdfinfo " + quote(pdf)).text;
    std::smatch m;
    if (std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)"))) return std::stoi(m[1]);
    return -1;
}

}  // namespace wardreport::pdf::test
