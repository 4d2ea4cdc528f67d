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


def printed_rows(table):
    """The rows a fixed document shows: a row of empty cells is a spreadsheet's blank row of
    inputs (doc::is_input_row), which pdf and md leave out."""
    return [r for r in data_rows(table) if any(c["type"] != "empty" or c.get("text") for c in r)]


def printed(block):
    """Whether pdf and md show the block: a table of blank input rows alone (doc::is_input_table,
    a ward's first budget year) is the spreadsheet's only."""
    return block["type"] != "table" or bool(printed_rows(block))


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
