#!/usr/bin/python3
"""Reads a docx with python-docx (Debian python3-docx) and prints what the tests check, as JSON:
the zip entries (name, date, method), the paragraphs (style, text), the tables (style, whether
the first row repeats, the rows' texts), the sections (size, orientation, first page apart) and
the core properties.

usage: read_docx.py FILE.docx
"""
import json
import sys
import zipfile

import docx
from docx.oxml.ns import qn


def main():
    path = sys.argv[1]
    d = docx.Document(path)
    with zipfile.ZipFile(path) as z:
        entries = [{'name': i.filename, 'date': list(i.date_time), 'deflated': i.compress_type == zipfile.ZIP_DEFLATED}
                   for i in z.infolist()]
        document_xml = z.read('word/document.xml').decode()
        core_xml = z.read('docProps/core.xml').decode()
    tables = []
    for t in d.tables:
        style = t._tbl.tblPr.find(qn('w:tblStyle'))
        first = t.rows[0]._tr
        tables.append({
            'style': style.get(qn('w:val')) if style is not None else '',
            'header_repeats': first.trPr is not None and first.trPr.find(qn('w:tblHeader')) is not None,
            'rows': [[c.text for c in r.cells] for r in t.rows],
            'widths_twips': [int(g.get(qn('w:w'))) for g in t._tbl.tblGrid.findall(qn('w:gridCol'))],
        })
    out = {
        'entries': entries,
        'paragraphs': [{'style': p.style.name, 'text': p.text} for p in d.paragraphs],
        'tables': tables,
        'sections': [{'landscape': s.page_width > s.page_height, 'width_mm': round(s.page_width / 36000, 1),
                      'height_mm': round(s.page_height / 36000, 1),
                      'first_page_apart': bool(s.different_first_page_header_footer)} for s in d.sections],
        'created': d.core_properties.created.isoformat() if d.core_properties.created else None,
        'title': d.core_properties.title,
        'document_xml': document_xml,
        'core_xml': core_xml,
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main()
