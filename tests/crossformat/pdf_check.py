"""A PDF read back with pdftotext -layout: each row's figures on one line, in column order, with
no number on that line the row does not hold; the same for the totals row with its label, so an
unknown total never shows as 0; and no stray number on the lines between rows."""

import re
import subprocess

from document import NUMERIC, data_rows, tables, where
from vi import vi_cell


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
    (its shortest cell, most likely on one line, to find a row that has no figure) and all its
    cells' words in order."""
    figures, allowed, anchor, words = [], [], [], []
    for column, cell in zip(table["columns"], row):
        shown = vi_cell(cell, column["decimals"])
        if cell["type"] in NUMERIC:
            figures += shown.split()
        allowed += number_tokens(shown.split())
        words += shown.split()
        if shown and (not anchor or len(shown) < len(" ".join(anchor))):
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


def title_starts(line, title):
    """Whether `line` shows `title`, or its first three words or more when it wraps."""
    shown = " ".join(line.split())
    return title in shown or (len(shown.split()) >= 3 and title.startswith(shown))


def check_pdf(p, document, path):
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    lines = text.split("\n")
    cursor = 0
    for table in tables(document):
        if table["title"]:
            found = next((k for k in range(cursor, len(lines)) if title_starts(lines[k], table["title"])), None)
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
