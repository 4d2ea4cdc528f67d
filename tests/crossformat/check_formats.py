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
import re
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl

NUMERIC = {"integer", "decimal", "percent", "money"}


# ---- Vietnamese formatting, as vi_format.hpp --------------------------------------------------------

def rescaled(d, decimals):
    return d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def vi_number(d, grouped=True):
    """5587.9 → "5.587,9": thousands dot, decimal comma, the digits the Decimal has."""
    plain = format(d, "f")
    sign = "-" if plain.startswith("-") else ""
    body = plain.lstrip("-")
    whole, _, frac = body.partition(".")
    if grouped:
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = ".".join([whole] + groups)
    return sign + whole + ("," + frac if frac else "")


def vi_cell(cell, decimals=-1, unit=""):
    """How a document cell reads: vi::cell(cell, decimals, unit)."""
    kind = cell["type"]
    text = cell.get("text", "")
    if kind == "text" or text:
        return text
    if kind == "empty":
        return ""
    number = Decimal(cell["number"])
    value = rescaled(number, decimals) if decimals >= 0 else number
    if kind == "integer":
        return vi_number(rescaled(number, 0))
    if kind == "decimal":
        return vi_number(value)
    if kind == "percent":
        return vi_number(value) + "%"
    if unit == "%":
        return vi_number(value) + "%"
    return vi_number(value) + (" " + unit if unit else "")


# ---- the engine's documents and the rendered files ----------------------------------------------------

class Problems:
    def __init__(self):
        self.lines = []

    def add(self, where, message):
        self.lines.append(f"{where}: {message}")


def run(cmd):
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(map(str, cmd))}\n{result.stdout}{result.stderr}")
    return result.stdout


def tables_and_charts(document):
    return [b for b in document["blocks"] if b["type"] in ("table", "chart")]


def tables(document):
    return [b for b in document["blocks"] if b["type"] == "table"]


def data_rows(table):
    """Each row padded to the column count, as writers read it (a missing cell is Empty)."""
    n = len(table["columns"])
    return [row + [{"type": "empty"}] * (n - len(row)) for row in table["rows"]]


def where(document, table, row=None, column=None):
    s = f"{document['file_stem']}: table '{table['id']}'"
    if row is not None:
        s += ", totals row" if row == "totals" else f", row {row + 1}"
    if column is not None:
        s += f", column '{column['key']}'"
    return s


def described(cell):
    """The document's cell, for messages."""
    if cell["type"] == "empty":
        return "Empty"
    return cell["type"] + " " + (cell.get("number") or "") + (f" text {cell['text']!r}" if cell.get("text") else "")


# ---- xlsx ---------------------------------------------------------------------------------------------

def excel_display(value, code):
    """What a number format shows for `value`, written the Vietnamese way; None when the format
    is one this test does not know (a new kind of format is then reported, not passed)."""
    if code == "General":
        return None
    parts, number_at, pattern, i = [], None, "", 0
    while i < len(code):
        ch = code[i]
        if ch == '"':
            end = code.index('"', i + 1)
            parts.append(code[i + 1:end])
            i = end + 1
            continue
        if ch == "\\":
            parts.append(code[i + 1])
            i += 2
            continue
        if ch in "#0,.":
            if number_at is None:
                number_at = len(parts)
                parts.append("")
            elif number_at != len(parts) - 1:
                return None  # two number patterns
            pattern += ch
        else:
            parts.append(ch)
        i += 1
    if number_at is not None:
        whole, _, frac = pattern.partition(".")
        if frac.strip("0") or not whole.endswith("0"):
            return None
        d = Decimal(repr(float(value)))
        if "%" in parts:
            d *= 100
        parts[number_at] = vi_number(rescaled(d, len(frac)), grouped="," in whole)
    return "".join(parts)


def same_number(value, cell):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    expected = Decimal(cell["number"]) / (100 if cell["type"] == "percent" else 1)
    return abs(Decimal(repr(float(value))) - expected) <= Decimal("1e-9") * max(1, abs(expected))


def check_xlsx_cell(p, at, xcell, cell, column):
    value = xcell.value
    if cell["type"] == "empty":
        if value not in (None, ""):
            p.add(at, f"xlsx holds {value!r}; the document's cell is Empty (unknown is never 0)")
        return
    if cell["type"] == "text":
        if value != cell.get("text", ""):
            p.add(at, f"xlsx holds {value!r}; expected the text {cell.get('text', '')!r}")
        return
    expected = vi_cell(cell, column["decimals"], column.get("unit", ""))
    if isinstance(value, str):
        # A display text the writer could not express as a number format is written as text.
        if not cell.get("text") or value != cell["text"]:
            p.add(at, f"xlsx holds the text {value!r}; expected the number {cell['number']} ({expected!r})")
        return
    if not same_number(value, cell):
        p.add(at, f"xlsx holds {value!r}; expected {described(cell)}"
                  f"{' (stored as a fraction)' if cell['type'] == 'percent' else ''}")
        return
    shown = excel_display(value, xcell.number_format)
    if shown is None:
        p.add(at, f"xlsx number format {xcell.number_format!r} is not one this test reads; expected it to show {expected!r}")
    elif shown != expected:
        p.add(at, f"xlsx shows {shown!r} (format {xcell.number_format!r}); expected {expected!r}")


def check_xlsx(p, document, path):
    book = openpyxl.load_workbook(path, data_only=True)
    sheets = book.worksheets[1:]  # the first sheet holds the text
    doc_tables = tables(document)
    if len(sheets) < len(doc_tables):
        p.add(document["file_stem"], f"xlsx has {len(sheets)} sheets after the text sheet; expected one per table ({len(doc_tables)})")
        return 0
    for table, ws in zip(doc_tables, sheets):
        header = 1 + bool(table["title"]) + bool(table["unit_note"])
        if table["title"] and ws.cell(1, 1).value != table["title"]:
            p.add(where(document, table), f"xlsx sheet '{ws.title}' row 1 holds {ws.cell(1, 1).value!r}; expected the title {table['title']!r}")
            continue
        titles = [ws.cell(header, c + 1).value for c in range(len(table["columns"]))]
        if titles != [c["title"] for c in table["columns"]]:
            p.add(where(document, table), f"xlsx sheet '{ws.title}' header row {header} is {titles}; expected the column titles")
            continue
        rows = data_rows(table) + ([table["totals"]] if table["totals"] else [])
        for i, row in enumerate(rows):
            label = "totals" if table["totals"] and i == len(rows) - 1 else i
            for c, column in enumerate(table["columns"]):
                check_xlsx_cell(p, where(document, table, label, column), ws.cell(header + 1 + i, c + 1), row[c], column)
        after = [ws.cell(header + 1 + len(rows), c + 1).value for c in range(len(table["columns"]))]
        if any(v not in (None, "") for v in after):
            p.add(where(document, table), f"xlsx has a row after the last one of the document: {after}")
    return len(doc_tables)


# ---- md -----------------------------------------------------------------------------------------------

def md_cells(line):
    """The cells of a pipe-table line as (text, bold), Markdown escapes undone."""
    raw, cells, i = "", [], 1
    while i < len(line):
        if line[i] == "\\" and i + 1 < len(line):
            raw += line[i:i + 2]
            i += 2
            continue
        if line[i] == "|":
            cells.append(raw)
            raw = ""
        else:
            raw += line[i]
        i += 1
    out = []
    for cell in cells:
        text = cell[1:-1] if cell.startswith(" ") and cell.endswith(" ") else cell
        bold = len(text) >= 4 and text.startswith("**") and text.endswith("**")
        if bold:
            text = text[2:-2]
        text = re.sub(r"\\(.)", r"\1", text).replace("<br>", "\n")
        out.append((text, bold))
    return out


def md_tables(text):
    groups, current = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def check_md(p, document, path):
    blocks = tables_and_charts(document)
    groups = md_tables(path.read_text(encoding="utf-8"))
    if len(groups) != len(blocks):
        p.add(document["file_stem"], f"md has {len(groups)} tables; expected one per table and chart ({len(blocks)})")
        return 0
    for table, lines in zip(blocks, groups):
        if table["type"] != "table":
            continue
        columns = table["columns"]
        titles = [c["title"] + (f" ({c['unit']})" if c["type"] == "money" and c.get("unit") else "") for c in columns]
        if [t for t, _ in md_cells(lines[0])] != titles:
            p.add(where(document, table), f"md header is {[t for t, _ in md_cells(lines[0])]}; expected {titles}")
        rows = data_rows(table) + ([table["totals"]] if table["totals"] else [])
        if len(lines) - 2 != len(rows):
            p.add(where(document, table), f"md has {len(lines) - 2} rows; expected {len(rows)}")
            continue
        for i, (row, line) in enumerate(zip(rows, lines[2:])):
            totals = table["totals"] and i == len(rows) - 1
            cells = md_cells(line)
            if len(cells) != len(columns):
                p.add(where(document, table, "totals" if totals else i), f"md row has {len(cells)} cells; expected {len(columns)}")
                continue
            for column, cell, (text, bold) in zip(columns, row, cells):
                at = where(document, table, "totals" if totals else i, column)
                expected = vi_cell(cell, column["decimals"])  # money shows its unit in the header
                if text != expected:
                    p.add(at, f"md shows {text!r}; expected {expected!r} ({described(cell)})")
                elif bool(expected) and bold != bool(cell.get("bold") or totals):
                    p.add(at, f"md shows {text!r} {'bold' if bold else 'not bold'}; expected the opposite")
    return len(tables(document))


# ---- pdf ----------------------------------------------------------------------------------------------

FIGURE = re.compile(r"^[+\-\u2212]?\d[\d.,]*%?$")


def number_tokens(tokens):
    return [t for t in tokens if FIGURE.match(t)]


def is_subsequence(needles, tokens):
    it = iter(tokens)
    return all(any(n == t for t in it) for n in needles)


def without(pool, items):
    """`pool` minus `items` as multisets, or None when `items` holds something `pool` lacks."""
    left = list(pool)
    for x in items:
        if x not in left:
            return None
        left.remove(x)
    return left


def pdf_row_line(lines, start, figures, anchor, allowed):
    """The first line from `start` holding `figures` in order (or, for a row without figures,
    the `anchor` tokens) with no number that is not in `allowed`; its index or None."""
    wanted = figures or anchor
    for k in range(start, len(lines)):
        tokens = lines[k].split()
        if wanted and is_subsequence(wanted, tokens) and without(allowed, number_tokens(tokens)) is not None:
            return k
    return None


def pdf_expectations(table, row):
    """The row's figures as shown (column order), every number any of its cells shows, an anchor
    (the first cell's text, to find a row that has no figure) and all its cells' words in order."""
    figures, allowed, anchor, words = [], [], [], []
    for column, cell in zip(table["columns"], row):
        shown = vi_cell(cell, column["decimals"])
        if cell["type"] in NUMERIC:
            figures += shown.split()
        allowed += number_tokens(shown.split())
        words += shown.split()
        if not anchor and shown:
            anchor = shown.split("\n")[0].split()
    return figures, allowed, anchor, words


def stray(p, document, table, row, lines, start, end, allowed):
    """Lines between two rows (wrapped cells, a repeated header, a page number) show no number
    of their own."""
    for k in range(start, end):
        tokens = lines[k].split()
        if len(tokens) == 1 and tokens[0].isdigit():
            continue  # the page number
        extra = [t for t in number_tokens(tokens) if t not in allowed]
        if extra:
            p.add(where(document, table, row), f"pdf line {k + 1} shows {extra}, which no cell of this row or the one above shows")


def check_pdf(p, document, path):
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    lines = text.split("\n")
    cursor = 0
    for table in tables(document):
        if table["title"]:
            found = next((k for k in range(cursor, len(lines)) if table["title"] in " ".join(lines[k].split())), None)
            if found is None:
                p.add(where(document, table), f"pdf: the title {table['title']!r} is not found after line {cursor + 1}")
                continue
            cursor = found + 1
        header = number_tokens(" ".join(c["title"] for c in table["columns"]).split())
        previous = []
        for i, row in enumerate(data_rows(table)):
            figures, allowed, anchor, _ = pdf_expectations(table, row)
            k = pdf_row_line(lines, cursor, figures, anchor, allowed)
            if k is None:
                p.add(where(document, table, i),
                      f"pdf: no line after line {cursor + 1} shows the figures {figures or anchor} in column order "
                      f"with no other number than {allowed}")
                continue
            stray(p, document, table, i, lines, cursor, k, previous + allowed + header)
            previous, cursor = allowed, k + 1
        if table["totals"]:
            # The label and the figures, on one line, with no other number (never 0 for unknown).
            _, allowed, _, words = pdf_expectations(table, table["totals"])
            k = pdf_row_line(lines, cursor, words, [], allowed)
            if k is None:
                p.add(where(document, table, "totals"),
                      f"pdf: no line after line {cursor + 1} shows the totals row {words} in column order "
                      f"with no other number than {allowed} (an unknown total is never 0)")
                continue
            stray(p, document, table, "totals", lines, cursor, k, previous + allowed + header)
            cursor = k + 1
    return len(tables(document))


# ---- main ---------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cli", required=True)
    ap.add_argument("--plugin-dir", required=True, help="directory of the Markdown plugin")
    ap.add_argument("--reports-dir", action="append", default=[])
    ap.add_argument("--work", required=True, type=Path)
    ap.add_argument("file")
    a = ap.parse_args()

    extra = [arg for d in a.reports_dir for arg in ("--reports-dir", d)]
    dumped = json.loads(run([a.cli, "render", a.file, *extra, "--dump", "json"]))
    documents = dumped if isinstance(dumped, list) else [dumped]
    out = a.work / "out"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    run([a.cli, "render", a.file, *extra, "--plugin-dir", a.plugin_dir,
         "--format", "pdf", "--format", "xlsx", "--format", "md", "-o", str(out)])

    p = Problems()
    compared = {"pdf": 0, "xlsx": 0, "md": 0}
    totals = unknown_totals = 0
    for document in documents:
        for fmt, check in (("xlsx", check_xlsx), ("md", check_md), ("pdf", check_pdf)):
            path = out / f"{document['file_stem']}.{fmt}"
            if not path.is_file():
                p.add(document["file_stem"], f"{fmt}: {path} was not written")
                continue
            compared[fmt] += check(p, document, path)
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
