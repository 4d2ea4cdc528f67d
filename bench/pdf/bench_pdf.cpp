// Render time and peak memory of the pdf writer.
//   bench_pdf [--fonts DIR] [--out DIR] [--rows N] [--repeat N]
// Each case is rendered `repeat` times in this process, through one set of faces prepared on
// the first render (as the plugin's exporter keeps them); the best time is reported, so the
// per-document cost, and the first render's, which includes preparing the faces. Peak memory
// is the process's maximum resident set (getrusage), measured after each case, so cases run in
// increasing size.
#include "render.hpp"
#include "samples.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/resource.h>

namespace {

long peak_kib() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace wardreport;
    std::filesystem::path fonts = WARDREPORT_PDF_FONT_DIR, out = std::filesystem::temp_directory_path() / "bench-pdf";
    std::size_t rows = 2000;
    int repeat = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i], v = argv[i + 1];
        if (a == "--fonts") fonts = v;
        else if (a == "--out") out = v;
        else if (a == "--rows") rows = std::stoul(v);
        else if (a == "--repeat") repeat = std::max(1, std::stoi(v));
        else {
            std::fprintf(stderr, "usage: bench_pdf [--fonts DIR] [--out DIR] [--rows N] [--repeat N]\n");
            return 2;
        }
    }
    std::filesystem::create_directories(out);
    pdf::FaceLibrary faces(fonts);
    struct Case {
        const char* name;
        doc::Document doc;
    };
    const Case cases[] = {{"resolution (hd36)", pdf::samples::resolution()},
                          {"state report (nd30)", pdf::samples::state_report()},
                          {"table rows", pdf::samples::long_table(rows)}};
    std::printf("fonts: %s\n%-22s %6s %10s %10s %10s %12s\n", fonts.c_str(), "case", "pages", "first ms", "best ms",
                "KiB", "peak RSS KiB");
    for (const Case& c : cases) {
        double best = 1e300, first = 0;
        std::size_t pages = 0;
        const auto file = out / (std::string(c.doc.file_stem) + ".pdf");
        for (int r = 0; r < repeat; ++r) {
            const auto t0 = std::chrono::steady_clock::now();
            pages = pdf::render(c.doc, file, faces).pages;
            const auto t1 = std::chrono::steady_clock::now();
            const double ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
            if (r == 0) first = ms;
            best = std::min(best, ms);
        }
        std::printf("%-22s %6zu %10.1f %10.1f %10ju %12ld\n", c.name, pages, first, best,
                    static_cast<std::uintmax_t>(std::filesystem::file_size(file) / 1024), peak_kib());
    }
    return 0;
}
