#!/usr/bin/python3
"""Every plugin shows the same figures: renders one ward file's documents as pdf, xlsx and md and
compares every table, cell by cell, with the document the engine built (`render --dump json`).

  check_formats.py --cli WARDREPORT --plugin-dir MD_PLUGIN_DIR [--reports-dir DIR] --work DIR FILE

- xlsx (openpyxl, cached values): each table on its own sheet, in document order after the text
  sheet; every cell's value is the document's number (a percent as a fraction) or text, an empty
  cell stays empty (never 0), the totals row holds the engine's totals, and the number format
  shows the figure as the document does.
- md (the sample Markdown plugin): the pipe tables in document order, every cell's text exactly
  as the document formats it, the totals row after the data rows.
- pdf (pdftotext -layout): each row's figures on one line, in column order, with no number on that
  line the row does not hold; the same for the totals row, so an unknown total never shows as 0.

Figures are formatted the way core/include/wardreport/vi_format.hpp does ("1.789", "68,3%",
"921 tỷ đồng"), with the decimals of the column. Exit 0 when everything agrees, else 1 with one
line per disagreement: document, table, row, column, what the format shows and what was expected.
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path

from document import Problems, tables
from md_check import check_md
from pdf_check import check_pdf
from xlsx_check import check_xlsx


def run(cmd):
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(map(str, cmd))}\n{result.stdout}{result.stderr}")
    return result.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cli", required=True)
    ap.add_argument("--plugin-dir", required=True, help="directory of the Markdown plugin")
    ap.add_argument("--reports-dir", action="append", default=[])
    ap.add_argument("--work", required=True, type=Path)
    ap.add_argument("file")
    a = ap.parse_args()

    extra = [arg for d in a.reports_dir for arg in ("--reports-dir", d)]
    # Each format's own document: a column a definition writes for some formats only
    # (`formats: [xlsx]`) is in those formats' documents and in no other.
    by_format = {}
    for fmt in ("pdf", "xlsx", "md"):
        dumped = json.loads(run([a.cli, "render", a.file, *extra, "--format", fmt, "--dump", "json"]))
        by_format[fmt] = dumped if isinstance(dumped, list) else [dumped]
    documents = by_format["pdf"]
    out = a.work / "out"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    run([a.cli, "render", a.file, *extra, "--plugin-dir", a.plugin_dir,
         "--format", "pdf", "--format", "xlsx", "--format", "md", "-o", str(out)])

    p = Problems()
    compared = {"pdf": 0, "xlsx": 0, "md": 0}
    totals = unknown_totals = 0
    for i, document in enumerate(documents):
        for fmt, check in (("xlsx", check_xlsx), ("md", check_md), ("pdf", check_pdf)):
            path = out / f"{document['file_stem']}.{fmt}"
            if not path.is_file():
                p.add(document["file_stem"], f"{fmt}: {path} was not written")
                continue
            compared[fmt] += check(p, by_format[fmt][i], path)
        for table in tables(document):
            totals += bool(table["totals"])
            unknown_totals += sum(1 for c, t in zip(table["columns"], table["totals"])
                                  if c.get("total") == "sum" and t["type"] == "empty")

    n = sum(len(tables(d)) for d in documents)
    print(f"{a.file}: {len(documents)} documents, {n} tables ({totals} with totals, {unknown_totals} unknown "
          f"totals) compared in xlsx {compared['xlsx']}, md {compared['md']}, pdf {compared['pdf']}")
    if n == 0:
        p.add(a.file, "no table to compare: the test would prove nothing")
    for line in p.lines:
        print(line)
    return 1 if p.lines else 0


if __name__ == "__main__":
    sys.exit(main())
