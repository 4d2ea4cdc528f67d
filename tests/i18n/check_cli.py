#!/usr/bin/python3
"""The CLI as a Vietnamese clerk, an editor and a terminal see it.

usage: check_cli.py WARDREPORT SOURCE_DIR CHECK [TEST_PLUGINS_DIR]
  vietnamese  LANG=vi_VN.UTF-8 validate on every file of tests/bad/ward: Vietnamese text, the same
              FILE:LINE:COLUMN: severity and exit status as in English, whether or not the locale
              vi_VN.UTF-8 is generated on this machine (Debian without `locales` has only C.UTF-8)
  json        validate --format json: the shape, the language of message and hint, the exit status
  colour      gcc's colours on a terminal (a pseudo-terminal), none with NO_COLOR or into a pipe
  areas       one message of each area beyond the ward loader in Vietnamese, at the same places as
              in English: a report definition's template and block, an import refusal, a plugin refused
              for its SDK version, a batch failure line and its manifest line (TEST_PLUGINS_DIR:
              the built test plugins of tests/plugins)
"""
import json
import os
import pty
import re
import shutil
import subprocess
import sys
import tempfile

cli, source, check = sys.argv[1:4]
bad = os.path.join(source, 'tests', 'bad', 'ward')
problems = []


def env(**kw):
    e = {k: v for k, v in os.environ.items() if not k.startswith('LC_') and k not in ('LANG', 'LANGUAGE', 'NO_COLOR')}
    e.update(kw)
    return e


def run(args, **kw):
    return subprocess.run([cli, *args], capture_output=True, env=env(**kw), cwd=source)


def locations(stderr):
    """FILE:LINE:COLUMN: severity: of each diagnostic line."""
    return [m.group(0) for m in re.finditer(r'^[^\n]*?:(?:\d+:)*\s?(?:error|warning|note):', stderr, re.M)]


def check_vietnamese():
    files = sorted(f for f in os.listdir(bad) if f.endswith('.yaml'))
    for name in files:
        path = os.path.join('tests', 'bad', 'ward', name)
        en = run(['validate', path], LANG='C.UTF-8')
        vi = run(['validate', path], LANG='vi_VN.UTF-8')
        en_err, vi_err = en.stderr.decode('utf-8', 'replace'), vi.stderr.decode('utf-8', 'replace')
        if en.returncode != 1 or vi.returncode != 1:
            problems.append('%s: exit %d in English, %d in Vietnamese; expected 1' % (name, en.returncode, vi.returncode))
        if locations(en_err) != locations(vi_err) or not locations(vi_err):
            problems.append('%s: the locations differ:\n  en %s\n  vi %s' % (name, locations(en_err), locations(vi_err)))
        if 'không hợp lệ' not in vi_err:
            problems.append('%s: no Vietnamese summary in:\n%s' % (name, vi_err))
    # Messages of the loader, whole sentences, as the clerk reads them.
    expected = {
        'type-unknown-field.yaml': "không có trường '",
        'type-population-text.yaml': "không phải là số",
        'range-negative-population.yaml': "là số âm",
        'syntax-unclosed-quote.yaml': "không được đóng",
        'type-missing-required.yaml': "thiếu trường bắt buộc",
        'bytes-empty.yaml': "tệp trống",
    }
    for name, words in expected.items():
        out = run(['validate', os.path.join('tests', 'bad', 'ward', name)], LANG='vi_VN.UTF-8').stderr.decode()
        if words not in out:
            problems.append('%s: expected %r in the Vietnamese messages:\n%s' % (name, words, out))
    # The C library's own texts (strerror) in UTF-8, never transliterated to '?'.
    missing = run(['validate', 'no-such-file.yaml'], LANG='vi_VN.UTF-8').stderr.decode('utf-8')
    if 'không đọc được tệp (' not in missing or '?' in missing:
        problems.append('a missing file in Vietnamese: %r' % missing)
    # The documents do not depend on the language of the messages.
    dumps = [run(['render', 'samples/xa-minh-hoa-demo.yaml', '--dump', 'json'], LANG=lang).stdout
             for lang in ('C.UTF-8', 'vi_VN.UTF-8')]
    if dumps[0] != dumps[1] or len(dumps[0]) < 1000:
        problems.append('render --dump json differs between English and Vietnamese messages')
    # LANGUAGE alone, and LC_ALL over LANG, as gettext reads them; C stays English.
    sample = os.path.join('samples', 'ky-son.yaml')
    for kw, want in (({'LANG': 'C.UTF-8', 'LANGUAGE': 'vi'}, 'hợp lệ'), ({'LANG': 'C'}, ': ok'),
                     ({'LANG': 'C.UTF-8', 'LC_ALL': 'vi_VN.UTF-8'}, 'hợp lệ'), ({'LANG': 'vi_VN'}, 'hợp lệ')):
        out = run(['validate', sample], **kw).stdout.decode()
        if want not in out:
            problems.append('validate with %s: expected %r in %r' % (kw, want, out))
    # Help and usage errors.
    helptext = run(['render', '--help'], LANG='vi_VN.UTF-8').stdout.decode()
    for words in ('Cách dùng', 'Tùy chọn', 'Thư mục kết quả', '--format', 'In hướng dẫn này rồi thoát'):
        if words not in helptext:
            problems.append('render --help: expected %r in:\n%s' % (words, helptext))
    usage = run(['rendr'], LANG='vi_VN.UTF-8')
    if usage.returncode != 2 or "không có lệnh 'rendr'" not in usage.stderr.decode():
        problems.append('an unknown command: exit %d, %r' % (usage.returncode, usage.stderr.decode()))


def check_json():
    path = os.path.join('tests', 'bad', 'ward', 'range-negative-population.yaml')
    text = run(['validate', path], LANG='C.UTF-8')
    for lang, words in (('C.UTF-8', 'negative'), ('vi_VN.UTF-8', 'số âm')):
        r = run(['validate', '--format', 'json', path, 'samples/ky-son.yaml'], LANG=lang)
        if r.returncode != 1:
            problems.append('json (%s): exit %d; expected 1 as in text mode' % (lang, r.returncode))
        if r.stderr:
            problems.append('json (%s): expected nothing on stderr, got %r' % (lang, r.stderr))
        doc = json.loads(r.stdout)
        files = doc['files']
        if [f['file'] for f in files] != [path, 'samples/ky-son.yaml'] or [f['valid'] for f in files] != [False, True]:
            problems.append('json: files %r' % files)
            continue
        d = files[0]['diagnostics'][0]
        if set(d) != {'file', 'line', 'column', 'severity', 'id', 'message', 'hint'}:
            problems.append('json: keys %r' % sorted(d))
        where = '%s:%d:%d: %s:' % (d['file'], d['line'], d['column'], d['severity'])
        if not text.stderr.decode().startswith(where):
            problems.append('json: %r is not where text mode puts it: %r' % (where, text.stderr.decode()))
        if words not in d['message'] or not d['hint'] or not d['id'] or '{1}' not in d['id']:
            problems.append('json (%s): message %r, hint %r, id %r' % (lang, d['message'], d['hint'], d['id']))
        if files[0]['errors'] != 1 or files[1]['diagnostics'] != []:
            problems.append('json: counts %r' % files)
    ok = run(['validate', '--format', 'json', 'samples/ky-son.yaml'], LANG='C.UTF-8')
    if ok.returncode != 0 or json.loads(ok.stdout)['files'][0]['valid'] is not True:
        problems.append('json of a valid file: exit %d %r' % (ok.returncode, ok.stdout))
    stdin = subprocess.run([cli, 'validate', '--format', 'json', '-'], input=b'wardreport: 1\nward: [\n',
                           capture_output=True, env=env(LANG='C.UTF-8'))
    d = json.loads(stdin.stdout)['files'][0]
    if stdin.returncode != 1 or d['file'] != '<stdin>' or d['diagnostics'][0]['file'] != '<stdin>' \
            or d['diagnostics'][0]['line'] != 2:
        problems.append('json from standard input: %r' % stdin.stdout)


def on_terminal(args, **kw):
    """stderr of the CLI run with its stderr on a pseudo-terminal."""
    master, slave = pty.openpty()
    p = subprocess.Popen([cli, *args], stdout=subprocess.DEVNULL, stderr=slave, env=env(**kw), cwd=source)
    os.close(slave)
    out = b''
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    p.wait()
    os.close(master)
    return out.decode('utf-8', 'replace')


def check_colour():
    path = os.path.join('tests', 'bad', 'ward', 'range-negative-population.yaml')
    coloured = on_terminal(['validate', path], LANG='C.UTF-8', TERM='xterm')
    if '\x1b[01;31merror:\x1b[m' not in coloured or '\x1b[01m' + path not in coloured:
        problems.append('on a terminal: expected gcc colours, got %r' % coloured)
    for kw in ({'NO_COLOR': '1'}, {'TERM': 'dumb'}):
        plain = on_terminal(['validate', path], LANG='C.UTF-8', **{'TERM': 'xterm', **kw})
        if '\x1b' in plain or 'error:' not in plain:
            problems.append('on a terminal with %s: expected no colour, got %r' % (kw, plain))
    empty = on_terminal(['validate', path], LANG='C.UTF-8', TERM='xterm', NO_COLOR='')
    if '\x1b[01;31m' not in empty:
        problems.append('NO_COLOR set but empty does not turn colour off (no-color.org): got %r' % empty)
    piped = run(['validate', path], LANG='C.UTF-8', TERM='xterm').stderr
    if b'\x1b' in piped:
        problems.append('into a pipe: expected no colour, got %r' % piped)


def same_places(label, args, words, before=None):
    """`args` in English and in Vietnamese: the same exit status (not 0) and FILE:LINE:COLUMN:
    severity: lines, and `words` in the Vietnamese. `before` runs ahead of each (a clean slate)."""
    out = {}
    for lang in ('C.UTF-8', 'vi_VN.UTF-8'):
        if before:
            before()
        r = run(args, LANG=lang)
        out[lang] = (r.returncode, r.stderr.decode('utf-8', 'replace'))
    (en_rc, en), (vi_rc, vi) = out['C.UTF-8'], out['vi_VN.UTF-8']
    if en_rc == 0 or en_rc != vi_rc:
        problems.append('%s: exit %d in English, %d in Vietnamese' % (label, en_rc, vi_rc))
    if locations(en) != locations(vi) or not locations(vi):
        problems.append('%s: the locations differ:\n  en %s\n  vi %s' % (label, locations(en), locations(vi)))
    for w in words:
        if w not in vi:
            problems.append('%s: expected %r in the Vietnamese messages:\n%s' % (label, w, vi))
    return vi


def plugin_copy(name, to):
    """The built test plugin `name` copied into the folder `to` (trusted: ours, mode 0755)."""
    folder = os.path.join(sys.argv[4], name)
    so = [f for f in os.listdir(folder) if f.endswith('.so')][0]
    os.makedirs(to, mode=0o755, exist_ok=True)
    shutil.copy(os.path.join(folder, so), to)
    os.chmod(os.path.join(to, so), 0o755)


def check_areas():
    tmp = tempfile.mkdtemp()
    try:
        defs = os.path.join(tmp, 'definitions')
        os.makedirs(defs)
        shutil.copy(os.path.join(source, 'tests', 'bad', 'definitions', 'def-template-unknown-field.yaml'), defs)
        same_places('a template error', ['reports', '--reports-dir', defs], ["không có trường '"])
        os.remove(os.path.join(defs, 'def-template-unknown-field.yaml'))
        shutil.copy(os.path.join(source, 'tests', 'bad', 'definitions', 'def-heading-level.yaml'), defs)
        same_places('a definition error', ['reports', '--reports-dir', defs], ['cấp đề mục phải là 1, 2 hoặc 3'])
        os.remove(os.path.join(defs, 'def-heading-level.yaml'))
        # The thing a misspelt key is in is translated too, not only the sentence around it.
        shutil.copy(os.path.join(source, 'tests', 'bad', 'definitions', 'def-unknown-key.yaml'), defs)
        same_places('an unknown key', ['reports', '--reports-dir', defs],
                    ["không có khóa 'descriptoin' trong tệp định nghĩa báo cáo"])

        book = os.path.join(tmp, 'book')
        r = run(['render', 'samples/xa-minh-hoa-demo.yaml', '--report', 'theo-doi-chi-tieu', '--format', 'xlsx',
                 '-o', book], LANG='C.UTF-8')
        xlsx = [os.path.join(book, f) for f in os.listdir(book) if f.endswith('.xlsx')] if r.returncode == 0 else []
        if not xlsx:
            problems.append('import: no workbook rendered: %r' % r.stderr)
        else:
            same_places('an import refusal', ['import', 'samples/ky-son.yaml', xlsx[0]],
                        ['bảng Excel là của', 'nhưng tệp dữ liệu là của'])

        refused = os.path.join(tmp, 'sdk-3-0')
        plugin_copy('sdk-3-0', refused)
        vi = same_places('a plugin refused', ['plugins', '--plugin-dir', refused],
                         ['plugin được biên dịch cho SDK 3.0, bản wardreport này có SDK 2.', 'hãy biên dịch lại plugin'])

        crash = os.path.join(tmp, 'crash-plugin')
        plugin_copy('crash-on-marker', crash)
        wards = os.path.join(tmp, 'wards')
        os.makedirs(wards)
        shutil.copy(os.path.join(source, 'samples', 'ky-son.yaml'), os.path.join(wards, 'crash.yaml'))
        out = os.path.join(tmp, 'out')
        vi = same_places('a batch failure line',
                         ['batch', wards, '-o', out, '--plugin-dir', crash, '--format', 'crash-on-marker',
                          '--report', 'nghi-quyet', '--jobs', '1'],
                         [os.path.join(out, 'crash', 'crash-nghi-quyet.out') + ': error: plugin',
                          'bị dừng bởi tín hiệu 11', 'lỗi là của plugin'],
                         before=lambda: shutil.rmtree(out, ignore_errors=True))
        # The progress line, on a terminal only.
        shutil.rmtree(out, ignore_errors=True)
        shown = on_terminal(['batch', wards, '-o', out, '--report', 'nghi-quyet', '--format', 'crash-on-marker',
                             '--plugin-dir', crash, '--jobs', '1'], LANG='vi_VN.UTF-8', TERM='xterm')
        if '1/1 phường, xã' not in shown or 'tệp/giây' not in shown or '1 lỗi' not in shown:
            problems.append('batch on a terminal: no Vietnamese progress line in %r' % shown)
        with open(os.path.join(out, 'manifest.jsonl'), encoding='utf-8') as f:
            lines = [json.loads(line) for line in f]
        errors = [d for line in lines for d in (line['error'] or [])]
        if len(errors) != 1 or errors[0]['file'] != os.path.join(out, 'crash', 'crash-nghi-quyet.out') \
                or 'bị dừng bởi tín hiệu 11' not in errors[0]['message'] or 'báo cho tác giả' not in errors[0]['hint']:
            problems.append('batch: the manifest\'s error in Vietnamese: %r' % errors)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


{'vietnamese': check_vietnamese, 'json': check_json, 'colour': check_colour, 'areas': check_areas}[check]()
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
