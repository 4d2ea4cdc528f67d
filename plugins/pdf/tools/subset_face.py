#!/usr/bin/python3
"""Cuts a Liberation Serif face down to the Vietnamese repertoire and renames it.

    subset_face.py SOURCE.ttf UNICODES OUTPUT.ttf

The fonts are under the SIL Open Font License 1.1 with the Reserved Font Names "Liberation",
"Tinos" (and "Arimo", "Cousine"): a Modified Version, which a subset is, may not be
distributed under a reserved name (OFL section 3). The subset is therefore named "Wardreport
Serif" in every name record that names the font; the copyright, licence and the credit to its
designers stay as they are (OFL sections 2 and 4). Documents embed it under that name."""
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

RESERVED = ("Liberation", "Tinos", "Arimo", "Cousine")
NEW_FAMILY = "Wardreport Serif"
# Family, unique id, full name, PostScript name, typographic family, WWS family, compatible full.
NAME_IDS = (1, 3, 4, 6, 16, 18, 21)


def renamed(text, name_id):
    if name_id == 6:  # PostScript names have no spaces: "LiberationSerif-Bold"
        return text.replace("LiberationSerif", NEW_FAMILY.replace(" ", ""))
    return text.replace("Liberation Serif", NEW_FAMILY)


def main(source, unicodes, output):
    options = subset.Options()
    options.hinting = False
    options.drop_tables += ["FFTM"]
    # The source's own timestamps, not the time of the build: two builds of one release give
    # the same font bytes, and so the same PDFs and the same package.
    font = TTFont(source, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(unicodes))
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID in NAME_IDS:
            text = renamed(record.toUnicode(), record.nameID)
            if any(r in text for r in RESERVED):
                sys.exit(f"subset_face.py: name {record.nameID} of {source} still holds a reserved name: {text!r}")
            record.string = text
    # Where the font came from, as OFL section 4 lets the derived font say.
    font["name"].setName(f"{NEW_FAMILY}: Liberation Serif cut to the Vietnamese repertoire for wardreport",
                         10, 3, 1, 0x409)
    font.save(output)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
