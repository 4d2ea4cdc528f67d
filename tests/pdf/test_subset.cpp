// The per-document font program: glyph ids kept, only the glyphs asked for (and the parts of
// composite ones) left with outlines, a valid font by fontTools' reading, checksums included.
#include "subset.hpp"
#include "samples.hpp"
#include "tools.hpp"

#include <wardreport/exporter.hpp>

#include <catch2/catch.hpp>

#include <fstream>

using namespace wardreport;
using namespace wardreport::pdf;
using namespace wardreport::pdf::test;

TEST_CASE("a font program cut to a few glyphs keeps their ids, their parts and nothing else", "[pdf][subset]") {
    const std::string face = std::string(WARDREPORT_PDF_FONT_DIR) + "/WardreportSerif-Regular.ttf";
    const TrueTypeSubsetter program(read_file(face), face);
    // Glyph ids of the build's subset face: 34 'A', 422 'ệ' (a composite of e, a circumflex and
    // the dot below); checked by the script below against the face itself.
    std::vector<bool> keep(program.glyph_count());
    keep[34] = keep[422] = true;
    const auto dir = scratch("subset");
    const auto out = dir / "cut.ttf";
    std::ofstream(out, std::ios::binary) << program.subset(keep);

    const std::string script = R"(
import sys
from fontTools.ttLib import TTFont
full, cut = TTFont(sys.argv[1]), TTFont(sys.argv[2], checkChecksums=2)
assert full.getGlyphID("A") == 34 and full.getGlyphID("uni1EC7") == 422
assert cut["maxp"].numGlyphs == full["maxp"].numGlyphs
parts = {full.getGlyphID(c.glyphName) for c in full["glyf"]["uni1EC7"].components}
assert len(parts) == 3, parts
drawn = lambda font, gid: font["glyf"][font.getGlyphName(gid)].numberOfContours != 0
kept = {g for g in range(cut["maxp"].numGlyphs) if drawn(cut, g)}
wanted = {g for g in {0, 34, 422} | parts if drawn(full, g)}
assert kept == wanted, (kept, wanted)
for g in kept:
    a, b = cut["glyf"][cut.getGlyphName(g)], full["glyf"][full.getGlyphName(g)]
    assert a.compile(cut["glyf"]) == b.compile(full["glyf"]), g
print("ok", len(kept))
)";
    std::ofstream(dir / "check.py") << script;
    const Output r = run("/usr/bin/python3 " + quote(dir / "check.py") + " " + quote(face) + " " + quote(out), true);
    INFO(r.text);
    CHECK(r.status == 0);
    CHECK(r.text.rfind("ok ", 0) == 0);
}

TEST_CASE("a file that is not a TrueType font is refused by name", "[pdf][subset]") {
    CHECK_THROWS_WITH(TrueTypeSubsetter("not a font at all", "x.ttf"), Catch::Contains("x.ttf"));
    CHECK_THROWS_AS(TrueTypeSubsetter(std::string(64, '\0'), "y.ttf"), ExportError);
}

TEST_CASE("each font a PDF embeds holds the glyphs of the text shown and few others", "[pdf][subset]") {
    const auto pdf = render_to(samples::resolution(), scratch("subset-pdf"), "nghi-quyet");
    // Every FontFile2 of the file, by the face its descriptor names: a valid TrueType font
    // (checksums too) with glyph ids as in the face file, glyphs with outlines for every
    // character pdftotext reads in some embedded face, and not the whole face.
    const std::string script = R"py(
import io, re, subprocess, sys, zlib
from fontTools.ttLib import TTFont
pdf, faces = open(sys.argv[1], "rb").read(), sys.argv[2]
def stream(num):
    m = re.search(rb"\n%d 0 obj\s*<<(.*?)>>\s*stream\r?\n" % num, pdf, re.S)
    return zlib.decompress(pdf[m.end():])
kept = {}
for m in re.finditer(rb"/FontFile2 (\d+) 0 R", pdf):
    start = pdf.rfind(b" obj", 0, m.start())
    name = re.search(rb"/FontName /[A-Z]{6}\+([A-Za-z-]+)", pdf[start:m.start() + 200]).group(1).decode()
    cut = TTFont(io.BytesIO(stream(int(m.group(1)))), checkChecksums=2)
    full = TTFont("%s/%s.ttf" % (faces, name if "-" in name else name + "-Regular"))
    assert cut["maxp"].numGlyphs == full["maxp"].numGlyphs, name
    ids = {g for g in range(cut["maxp"].numGlyphs) if cut["glyf"][cut.getGlyphName(g)].numberOfContours != 0}
    assert 10 < len(ids) < full["maxp"].numGlyphs // 2, (name, len(ids))
    kept[name] = (full.getBestCmap(), ids, full)
assert len(kept) >= 2, kept.keys()
text = subprocess.run(["pdftotext", "-enc", "UTF-8", sys.argv[1], "-"], capture_output=True, text=True).stdout
for ch in set(text) - set(" \n\f"):
    c = ord(ch)
    assert any(c in cmap and full.getGlyphID(cmap[c]) in ids for cmap, ids, full in kept.values()), repr(ch)
print("ok", sorted((n, len(v[1])) for n, v in kept.items()))
)py";
    const auto dir = scratch("subset-pdf-check");
    std::ofstream(dir / "check.py") << script;
    const Output r = run("/usr/bin/python3 " + quote(dir / "check.py") + " " + quote(pdf) + " " +
                             quote(std::filesystem::path(WARDREPORT_PDF_FONT_DIR)), true);
    INFO(r.text);
    CHECK(r.status == 0);
    CHECK(r.text.rfind("ok ", 0) == 0);
}
