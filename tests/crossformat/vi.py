"""Vietnamese number formatting as core/include/wardreport/vi_format.hpp does it: thousands dot,
decimal comma, percent without a space, a unit after a space ("1.789", "68,3%", "921 tỷ đồng")."""

from decimal import ROUND_HALF_UP, Decimal


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
