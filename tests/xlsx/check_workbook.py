#!/usr/bin/python3
"""Reads an xlsx workbook back with openpyxl (and zipfile for the chart parts) and checks it.

usage: check_workbook.py WORKBOOK.xlsx [EXPECTATIONS.json]

Always checked, on every sheet: a valid Excel sheet name; A4 paper (9), fit to one page wide,
a footer with the page number and count; every formula cell has a cached value (a number, or
the empty text of a guarded formula that shows blank: openpyxl reads that as None, so the
check looks at the XML). Every chart part
refers to existing sheets and to ranges inside their used area.
Then whatever EXPECTATIONS.json lists (see the C++ tests that write it): sheet order, cell values,
number formats, formulas, texts with their font and row, text columns, merged ranges, freeze panes, autofilters, print titles, orientation,
charts and their ranges, document properties.
Prints one line per problem; exit status 0 when there are none, 1 otherwise.
"""
import datetime
import json
import math
import re
import sys
import zipfile

import openpyxl
from openpyxl.utils.cell import range_boundaries

FORBIDDEN = set('[]:*?/\\')
problems = []


def problem(msg):
    problems.append(msg)


def same_number(a, b):
    return isinstance(a, (int, float)) and isinstance(b, (int, float)) and \
        math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)


def check_sheet_name(name):
    if not name or len(name) > 31 or set(name) & FORBIDDEN or name[0] == "'" or name[-1] == "'":
        problem(f"invalid sheet name {name!r}")


def sheet_xml(path):
    """{sheet name: its worksheet XML}, for what openpyxl does not read back."""
    out = {}
    with zipfile.ZipFile(path) as z:
        book = z.read('xl/workbook.xml').decode('utf-8')
        rels = z.read('xl/_rels/workbook.xml.rels').decode('utf-8')
        targets = dict(re.findall(r'<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
        for name, rid in re.findall(r'<sheet name="([^"]*)" sheetId="\d+" r:id="([^"]+)"', book):
            name = name.replace('&apos;', "'").replace('&quot;', '"').replace('&amp;', '&')
            out[name] = z.read('xl/' + targets[rid]).decode('utf-8')
    return out


def cached_empty_text(path):
    """{(sheet, cell)} of the formula cells whose cached result is the empty text (t="str")."""
    out = set()
    for name, xml in sheet_xml(path).items():
        for ref in re.findall(r'<c r="([A-Z]+\d+)"[^>]* t="str"><f>[^<]*</f><v></v></c>', xml):
            out.add((name, ref))
    return out


def generic(path, formulas, values, empty_text):
    names = formulas.sheetnames
    lowered = [n.casefold() for n in names]
    if len(set(lowered)) != len(lowered):
        problem(f"sheet names not unique ignoring case: {names}")
    for ws in formulas.worksheets:
        check_sheet_name(ws.title)
        if str(ws.page_setup.paperSize) != '9':
            problem(f"{ws.title}: paper size {ws.page_setup.paperSize!r}, expected 9 (A4)")
        if not ws.sheet_properties.pageSetUpPr or not ws.sheet_properties.pageSetUpPr.fitToPage:
            problem(f"{ws.title}: not fit to page")
        # fitToWidth defaults to 1 in the file format, so writers may leave it out. A sheet too
        # wide for one page prints across a few, its first column repeated on each.
        wide = int(ws.page_setup.fitToWidth or 1)
        if not 1 <= wide <= 10 or str(ws.page_setup.fitToHeight) != '0':
            problem(f"{ws.title}: fitToWidth={ws.page_setup.fitToWidth} fitToHeight={ws.page_setup.fitToHeight},"
                    " expected 1 to 10 and 0")
        if wide > 1 and ws.print_title_cols != '$A:$A':
            problem(f"{ws.title}: printed {wide} pages wide without its first column on each: {ws.print_title_cols!r}")
        footer = ws.oddFooter.center.text or ''
        if '&P' not in footer or '&N' not in footer:
            problem(f"{ws.title}: footer {footer!r} lacks &P/&N")
        cached = values[ws.title]
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith('='):
                    if cached[cell.coordinate].value is None and (ws.title, cell.coordinate) not in empty_text:
                        problem(f"{ws.title}!{cell.coordinate}: formula {cell.value} without a cached value")

    with zipfile.ZipFile(path) as z:
        charts = sorted(n for n in z.namelist() if re.fullmatch(r'xl/charts/chart\d+\.xml', n))
        for part in charts:
            xml = z.read(part).decode('utf-8')
            for ref in re.findall(r'<c:f>([^<]*)</c:f>', xml):
                ref = ref.replace('&apos;', "'").replace('&amp;', '&')
                m = re.fullmatch(r"(?:'((?:[^']|'')+)'|(\w+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)", ref)
                if not m:
                    problem(f"{part}: reference {ref!r} not of the form 'Sheet'!$A$1:$A$2")
                    continue
                sheet = m.group(1).replace("''", "'") if m.group(1) else m.group(2)
                if sheet not in names:
                    problem(f"{part}: reference {ref!r} to a missing sheet")
                    continue
                ws = formulas[sheet]
                min_col, min_row, max_col, max_row = range_boundaries(m.group(3).replace('$', ''))
                if max_row > ws.max_row or max_col > ws.max_column:
                    problem(f"{part}: reference {ref!r} beyond the used area of {sheet!r}")
    return charts


def chart_summary(path, part):
    with zipfile.ZipFile(path) as z:
        xml = z.read(part).decode('utf-8')
    kinds = re.findall(r'<c:(pieChart|barChart|lineChart)>', xml)
    refs = [r.replace('&apos;', "'").replace('&amp;', '&') for r in re.findall(r'<c:f>([^<]*)</c:f>', xml)]
    direction = re.findall(r'<c:barDir val="(\w+)"/>', xml)
    return {'kinds': kinds, 'refs': refs, 'bar_dir': direction}


def expected(path, formulas, values, charts, exp, empty_text):
    if 'sheets' in exp and formulas.sheetnames != exp['sheets']:
        problem(f"sheets {formulas.sheetnames}, expected {exp['sheets']}")
    for c in exp.get('cells', []):
        if c['sheet'] not in formulas.sheetnames:
            problem(f"missing sheet {c['sheet']!r}")
            continue
        f = formulas[c['sheet']][c['cell']]
        v = values[c['sheet']][c['cell']]
        where = f"{c['sheet']}!{c['cell']}"
        if 'value' in c:
            want = c['value']
            if want == '':  # a formula showing blank: cached as the empty text
                ok = v.value is None and (c['sheet'], c['cell']) in empty_text
            elif isinstance(want, (int, float)) and not isinstance(want, bool):
                ok = same_number(v.value, want)
            else:
                ok = v.value == want
            if not ok:
                problem(f"{where}: value {v.value!r}, expected {want!r}")
        if 'format' in c and f.number_format != c['format']:
            problem(f"{where}: number format {f.number_format!r}, expected {c['format']!r}")
        if 'formula' in c:
            if c['formula'] is None:
                if isinstance(f.value, str) and f.value.startswith('='):
                    problem(f"{where}: formula {f.value!r}, expected a plain value")
            elif f.value != c['formula']:
                problem(f"{where}: formula {f.value!r}, expected {c['formula']!r}")
        if c.get('bold') is not None and bool(f.font.b) != c['bold']:
            problem(f"{where}: bold {f.font.b}, expected {c['bold']}")
    for m in exp.get('merged', []):
        ranges = [str(r) for r in formulas[m['sheet']].merged_cells.ranges]
        if m['range'] not in ranges:
            problem(f"{m['sheet']}: merged {ranges}, expected {m['range']} among them")
    for s in exp.get('freeze', []):
        if formulas[s['sheet']].freeze_panes != s['cell']:
            problem(f"{s['sheet']}: freeze panes {formulas[s['sheet']].freeze_panes!r}, expected {s['cell']}")
    for s in exp.get('autofilter', []):
        if formulas[s['sheet']].auto_filter.ref != s['ref']:
            problem(f"{s['sheet']}: autofilter {formulas[s['sheet']].auto_filter.ref!r}, expected {s['ref']}")
    for s in exp.get('print_titles', []):
        if formulas[s['sheet']].print_title_rows != s['rows']:
            problem(f"{s['sheet']}: print title rows {formulas[s['sheet']].print_title_rows!r}, expected {s['rows']}")
    for s in exp.get('orientation', []):
        if formulas[s['sheet']].page_setup.orientation != s['orientation']:
            problem(f"{s['sheet']}: orientation {formulas[s['sheet']].page_setup.orientation!r}, "
                    f"expected {s['orientation']}")
    for s in exp.get('min_widths', []):
        width = formulas[s['sheet']].column_dimensions[s['column']].width
        if width is None or width < s['width']:
            problem(f"{s['sheet']}: column {s['column']} width {width}, expected at least {s['width']}")
    if 'charts' in exp:
        got = [chart_summary(path, part) for part in charts]
        if len(got) != len(exp['charts']):
            problem(f"{len(got)} chart parts, expected {len(exp['charts'])}")
        for want in exp['charts']:
            if not any(g['kinds'] == [want['kind']] and all(r in g['refs'] for r in want['refs']) and
                       ('bar_dir' not in want or g['bar_dir'] == [want['bar_dir']]) for g in got):
                problem(f"no {want['kind']} chart with references {want['refs']}; charts: {got}")
    props = formulas.properties
    for key, want in exp.get('properties', {}).items():
        got = getattr(props, key)
        if isinstance(got, datetime.datetime):
            got = got.strftime('%Y-%m-%dT%H:%M:%S')
        if got != want:
            problem(f"property {key}: {got!r}, expected {want!r}")
    if 'company' in exp:
        with zipfile.ZipFile(path) as z:
            app = z.read('docProps/app.xml').decode('utf-8')
        m = re.search(r'<Company>([^<]*)</Company>', app)
        if not m or m.group(1) != exp['company']:
            problem(f"company {m.group(1) if m else None!r}, expected {exp['company']!r}")
    if 'rich' in exp:
        with zipfile.ZipFile(path) as z:
            xml = ''.join(z.read(n).decode('utf-8') for n in z.namelist()
                          if n == 'xl/sharedStrings.xml' or n.startswith('xl/worksheets/sheet'))
        runs = re.findall(r'<r>(.*?)</r>', xml)
        for want in exp['rich']:
            tag = {'bold': '<b/>', 'italic': '<i/>', 'underline': '<u/>'}[want['style']]
            if not any(tag in r and re.search(r'<t[^>]*>' + re.escape(want['text']) + '</t>', r) for r in runs):
                problem(f"no {want['style']} rich-text run {want['text']!r}")
    for s in exp.get('text_columns', []):
        # Ranges where Excel's "number stored as text" warning is turned off.
        xml = sheet_xml(path).get(s['sheet'], '')
        m = re.search(r'<ignoredError sqref="([^"]*)" numberStoredAsText="1"/>', xml)
        if (m.group(1) if m else None) != s['ranges']:
            problem(f"{s['sheet']}: number-stored-as-text ignored over {m.group(1) if m else None!r}, "
                    f"expected {s['ranges']!r}")
    for t in exp.get('text', []):
        # Optionally the font of that cell (size, bold, italic, underline) and another text on
        # the same row ('row_with').
        ws = formulas[t['sheet']]
        found = [c for row in ws.iter_rows() for c in row if c.value == t['value']]
        if not found:
            problem(f"{t['sheet']}: no cell reads {t['value']!r}")
            continue
        c = found[0]
        where = f"{t['sheet']}!{c.coordinate} ({t['value']!r})"
        font = {'size': c.font.sz, 'bold': bool(c.font.b), 'italic': bool(c.font.i),
                'underline': c.font.u is not None and c.font.u != 'none'}
        for key, got in font.items():
            if key in t and got != t[key]:
                problem(f"{where}: {key} {got!r}, expected {t[key]!r}")
        if 'row_with' in t and not any(x.value == t['row_with'] for x in ws[c.row]):
            problem(f"{where}: {t['row_with']!r} not on the same row")


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    path = sys.argv[1]
    formulas = openpyxl.load_workbook(path, data_only=False)
    values = openpyxl.load_workbook(path, data_only=True)
    empty_text = cached_empty_text(path)
    charts = generic(path, formulas, values, empty_text)
    if len(sys.argv) == 3:
        with open(sys.argv[2], encoding='utf-8') as f:
            expected(path, formulas, values, charts, json.load(f), empty_text)
    for p in problems:
        print(p)
    if not problems:
        print(f"{path}: {len(formulas.sheetnames)} sheets, {len(charts)} charts: OK")
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
