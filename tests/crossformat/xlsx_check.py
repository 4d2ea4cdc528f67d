"""A workbook read back with openpyxl (cached values): each table on its own sheet, in document
order after the text sheet; every cell holds the document's number (a percent as a fraction) or
text, an Empty cell stays empty (never 0), the totals row holds the engine's totals, and each
number format shows the figure as the document does."""

from decimal import Decimal

import openpyxl

from document import data_rows, described, tables, where
from vi import rescaled, vi_cell, vi_number


def sections(code):
    """A format code split at its ';' (outside quotes): positive; negative; zero."""
    out, cur, quoted = [], "", False
    for ch in code:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]


def excel_display(value, code):
    """What a number format shows for `value`, written the Vietnamese way; None when the format
    is one this test does not know (a new kind of format is then reported, not passed)."""
    if code == "General":
        return None
    parts = sections(code)
    if len(parts) > 3:
        return None
    if len(parts) > 1:
        # A section of its own shows the sign (a signed change: "+557", "−12,5"), of the magnitude.
        if value < 0:
            return excel_display(-value, parts[1])
        return excel_display(value, parts[2] if value == 0 and len(parts) == 3 else parts[0])
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
    # A fixed cell of a text formula column (document.hpp): an Empty cell carrying its text.
    if cell["type"] == "empty" and cell.get("text"):
        if value != cell["text"]:
            p.add(at, f"xlsx holds {value!r}; expected the text {cell['text']!r}")
        return
    if cell["type"] == "empty":
        if value not in (None, ""):
            p.add(at, f"xlsx holds {value!r}; the document's cell is Empty (unknown is never 0)")
        return
    # A cell a clerk fills (unlocked, for `wardreport import`) holds a number a clerk can type
    # over: a year written as text in the document is the number there, and a figure is shown
    # with its column's decimals whatever digits it was written with. The figure must be the same.
    clerk_input = xcell.protection is not None and xcell.protection.locked is False
    if cell["type"] == "text":
        text = cell.get("text", "")
        if clerk_input and isinstance(value, (int, float)) and text.isdigit() and int(text) == value:
            return
        if value != text and not (text == "" and value is None):
            p.add(at, f"xlsx holds {value!r}; expected the text {text!r}")
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
    if clerk_input:
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
