#include "tools.hpp"

#include "render.hpp"
#include "support/support.hpp"

#include <regex>

namespace wardreport::pdf::test {

std::string quote(const std::filesystem::path& p) { return wrtest::quote(p); }

Output run(const std::string& command, bool with_stderr) {
    const wrtest::Result r = wrtest::shell(command);
    return Output{r.status, with_stderr ? r.out + r.err : r.out};
}

std::filesystem::path scratch(const std::string& name) { return wrtest::scratch("pdf", name); }

std::filesystem::path render_to(const doc::Document& d, const std::filesystem::path& dir, const std::string& name) {
    RenderOptions options;
    options.font_dir = WARDREPORT_PDF_FONT_DIR;
    const std::filesystem::path out = dir / (name + ".pdf");
    render(d, out, options);
    return out;
}

std::string read_file(const std::filesystem::path& p) { return wrtest::read_file(p); }

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
