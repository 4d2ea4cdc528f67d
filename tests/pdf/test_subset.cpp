// The per-document font program: glyph ids kept, only the glyphs asked for (and the parts of
// composite ones) left with outlines, a valid font by fontTools' reading, checksums included.
#include "subset.hpp"
#include "tools.hpp"

#include <wardreport/exporter.hpp>

#include <catch2/catch.hpp>

#include <fstream>

using namespace wardreport;
using namespace wardreport::pdf;
using namespace wardreport::pdf::test;

TEST_CASE("a font program cut to a few glyphs keeps their ids, their parts and nothing else", "[pdf][subset]") {
    const std::string face = std::string(WARDREPORT_PDF_FONT_DIR) + "/LiberationSerif-Regular.ttf";
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
