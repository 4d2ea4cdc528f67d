#!/usr/bin/python3
"""Live workbooks, checked by a real spreadsheet: LibreOffice (headless) recalculates them.

usage: recalc_check.py WARDREPORT SAMPLES_DIR WORK_DIR

1. Every report of every sample (samples/*.yaml, samples/real/*.yaml) is rendered as xlsx by the
   CLI. openpyxl re-saves each workbook, which keeps the formulas and drops every cached value,
   and LibreOffice converts the copy to xlsx, computing every formula (recalculation on load is
   also forced in its profile). Every formula cell's value must be the engine's cached value of
   the original workbook, at the precision the cell shows ("0.0%": 0.0005).
2. The clerk's round trip: results are typed into each sample's rendered tracking workbook (openpyxl),
   LibreOffice recalculates it; the same results go into the data file through `wardreport import
   --write`, and `render --dump json` builds the document again. Progress and status of every row
   the formulas cover must be the same in both.

Exits 77 (skipped) when soffice is not installed.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys

SKIP = 77
CLI, SAMPLES, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import e2e  # noqa: E402  (the path above first)
from e2e import FAILED, expect, run  # noqa: E402

e2e.CLI = CLI

# Always recalculate on load, whatever the file says about its cached values.
RECALC = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def recalculated(soffice, profile, src, outdir):
    """`src` re-saved by openpyxl (no cached values), then converted to xlsx by LibreOffice."""
    import openpyxl
    os.makedirs(outdir, exist_ok=True)
    stripped = os.path.join(outdir, os.path.basename(src))
    openpyxl.load_workbook(src).save(stripped)
    conv = os.path.join(outdir, "lo")
    os.makedirs(conv, exist_ok=True)
    r = subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={profile}",
                        "--convert-to", "xlsx", "--outdir", conv, stripped],
                       capture_output=True, text=True, timeout=300)
    out = os.path.join(conv, os.path.basename(src))
    if r.returncode != 0 or not os.path.exists(out):
        raise RuntimeError(f"conversion of {src} failed: {r.stdout} {r.stderr}")
    return out


def shown_decimals(number_format):
    """Digits after the point that the number format shows, as a fraction for percentages."""
    m = re.search(r"0\.(0+)", number_format or "")
    d = len(m.group(1)) if m else 0
    return d + 2 if "%" in (number_format or "") else d


def same(engine, sheet_value, number_format):
    if engine in (None, "") or sheet_value in (None, ""):
        return engine in (None, "") and sheet_value in (None, "")
    if isinstance(engine, str) or isinstance(sheet_value, str):
        return str(engine) == str(sheet_value)
    # The engine rounds to what the cell shows; the sheet keeps every digit.
    return abs(float(engine) - float(sheet_value)) <= 0.5 * 10 ** -shown_decimals(number_format) + 1e-9


def formula_cells(path):
    """(sheet, cell) → (formula, cached value, number format) of every formula cell."""
    import openpyxl
    formulas = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    out = {}
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    out[(ws.title, c.coordinate)] = (c.value, values[ws.title][c.coordinate].value, c.number_format)
    return out


def check_samples(soffice, profile):
    import openpyxl
    samples = sorted(glob.glob(os.path.join(SAMPLES, "*.yaml")) + glob.glob(os.path.join(SAMPLES, "real", "*.yaml")))
    expect(len(samples) >= 10, f"{len(samples)} samples found")
    total = 0
    for sample in samples:
        name = os.path.basename(sample)[:-5]
        out = os.path.join(WORK, "render", name)
        rc, _, err = run("render", sample, "--format", "xlsx", "-o", out)
        if "supports none of the reports" in err:
            continue
        expect(rc == 0, f"{name}: rendered", err)
        for book in sorted(glob.glob(os.path.join(out, "*.xlsx"))):
            cells = formula_cells(book)
            lo = openpyxl.load_workbook(recalculated(soffice, profile, book, os.path.join(WORK, "recalc", name)),
                                        data_only=True)
            wrong = []
            for (sheet, coord), (formula, cached, fmt) in cells.items():
                value = lo[sheet][coord].value
                if not same(cached, value, fmt):
                    wrong.append(f"{sheet}!{coord}: engine {cached!r}, LibreOffice {value!r} ({formula})")
            total += len(cells)
            expect(not wrong, f"{os.path.basename(book)}: {len(cells)} formula cells recalculated as cached",
                   "\n".join(wrong[:20]))
    expect(total > 30, f"{total} formula cells checked in all")


def table_rows(book, sheet):
    """Each data row of the tracking table as {header: cell}, by the header row's titles."""
    ws = book[sheet]
    header = None
    for row in ws.iter_rows():
        titles = [c.value for c in row]
        if header is None:
            if "Đánh giá" in titles:
                header = {t: i for i, t in enumerate(titles) if t}
            continue
        if row[header["Chỉ tiêu"]].value in (None, ""):
            break
        yield {t: row[i] for t, i in header.items()}


def clerk_round_trip(soffice, profile, sample, statuses=None):
    """Returns how many rows were compared."""
    import openpyxl
    name = os.path.basename(sample)[:-5]
    d = os.path.join(WORK, "clerk", name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    data = os.path.join(d, name + ".yaml")
    shutil.copy(sample, data)
    rc, _, err = run("render", data, "--report", "theo-doi-chi-tieu", "--format", "xlsx", "-o", d)
    if rc != 0:
        return 0  # no targets to track
    src = os.path.join(d, name + "-theo-doi-chi-tieu.xlsx")
    book = openpyxl.load_workbook(src)
    sheet = [ws.title for ws in book.worksheets if ws.sheet_state == "visible" and any(
        c.value == "Đánh giá" for row in ws.iter_rows(max_row=6) for c in row)][0]
    # New results for every row whose progress is a live formula: above, at and below the level,
    # in the target year and before it; the values differ from the file's so everything changes.
    typed = 0
    for i, r in enumerate(table_rows(book, sheet)):
        if not (isinstance(r["Tiến độ (%)"].value, str) and r["Tiến độ (%)"].value.startswith("=")):
            continue
        target = r["Mức cần đạt"].value
        if not isinstance(target, (int, float)):
            continue
        # Not before the row's own year: a result of an earlier year is not the latest, which
        # is all the row shows (the engine then judges the later one, as it should).
        year = [2028, 2026, 2030, 2029][i % 4]
        shown = r["Năm số liệu"].value
        if shown not in (None, "") and int(shown) > year:
            year = int(shown)
        r["Năm số liệu"].value = year
        value = round(target * [1.1, 0.93, 0.5, 1.0][i % 4], 1)
        # A share cannot pass 100%: import refuses it, as it should.
        r["Thực hiện"].value = min(value, 100) if r["Đơn vị tính"].value == "%" else value
        typed += 1
    if not typed:
        return 0
    filled = os.path.join(d, "filled.xlsx")
    book.save(filled)
    lo = openpyxl.load_workbook(recalculated(soffice, profile, filled, os.path.join(d, "recalc")), data_only=True)

    rc, out, err = run("import", data, filled, "--write")
    expect(rc == 0, f"clerk {name}: import --write", out + err)
    rc, out, err = run("render", data, "--report", "theo-doi-chi-tieu", "--dump", "json")
    expect(rc == 0, f"clerk {name}: render --dump json", err)
    doc = json.loads(out)
    table = next(b for b in doc["blocks"] if b.get("id") == "chi-tieu")
    keys = [c["key"] for c in table["columns"]]
    engine_rows = [dict(zip(keys, row)) for row in table["rows"]]
    wrong = []
    compared = 0
    for r, e in zip(table_rows(lo, sheet), engine_rows):
        progress, status = e["progress"], e["status"]
        if status.get("type") == "empty" and status.get("text"):
            continue  # a row the formulas do not cover
        if progress.get("type") == "text" and not progress.get("text"):
            continue  # an assessed target: no progress, its status an input the clerk picks
        sheet_progress = r["Tiến độ (%)"].value
        engine_progress = None if progress.get("type") == "empty" else float(progress["number"]) / 100
        if not same(engine_progress, sheet_progress, "0.0%") or r["Đánh giá"].value != status.get("text"):
            wrong.append(f"{r['Chỉ tiêu'].value}: LibreOffice {sheet_progress!r} {r['Đánh giá'].value!r}, "
                         f"engine {engine_progress!r} {status.get('text')!r}")
        compared += 1
        if statuses is not None:
            statuses.add(status.get("text"))
    expect(not wrong, f"clerk {name}: {typed} results typed; progress and status of {compared} rows as the engine's",
           "\n".join(wrong))
    return compared


def tracking_ward(file_name, name, targets):
    """A commune of Lào Cai, term 2025-2030, with these lines under `resolution: targets:` (one key
    a line: the form `wardreport import` edits), written to WORK/file_name; returns its path."""
    lines = ["wardreport: 1", f"ward: {{name: {name}, kind: xã, province: Lào Cai}}",
             "congress: {ordinal: 1, term: 2025-2030, start: 2025-07-23}", "resolution:", "  targets:"] + targets
    path = os.path.join(WORK, file_name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


def level_ward():
    """A ward of level targets in every shape the tracking formulas cover: up and down, strict
    (above, below) or not, about, nearly and exactly, with and without a baseline (below, above the level,
    of another year), due at the term's end or before."""
    lines = []
    n = 0
    for due in (2030, 2028):
        for cmp in ("at_least", "at_most", "minimum", "maximum", "above", "below", "about", "nearly", "exactly"):
            for base in ((), (40, 2025), (90, 2025), (60, 2022)):
                n += 1
                lines += [f"    - id: t{n}", f"      name: Chỉ tiêu {n}", "      kind: level",
                          f"      comparison: {cmp}", "      value: 60", "      unit: tỷ đồng",
                          f"      target_year: {due}"]
                if base:
                    lines += [f"      baseline: {base[0]}", f"      baseline_year: {base[1]}"]
    return tracking_ward("muc-dat.yaml", "Thử Công Thức", lines)


def total_ward():
    """Totals over the term, no results yet: the clerk types the total so far, which import turns
    into the year's own result; met, on track and behind by the years gone since the term began."""
    lines = []
    for n, total in enumerate((60, 600, 7.5, 250, 40, 90, 1000, 12), start=1):
        lines += [f"    - id: t{n}", f"      name: Tổng {n}", "      kind: total", f"      value: {total}",
                  "      unit: đảng viên"]
    return tracking_ward("tong-nhiem-ky.yaml", "Thử Tổng Nhiệm Kỳ", lines)


def change_ward():
    """Changes against the baseline, up and down, in percent and in points, one whose level has
    more decimals than its baseline (38.5 + 31.6% is 50.666)."""
    lines = []
    shapes = [("25", "310", ""), ("-20", "15", ""), ("31.6", "38.5", ""), ("-1.5", "6", "points"),
              ("2", "80.25", "points"), ("10", "40", ""), ("-30", "90", ""), ("0", "50", "")]
    for n, (rate, base, unit) in enumerate(shapes, start=1):
        lines += [f"    - id: t{n}", f"      name: Thay đổi {n}", "      kind: change", f"      rate: {rate}",
                  f"      baseline: {base}", "      baseline_year: 2025", "      unit: tỷ đồng"]
        if unit:
            lines.append(f"      rate_unit: {unit}")
    return tracking_ward("tang-giam.yaml", "Thử Tăng Giảm", lines)


def growth_ward():
    """Growths at an average yearly rate: compound (percent) and linear (points), up and down, above
    a rate ("trên"), a range of rates, due at the term's end or before, a level of more than 9
    decimals (8.5% over 5 years), a rate of 0, not more than a rate; the formulas read the asked
    rate from Tốc độ đề ra and compare Tốc độ đạt được with it as So sánh says."""
    lines = []
    shapes = [("rate: 10", "520", "", "", 2028), ("rate: -20", "15", "", "", 2030),
              ("rate: 12", "250", "", "above", 2030), ("rate: -0.5", "4.2", "points", "", 2030),
              ("rate: 1.5", "80.25", "points", "", 2030), ("min: 8\n      max: 10", "200", "", "", 2030),
              ("rate: -2", "30", "points", "above", 2028), ("rate: 10", "40", "", "", 2030),
              ("rate: 8.5", "100", "", "", 2030), ("rate: 0", "100", "", "", 2030),
              ("rate: 10", "100", "", "at_most", 2030), ("rate: -3", "20", "points", "below", 2030)]
    for n, (rate, base, unit, cmp, due) in enumerate(shapes, start=1):
        lines += [f"    - id: t{n}", f"      name: Tăng bình quân {n}", "      kind: growth", f"      {rate}",
                  f"      baseline: {base}", "      baseline_year: 2025", f"      target_year: {due}",
                  "      unit: tỷ đồng"]
        if unit:
            lines.append(f"      rate_unit: {unit}")
        if cmp:
            lines.append(f"      comparison: {cmp}")
    return tracking_ward("tang-binh-quan.yaml", "Thử Tăng Bình Quân", lines)


def yearly_ward():
    """Ranges of levels (with and without a baseline, due at the term's end or before), and each
    year and maintain a level in every comparison, some with an earlier year that met the level
    and some with one that missed it: the clerk types a later year's result (or corrects the
    latest), and the earlier years' verdict (Năm đầu tiên không đạt) still counts."""
    lines = []
    n = 0
    for base in ((), (40, 2025), (75, 2024)):
        for due in (2030, 2028):
            n += 1
            lines += [f"    - id: t{n}", f"      name: Khoảng {n}", "      kind: range", "      min: 60",
                      "      max: 80", "      unit: tỷ đồng", f"      target_year: {due}"]
            if base:
                lines += [f"      baseline: {base[0]}", f"      baseline_year: {base[1]}"]
    for kind in ("each_year", "maintain"):
        for cmp in ("at_least", "at_most", "above", "below", "exactly", "about"):
            for earlier in (None, 70, 50):
                n += 1
                lines += [f"    - id: t{n}", f"      name: Hằng năm {n}", f"      kind: {kind}",
                          f"      comparison: {cmp}", "      value: 60", "      unit: tỷ đồng"]
                if earlier is not None:
                    lines += ["      actuals:", f"        - {{year: 2026, value: {earlier}}}"]
    return tracking_ward("hang-nam.yaml", "Thử Hằng Năm", lines)


def main():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not installed: skipped (apt-get install libreoffice-calc-nogui)")
        return SKIP
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(os.path.join(WORK, "profile", "user"))
    with open(os.path.join(WORK, "profile", "user", "registrymodifications.xcu"), "w") as f:
        f.write(RECALC)
    profile = "file://" + os.path.abspath(os.path.join(WORK, "profile"))
    check_samples(soffice, profile)
    samples = sorted(glob.glob(os.path.join(SAMPLES, "*.yaml")) + glob.glob(os.path.join(SAMPLES, "real", "*.yaml")))
    compared = sum(clerk_round_trip(soffice, profile, s) for s in samples)
    expect(compared >= 8, f"clerk: {compared} rows compared in all")
    levels = clerk_round_trip(soffice, profile, level_ward(), statuses := set())
    expect(levels == 72, f"clerk: {levels} level targets of every shape compared")
    expect(statuses == {"đạt", "đúng tiến độ", "chậm tiến độ", "chưa đánh giá"}, f"clerk: statuses {statuses}")
    totals = clerk_round_trip(soffice, profile, total_ward(), statuses := set())
    expect(totals == 8, f"clerk: {totals} totals over the term compared")
    expect(statuses == {"đạt", "đúng tiến độ", "chậm tiến độ"}, f"clerk: totals' statuses {statuses}")
    changes = clerk_round_trip(soffice, profile, change_ward(), statuses := set())
    expect(changes == 8, f"clerk: {changes} changes against the baseline compared")
    expect({"đạt", "đúng tiến độ", "chậm tiến độ"} <= statuses, f"clerk: changes' statuses {statuses}")
    growths = clerk_round_trip(soffice, profile, growth_ward(), statuses := set())
    expect(growths == 12, f"clerk: {growths} growths at a yearly rate compared")
    expect({"đạt", "đúng tiến độ", "chậm tiến độ"} <= statuses, f"clerk: growths' statuses {statuses}")
    yearly = clerk_round_trip(soffice, profile, yearly_ward(), statuses := set())
    expect(yearly == 42, f"clerk: {yearly} ranges, each-year and maintain-a-level targets compared")
    expect({"đạt", "đúng tiến độ", "chậm tiến độ"} <= statuses, f"clerk: yearly statuses {statuses}")
    print("FAILED:" if FAILED else "all passed", *FAILED, sep="\n  ")
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
