#!/usr/bin/python3
"""End-to-end check of the docx plugin, as a user would: the real CLI renders each sample's reports
as docx and pdf, twice; python-docx (Debian python3-docx) reads every document back.

usage: check_samples.py WARDREPORT_CLI SOURCE_DIR WORK_DIR

For each report of samples/ky-son.yaml and samples/xa-minh-hoa-demo.yaml it checks, against the
document the CLI builds (--dump json):
- the two runs are byte-identical;
- pages: size, orientation and margins of the layout profile, landscape sections for wide tables,
  the page number in the header as a PAGE field, none on page 1;
- paragraphs and styles: the title in "Title", each heading in "Heading N" with its number and text,
  the body in "Normal";
- tables: the header as a borderless table, each data table ruled, its first row the column
  titles repeated on every page (w:tblHeader), one row per data row plus the totals;
- charts: one native chart part per chart, its embedded workbook holding the chart's values;
- document properties dated from the document;
- the words are those of `pdftotext` of the PDF of the same report, whitespace aside: nothing
  more, and nothing less than the PDF's chart labels (numbers, categories), which the docx holds
  in its chart parts, and the header rows the PDF repeats on each page;
and that a character the fonts cannot draw is refused, naming it and where it is.
"""
import collections
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

import docx
import openpyxl
from docx.oxml.ns import qn

SAMPLES = ['ky-son', 'xa-minh-hoa-demo']
failures = []


def fail(where, what):
    failures.append(f'{where}: {what}')
    print(f'FAIL {where}: {what}')


def render(cli, source, sample, out):
    os.makedirs(out, exist_ok=True)
    r = subprocess.run([cli, 'render', os.path.join(source, 'samples', sample + '.yaml'), '--format', 'docx',
                        '--format', 'pdf', '-o', out], capture_output=True, text=True)
    if r.returncode != 0:
        fail(sample, f'render exited {r.returncode}: {r.stderr}')


def dump(cli, source, sample, report):
    # The document docx writes: without the columns a definition writes for spreadsheets only.
    r = subprocess.run([cli, 'render', os.path.join(source, 'samples', sample + '.yaml'), '--report', report,
                        '--format', 'docx', '--dump', 'json'], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def numbering_markers(document):
    """numId -> (format, text) of level 0."""
    part = document.part.numbering_part.element
    abstract = {}
    for a in part.findall(qn('w:abstractNum')):
        lvl = a.find(qn('w:lvl'))
        abstract[a.get(qn('w:abstractNumId'))] = (lvl.find(qn('w:numFmt')).get(qn('w:val')),
                                                  lvl.find(qn('w:lvlText')).get(qn('w:val')))
    return {n.get(qn('w:numId')): abstract[n.find(qn('w:abstractNumId')).get(qn('w:val'))]
            for n in part.findall(qn('w:num'))}


def body_words(document):
    """The words of the body in order: paragraphs with their list markers, then table cells."""
    markers = numbering_markers(document)
    counters = collections.Counter()
    words = []

    def paragraph_text(p):
        para = docx.text.paragraph.Paragraph(p, document)
        num = p.find(f'{qn("w:pPr")}/{qn("w:numPr")}/{qn("w:numId")}')
        text = para.text
        if num is not None:
            fmt, lvl = markers[num.get(qn('w:val'))]
            counters[num.get(qn('w:val'))] += 1
            marker = lvl.replace('%1', str(counters[num.get(qn('w:val'))])) if fmt == 'decimal' else lvl
            text = marker + ' ' + text
        return text

    for child in document.element.body.iterchildren():
        if child.tag == qn('w:p'):
            words += paragraph_text(child).split()
        elif child.tag == qn('w:tbl'):
            for p in child.iter(qn('w:p')):
                words += paragraph_text(p).split()
    return words


def pdf_words(pdf, numbered_from):
    """pdftotext's words, without the page numbers, joining a word broken after its hyphen."""
    pages = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True,
                                                             text=True).stdout).group(1))
    words = []
    for n in range(1, pages + 1):
        # -raw: in the order drawn, without poppler's joining of a line that ends in " -".
        text = subprocess.run(['pdftotext', '-raw', '-f', str(n), '-l', str(n), pdf, '-'], capture_output=True,
                              text=True).stdout
        lines = [l for l in text.split('\n') if l.strip()]
        if n >= numbered_from:
            for k in (0, -1):
                if lines and lines[k].strip() == str(n):
                    del lines[k]
                    break
        joined = ''
        for l in lines:
            l = l.strip()
            joined += l if re.search(r'\S-$', l) else l + ' '
        words += joined.split()
    return words


def chart_words(z):
    words = set()
    for name in z.namelist():
        if name.startswith('word/charts/chart'):
            for v in re.findall(r'<c:v>([^<]*)</c:v>', z.read(name).decode()):
                words.update(v.split())
    return words | {w + ':' for w in words}  # the pdf's pie legend: "Kinh: 65,0%"


def header_words(blocks):
    """The words of the tables' header rows, which the pdf repeats on each page a table runs onto
    and the docx holds once (Word repeats it when it lays out the pages)."""
    words = set()
    for b in blocks:
        if b['type'] == 'table':
            for c in b['columns']:
                words.update(c['title'].split())
                if c.get('unit'):
                    words.update(f"({c['unit']})".split())
    return words


def check_words(where, document, z, pdf, layout, blocks):
    numbered_from = 1 if layout['number_first_page'] else 2
    got = collections.Counter(body_words(document))
    want = collections.Counter(pdf_words(pdf, numbered_from))
    extra = got - want
    if extra:
        fail(where, f'words in the docx but not in the pdf: {sorted(extra.elements())[:20]}')
    missing = want - got
    # The PDF writes "chưa có số liệu" over a bar whose value is unknown; a native chart leaves
    # the bar out, as a spreadsheet's chart does.
    labels = chart_words(z) | header_words(blocks) | {'chưa', 'có', 'số', 'liệu'}
    number = re.compile(r'^[−-]?[\d.,]+%?$')
    unexplained = [w for w in missing.elements() if w not in labels and not number.match(w)]
    if unexplained:
        fail(where, f'words of the pdf missing from the docx: {sorted(unexplained)[:20]}')
    return sum(got.values())


def check_sections(where, document, z, layout, tables):
    mm = lambda emu: emu / 36000
    portrait = (layout['page_width_mm'], layout['page_height_mm'])
    m = layout['margins_mm']
    for i, s in enumerate(document.sections):
        size = (round(mm(s.page_width)), round(mm(s.page_height)))
        turned = s.page_width > s.page_height
        expect = tuple(round(x) for x in (portrait[::-1] if turned else portrait))
        if size != expect:
            fail(where, f'section {i + 1}: page {size} mm, expected {expect}')
        for side in ('top', 'bottom', 'left', 'right'):
            got = mm(getattr(s, side + '_margin'))
            if abs(got - m[side]) > 0.1:
                fail(where, f'section {i + 1}: {side} margin {got:.1f} mm, expected {m[side]}')
    first = document.sections[0]
    if layout['page_numbers'] != 'none':
        if first.different_first_page_header_footer == layout['number_first_page']:
            fail(where, 'page 1 must carry no page number (titlePg)')
        header = z.read('word/header1.xml').decode()
        if 'PAGE' not in header or 'w:fldChar' not in header:
            fail(where, 'the header holds no PAGE field')
    wide = sum(1 for t in tables if t.get('landscape_hint'))
    turned = sum(1 for s in document.sections if s.page_width > s.page_height)
    if not layout['landscape'] and (turned > 0) != (wide > 0):
        fail(where, f'{wide} wide tables but {turned} landscape sections')


def cell_text(cell):
    if cell.get('text'):
        return None  # formatted by the engine, compared through the words
    return cell


def check_tables(where, document, blocks):
    tables = [b for b in blocks if b['type'] == 'table']
    data = [t for t in document.tables if t._tbl.tblPr.find(qn('w:tblStyle')) is not None]
    plain = [t for t in document.tables if t._tbl.tblPr.find(qn('w:tblStyle')) is None]
    if blocks[0]['type'] == 'header' and (not plain or document.element.body.index(plain[0]._tbl) != 0):
        fail(where, 'the official header is not a borderless table at the top')
    if len(data) != len(tables):
        fail(where, f'{len(data)} ruled tables, expected {len(tables)}')
        return
    for t, block in zip(data, tables):
        first = t.rows[0]._tr
        if first.trPr is None or first.trPr.find(qn('w:tblHeader')) is None:
            fail(where, f"table '{block['id']}': its header row does not repeat (no w:tblHeader)")
        titles = [c.text.split('\n')[0] for c in t.rows[0].cells]
        want = [c['title'].split('\n')[0] for c in block['columns']]
        if titles != want:
            fail(where, f"table '{block['id']}': header {titles}, expected {want}")
        rows = len(block['rows']) + (1 if block.get('totals') else 0) + 1
        if len(t.rows) != rows:
            fail(where, f"table '{block['id']}': {len(t.rows)} rows, expected {rows}")
        if block.get('totals'):
            label = [c.text for c in t.rows[-1].cells]
            if block.get('totals_label', 'Tổng cộng') not in label:
                fail(where, f"table '{block['id']}': totals row {label} has no label")


def check_paragraphs(where, document, blocks):
    by_style = collections.defaultdict(list)
    for p in document.paragraphs:
        # The writer keeps "2020 - 2025" on one line with no-break spaces around the dash.
        by_style[p.style.name].append(p.text.replace('\u00a0', ' '))
    for b in blocks:
        if b['type'] == 'heading':
            text = (b['number'] + ' ' if b['number'] else '') + b['text']
            if text not in by_style[f'Heading {b["level"]}']:
                fail(where, f'heading {text!r} is not in style Heading {b["level"]}')
        elif b['type'] == 'title' and b['doc_type'] not in by_style['Title']:
            fail(where, f'{b["doc_type"]!r} is not in style Title')
        elif b['type'] == 'paragraph' and b['role'] == 'body':
            text = ''.join(r['text'] for r in b['runs'])
            if text not in by_style['Normal']:
                fail(where, f'body paragraph {text[:40]!r} is not in style Normal')
    headings = document.styles['Heading 1'].element
    if headings.find(f'{qn("w:pPr")}/{qn("w:outlineLvl")}') is None:
        fail(where, 'Heading 1 has no outline level (the navigation pane would not list it)')


def check_charts(where, z, blocks):
    charts = [b for b in blocks if b['type'] == 'chart']
    parts = sorted(n for n in z.namelist() if re.match(r'word/charts/chart\d+\.xml$', n))
    if len(parts) != len(charts):
        fail(where, f'{len(parts)} chart parts, expected {len(charts)}')
        return
    for k, c in enumerate(charts):
        book = openpyxl.load_workbook(io.BytesIO(z.read(f'word/embeddings/Microsoft_Excel_Worksheet{k + 1}.xlsx')))
        ws = book.active
        cats = [ws.cell(row=r + 2, column=1).value for r in range(len(c['categories']))]
        if cats != c['categories']:
            fail(where, f"chart '{c['id']}': workbook categories {cats}, expected {c['categories']}")
        series = c['series'][:1] if c['kind'] == 'pie' else c['series']
        for s, ser in enumerate(series):
            values = [ws.cell(row=r + 2, column=s + 2).value for r in range(len(c['categories']))]
            want = [v for v in ser['values']]
            if values != want:
                fail(where, f"chart '{c['id']}': workbook values {values}, expected {want}")
        xml = z.read(parts[k]).decode()
        kind = 'c:pieChart' if c['kind'] == 'pie' else 'c:barChart'
        if kind not in xml or 'c:externalData' not in xml:
            fail(where, f"chart '{c['id']}': not a native {kind} with its data")


def check_properties(where, document, meta):
    if meta.get('date'):
        d = meta['date']
        want = f"{d['year']:04d}-{d['month']:02d}-{d['day']:02d}"
        created = document.core_properties.created
        if created is None or created.strftime('%Y-%m-%d') != want:
            fail(where, f'created {created}, expected {want}')
    if document.core_properties.title != meta.get('title', ''):
        fail(where, f'title {document.core_properties.title!r}, expected {meta.get("title")!r}')


def check_refusal(cli, source, work):
    """A character the fonts cannot draw is refused before any document is written: the loader
    names it at its line and column in the data file (the writer's own refusal, for documents
    from elsewhere, is tested in docx_tests). Exit 1, no document left behind."""
    with open(os.path.join(source, 'samples', 'ky-son.yaml'), encoding='utf-8') as f:
        text = f.read()
    bad = text.replace('{name: Kinh, share: 28.9}', '{name: "Kinh \U0001F600", share: 28.9}')
    if bad == text:
        fail('refusal', 'the sample no longer has the line this check edits')
        return
    path, out = os.path.join(work, 'emoji.yaml'), os.path.join(work, 'emoji')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(bad)
    r = subprocess.run([cli, 'render', path, '--report', 'bao-cao-thong-ke', '--format', 'docx', '-o', out],
                       capture_output=True, text=True)
    if r.returncode != 1 or "U+1F600" not in r.stderr or not re.search(r'emoji\.yaml:\d+:\d+: error: ', r.stderr):
        fail('refusal', f'exit {r.returncode}, stderr {r.stderr!r}')
    if os.path.isdir(out) and os.listdir(out):
        fail('refusal', f'left behind: {os.listdir(out)}')


def main():
    cli, source, work = sys.argv[1:4]
    shutil.rmtree(work, ignore_errors=True)
    checked = 0
    for sample in SAMPLES:
        first, second = os.path.join(work, 'a', sample), os.path.join(work, 'b', sample)
        render(cli, source, sample, first)
        render(cli, source, sample, second)
        names = sorted(f for f in os.listdir(first) if f.endswith('.docx'))
        if len(names) != 3:
            fail(sample, f'{len(names)} docx documents, expected 3: {names}')
        for name in names:
            where = name
            with open(os.path.join(first, name), 'rb') as a, open(os.path.join(second, name), 'rb') as b:
                if a.read() != b.read():
                    fail(where, 'two runs differ')
            built = dump(cli, source, sample, name[len(sample) + 1:-5])
            path = os.path.join(first, name)
            document = docx.Document(path)
            with zipfile.ZipFile(path) as z:
                blocks = built['blocks']
                tables = [b for b in blocks if b['type'] == 'table']
                check_sections(where, document, z, built['layout'], tables)
                check_paragraphs(where, document, blocks)
                check_tables(where, document, blocks)
                check_charts(where, z, blocks)
                check_properties(where, document, built['meta'])
                words = check_words(where, document, z, path[:-5] + '.pdf', built['layout'], blocks)
            print(f'{name}: {len(document.paragraphs)} paragraphs, {len(document.tables)} tables, '
                  f'{len(document.sections)} sections, {words} words')
            checked += 1
    check_refusal(cli, source, work)
    print(f'{checked} documents checked, {len(failures)} failures')
    return 1 if failures or checked == 0 else 0


if __name__ == '__main__':
    sys.exit(main())
