"""A reader of gettext .po/.pot files: enough for the checks of check_catalogue.py (entries,
plural forms, flags, obsolete entries skipped)."""


def _unquote(s):
    s = s.strip()
    assert s.startswith('"') and s.endswith('"'), s
    out, i, body = [], 0, s[1:-1]
    escapes = {'n': '\n', 't': '\t', '"': '"', '\\': '\\'}
    while i < len(body):
        c = body[i]
        if c == '\\' and i + 1 < len(body):
            out.append(escapes.get(body[i + 1], body[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def read(path):
    """The entries of `path`: dicts with msgid, msgid_plural (or None), msgstr (a list: one
    item, or one per plural form) and flags (a set). The header (msgid "") is left out."""
    entries, cur, field = [], None, None

    def finish():
        if cur is not None and cur['msgid'] != '':
            entries.append(cur)

    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('#~'):
            continue
        if line.startswith('#,'):
            finish()
            cur, field = {'msgid': None, 'msgid_plural': None, 'msgstr': [], 'flags': set()}, None
            cur['flags'] = {f.strip() for f in line[2:].split(',')}
        elif line.startswith('msgid '):
            if cur is None or cur['msgid'] is not None:
                finish()
                cur = {'msgid': None, 'msgid_plural': None, 'msgstr': [], 'flags': set()}
            cur['msgid'], field = _unquote(line[6:]), 'msgid'
        elif line.startswith('msgid_plural '):
            cur['msgid_plural'], field = _unquote(line[13:]), 'msgid_plural'
        elif line.startswith('msgstr'):
            cur['msgstr'].append(_unquote(line.split(' ', 1)[1]))
            field = 'msgstr'
        elif line.startswith('"') and field:
            if field == 'msgstr':
                cur['msgstr'][-1] += _unquote(line)
            else:
                cur[field] += _unquote(line)
    finish()
    return entries


def quote(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n').replace('\t', '\\t') + '"'
