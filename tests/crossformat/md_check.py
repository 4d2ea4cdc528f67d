"""The sample Markdown plugin's output: its pipe tables in document order (one per table and
chart), every cell's text exactly as the document formats it, the totals row after the rows; a
chart's values, unknown ones empty."""

import re
from decimal import Decimal

from document import data_rows, described, tables_and_charts, where
from vi import rescaled, vi_cell, vi_number


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


def check_md_table(p, document, table, lines):
    columns = table["columns"]
    titles = [c["title"] + (f" ({c['unit']})" if c["type"] == "money" and c.get("unit") else "") for c in columns]
    if [t for t, _ in md_cells(lines[0])] != titles:
        p.add(where(document, table), f"md header is {[t for t, _ in md_cells(lines[0])]}; expected {titles}")
    rows = data_rows(table) + ([table["totals"]] if table["totals"] else [])
    if len(lines) - 2 != len(rows):
        p.add(where(document, table), f"md has {len(lines) - 2} rows; expected {len(rows)}")
        return
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


def chart_value(value, unit):
    """A chart's value as the Markdown plugin writes it: one decimal, none when whole; unknown
    is an empty cell."""
    if value is None:
        return ""
    d = rescaled(Decimal(repr(float(value))), 1)
    if d == d.to_integral_value():
        d = rescaled(d, 0)
    return vi_number(d) + ("%" if unit == "%" else "")


def check_md_chart(p, document, chart, lines):
    """A chart becomes the table of its values: a category a row, a series a column."""
    at = f"{document['file_stem']}: chart '{chart['id']}'"
    if len(lines) - 2 != len(chart["categories"]):
        p.add(at, f"md has {len(lines) - 2} rows; expected one per category ({len(chart['categories'])})")
        return
    for i, (category, line) in enumerate(zip(chart["categories"], lines[2:])):
        shown = [t for t, _ in md_cells(line)]
        expected = [category] + [chart_value(s["values"][i] if i < len(s["values"]) else None, chart["unit"])
                                 for s in chart["series"]]
        if shown != expected:
            p.add(at, f"md row {i + 1} shows {shown}; expected {expected}")


def check_md(p, document, path):
    blocks = tables_and_charts(document)
    groups = md_tables(path.read_text(encoding="utf-8"))
    if len(groups) != len(blocks):
        p.add(document["file_stem"], f"md has {len(groups)} tables; expected one per table and chart ({len(blocks)})")
        return 0
    for block, lines in zip(blocks, groups):
        (check_md_table if block["type"] == "table" else check_md_chart)(p, document, block, lines)
    return sum(1 for b in blocks if b["type"] == "table")
