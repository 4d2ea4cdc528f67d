#!/usr/bin/python3
"""Optional real-reader check: LibreOffice (headless) converts every sample workbook to ODS.

usage: libreoffice_check.py XLSX_TESTS_BINARY WORK_DIR

Writes the samples with `XLSX_TESTS_BINARY [.samples]`, converts each with soffice, and checks
that each conversion succeeded and kept the Vietnamese text and the formulas. The samples
include the CLI's workbooks of samples/ky-son.yaml. Exits 77 (skipped) when soffice is
not installed.
"""
import os
import shutil
import subprocess
import sys
import zipfile

SKIP = 77


def main():
    binary, work = sys.argv[1], sys.argv[2]
    soffice = shutil.which('soffice') or shutil.which('libreoffice')
    if not soffice:
        print('soffice not installed: skipped (apt-get install libreoffice-calc-nogui)')
        return SKIP
    shutil.rmtree(work, ignore_errors=True)
    samples = os.path.join(work, 'samples')
    converted = os.path.join(work, 'ods')
    os.makedirs(converted)
    env = dict(os.environ, XLSX_SAMPLES_DIR=samples)
    r = subprocess.run([binary, '[.samples]'], env=env, capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stdout, r.stderr)
        return 1
    workbooks = sorted(f for f in os.listdir(samples) if f.endswith('.xlsx'))
    profile = 'file://' + os.path.abspath(os.path.join(work, 'profile'))
    failures = 0
    for name in workbooks:
        src = os.path.join(samples, name)
        r = subprocess.run([soffice, '--headless', '--norestore', f'-env:UserInstallation={profile}',
                            '--convert-to', 'ods', '--outdir', converted, src],
                           capture_output=True, text=True, timeout=300)
        out = os.path.join(converted, name[:-5] + '.ods')
        problem = None
        if r.returncode != 0 or not os.path.exists(out) or os.path.getsize(out) == 0:
            problem = f'conversion failed (exit {r.returncode}): {r.stdout.strip()} {r.stderr.strip()}'
        else:
            with zipfile.ZipFile(out) as z:
                content = z.read('content.xml').decode('utf-8')
            # Text, and formulas that LibreOffice understood (its own syntax in ODS).
            if name.startswith('ky-son-thong-ke'):
                wanted = ['Biểu', 'Kỳ Sơn', 'of:=IF(COUNT([.C3:.C5])=0;&quot;&quot;;SUM([.C3:.C5]))',
                          'IFERROR([.F4]/[.E4];&quot;&quot;)', 'of:=IF(COUNT([.B3];[.C3])&lt;2;&quot;&quot;;[.B3]-[.C3])']
            elif name.startswith('ho-gia-dinh'):
                wanted = ['Hộ 20000', 'IFERROR([.F4]/[.D4];&quot;&quot;)', 'SUM([.D4:.D20003])']
            else:  # the CLI's reports of the Kỳ Sơn sample
                wanted = ['Kỳ Sơn']
            for text in wanted:
                if text not in content:
                    problem = f'{text!r} missing from the converted workbook'
        print(f'{name}: {problem or "converted"}')
        failures += problem is not None
    failures += clerk_types_an_actual(soffice, profile, samples, converted)
    return 1 if failures else 0


def clerk_types_an_actual(soffice, profile, samples, converted):
    """The Kỳ Sơn tracking workbook has no actuals: a clerk types one (openpyxl, which keeps the
    formulas and drops cached values) and LibreOffice must compute the % of the target in that
    row (40 of 50 = 0.8) and leave the rows still without an actual blank."""
    import openpyxl
    import re
    wb = openpyxl.load_workbook(os.path.join(samples, 'ky-son-theo-doi-chi-tieu.xlsx'))
    ws = wb.worksheets[1]
    if ws['G3'].value != 50 or ws['J3'].value is not None:
        print(f'tracking workbook: G3={ws["G3"].value!r} J3={ws["J3"].value!r}, expected 50 and blank')
        return 1
    ws['J3'] = 40
    typed = os.path.join(samples, 'typed.xlsx')
    wb.save(typed)
    subprocess.run([soffice, '--headless', '--norestore', f'-env:UserInstallation={profile}',
                    '--convert-to', 'ods', '--outdir', converted, typed], capture_output=True, timeout=300)
    with zipfile.ZipFile(os.path.join(converted, 'typed.ods')) as z:
        content = z.read('content.xml').decode('utf-8')
    cells = re.findall(r'<table:table-cell[^>]*IFERROR\(\[\.J(\d+)\][^>]*>', content)
    computed = re.findall(r'IFERROR\(\[\.J(\d+)\][^>]*office:value="([^"]*)"', content)
    ok = cells == ['3', '4', '5', '6'] and computed == [('3', '0.8')]
    print(f'typed actual: rows with the formula {cells}, computed {computed}: {"computed" if ok else "WRONG"}')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
