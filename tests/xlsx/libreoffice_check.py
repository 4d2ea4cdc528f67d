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
                wanted = ['Biểu', 'Kỳ Sơn', 'of:=SUM([.C3:.C5])', 'of:=[.F4]/[.E4]', 'of:=[.B3]-[.C3]']
            elif name.startswith('ho-gia-dinh'):
                wanted = ['Hộ 20000', 'of:=[.F4]/[.D4]', 'of:=SUM([.D4:.D20003])']
            else:  # the CLI's reports of the Kỳ Sơn sample
                wanted = ['Kỳ Sơn']
            for text in wanted:
                if text not in content:
                    problem = f'{text!r} missing from the converted workbook'
        print(f'{name}: {problem or "converted"}')
        failures += problem is not None
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
