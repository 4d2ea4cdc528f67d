// End to end: the CLI renders the Kỳ Sơn sample's reports through the built pdf plugin.
#include "text.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <vector>

using namespace wardreport::pdf;
using namespace wardreport::pdf::test;

TEST_CASE("the CLI renders the Kỳ Sơn sample as official PDFs", "[pdf][cli]") {
    REQUIRE(std::filesystem::exists(WARDREPORT_CLI));
    const auto dir = scratch("cli");
    const Output r = run(quote(WARDREPORT_CLI) + " render " +
                         quote(std::filesystem::path(WARDREPORT_SOURCE_DIR) / "samples" / "ky-son.yaml") +
                         " --format pdf -o " + quote(dir), true);
    INFO(r.text);
    REQUIRE(r.status == 0);
    std::vector<std::filesystem::path> pdfs;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".pdf") pdfs.push_back(e.path());
    REQUIRE(!pdfs.empty());
    bool resolution = false;
    for (const auto& pdf : pdfs) {
        INFO(pdf.string());
        CHECK(run("qpdf --check " + quote(pdf)).status == 0);
        // Standard output discarded: poppler's complaints (a bad ToUnicode map, ...) are left.
        CHECK(run("pdftotext -enc UTF-8 " + quote(pdf) + " /dev/null", true).text.empty());
        const std::string fonts = run("pdffonts " + quote(pdf)).text;
        CHECK(fonts.find("WardreportSerif") != std::string::npos);
        CHECK_FALSE(std::regex_search(fonts, std::regex("Identity-H\\s+no")));
        const int pages = pdf_pages(pdf);
        const std::string info = run("pdfinfo -f 1 -l " + std::to_string(pages) + " " + quote(pdf)).text;
        const std::regex a4("size: +(595.276 x 841.89|841.89 x 595.276) pts \\(A4\\)");  // or landscape
        CHECK(std::distance(std::sregex_iterator(info.begin(), info.end(), a4), std::sregex_iterator()) == pages);
        const std::string text = pdf_text(pdf);
        CHECK(nfc(text, "pdftotext") == text);
        CHECK(text.find("KỲ SƠN") != std::string::npos);
        if (pdf.filename().string().find("nghi-quyet") != std::string::npos) {
            resolution = true;
            CHECK(text.find("ĐẢNG CỘNG SẢN VIỆT NAM") != std::string::npos);
            CHECK(text.find("1.789") != std::string::npos);
        }
    }
    CHECK(resolution);  // the congress resolution is among them
}
