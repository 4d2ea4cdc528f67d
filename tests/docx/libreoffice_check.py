#!/usr/bin/python3
"""Optional real-reader check: LibreOffice (headless) converts every docx the CLI writes for both
samples to PDF, without loss: every word of the document's body (python-docx) is in `pdftotext` of
LibreOffice's PDF. Page 1 of each is also written as a PNG next to it, to look at beside the pdf
plugin's page 1.

usage: libreoffice_check.py WARDREPORT_CLI SOURCE_DIR WORK_DIR

Exits 77 (skipped) when soffice is not installed (apt-get install libreoffice-writer-nogui).
"""
import collections
import os
import shutil
import subprocess
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_samples  # noqa: E402  (body_words, pdf_words)

SKIP = 77


def main():
    cli, source, work = sys.argv[1:4]
    soffice = shutil.which('soffice') or shutil.which('libreoffice')
    if not soffice:
        print('soffice not installed: skipped (apt-get install libreoffice-writer-nogui)')
        return SKIP
    shutil.rmtree(work, ignore_errors=True)
    docs, converted = os.path.join(work, 'docx'), os.path.join(work, 'pdf')
    os.makedirs(converted)
    failures = 0
    for sample in check_samples.SAMPLES:
        r = subprocess.run([cli, 'render', os.path.join(source, 'samples', sample + '.yaml'), '--format', 'docx',
                            '-o', docs], capture_output=True, text=True)
        if r.returncode != 0:
            print(f'{sample}: render exited {r.returncode}: {r.stderr}')
            failures += 1
    profile = 'file://' + os.path.abspath(os.path.join(work, 'profile'))
    names = sorted(f for f in os.listdir(docs) if f.endswith('.docx'))
    for name in names:
        src = os.path.join(docs, name)
        r = subprocess.run([soffice, '--headless', '--norestore', f'-env:UserInstallation={profile}',
                            '--convert-to', 'pdf', '--outdir', converted, src],
                           capture_output=True, text=True, timeout=300)
        pdf = os.path.join(converted, name[:-5] + '.pdf')
        problem = None
        if r.returncode != 0 or not os.path.exists(pdf) or os.path.getsize(pdf) == 0:
            problem = f'conversion failed (exit {r.returncode}): {r.stdout.strip()} {r.stderr.strip()}'
        else:
            body = collections.Counter(check_samples.body_words(docx.Document(src)))
            shown = collections.Counter(check_samples.pdf_words(pdf, 10**6))
            lost = body - shown
            if lost:
                problem = f'words lost in the conversion: {sorted(lost.elements())[:20]}'
            subprocess.run(['pdftoppm', '-r', '80', '-png', '-f', '1', '-l', '1', pdf, pdf[:-4]], check=False)
        print(f'{name}: {problem or "converted, no word lost"}')
        failures += problem is not None
    if len(names) != 2 * 3:
        print(f'{len(names)} documents, expected 6')
        failures += 1
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
