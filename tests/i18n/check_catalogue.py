#!/usr/bin/python3
"""The message catalogues are whole and current.

usage: check_catalogue.py SOURCE_DIR XGETTEXT_ARGS_FILE MO_FILE

- po/wardreport.pot is what xgettext extracts from the sources today (run the wardreport-pot
  target when this fails);
- po/vi.po translates every message of the template, none fuzzy, and msgfmt --check accepts it;
- every translation keeps the placeholders {1}..{9} of its message, and the "; " that separates
  what is wrong from what to write instead (validate --format json splits there);
- the compiled catalogue renders every message id in both languages: English (the id itself,
  placeholders filled) and Vietnamese (different from the English, placeholders filled).
"""
import gettext
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import po  # noqa: E402

source, args_file, mo_file = sys.argv[1:4]
pot = os.path.join(source, 'po', 'wardreport.pot')
vi = os.path.join(source, 'po', 'vi.po')
problems = []


def without_date(path):
    return [l for l in open(path, encoding='utf-8') if not l.startswith('"POT-Creation-Date:')]


with tempfile.TemporaryDirectory() as tmp:
    fresh = os.path.join(tmp, 'fresh.pot')
    xgettext_args = [l.rstrip('\n') for l in open(args_file, encoding='utf-8') if l.strip()]
    subprocess.run(['xgettext', *xgettext_args, '-o', fresh], cwd=source, check=True, stderr=subprocess.DEVNULL)
    if without_date(fresh) != without_date(pot):
        problems.append('po/wardreport.pot is stale: run `cmake --build build --target wardreport-pot`, '
                        'translate the new messages in po/vi.po and commit both')

check = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, vi],
                       capture_output=True, text=True)
if check.returncode != 0:
    problems.append('msgfmt --check refuses po/vi.po:\n' + check.stderr)

template = {e['msgid']: e for e in po.read(pot)}
translated = {e['msgid']: e for e in po.read(vi)}
placeholder = re.compile(r'\{[1-9]\}')
for msgid, t in template.items():
    e = translated.get(msgid)
    if e is None or not all(e['msgstr']) or not e['msgstr']:
        problems.append('untranslated in po/vi.po: ' + repr(msgid))
        continue
    if 'fuzzy' in e['flags']:
        problems.append('fuzzy in po/vi.po: ' + repr(msgid))
    for s in e['msgstr']:
        wanted = set(placeholder.findall(msgid)) | set(placeholder.findall(t['msgid_plural'] or ''))
        if set(placeholder.findall(s)) != wanted:
            problems.append('placeholders differ: %r → %r' % (msgid, s))
        if ('; ' in msgid) != ('; ' in s):
            problems.append('"; " kept in one and not the other: %r → %r' % (msgid, s))

with open(mo_file, 'rb') as f:
    catalogue = gettext.GNUTranslations(f)
fill = lambda s: placeholder.sub(lambda m: '<%s>' % m.group(0)[1], s)  # noqa: E731
for msgid, t in template.items():
    english = fill(msgid)
    if t['msgid_plural']:
        viet = fill(catalogue.ngettext(msgid, t['msgid_plural'], 2))
    else:
        viet = fill(catalogue.gettext(msgid))
    if viet == english and re.search('[a-z]{3}', msgid):
        problems.append('the compiled catalogue gives English for %r' % msgid)
    if '{' in placeholder.sub('', viet) and '{' not in placeholder.sub('', msgid):
        problems.append('a stray brace in the translation of %r: %r' % (msgid, viet))

for p in problems:
    print(p)
print('%d messages, %d problems' % (len(template), len(problems)))
sys.exit(1 if problems else 0)
