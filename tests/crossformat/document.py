"""The engine's document as `render --dump json` prints it, and the problems found in the
formats, each named by document, table, row and column."""

NUMERIC = {"integer", "decimal", "percent", "money"}


class Problems:
    def __init__(self):
        self.lines = []

    def add(self, where, message):
        self.lines.append(f"{where}: {message}")


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
