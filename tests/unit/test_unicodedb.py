"""fastpy's character database (fastpy/unicodedb) answers as CPython
3.11's: each property of a sample of code points (every code point of
the first plane's first 0x3000, then every 7th), compared with what
CPython 3.11 prints for the same code points."""

import json
import os
import subprocess

import pytest

from fastpy.unicodedb import db

CPYTHON = '/root/.pyenv/versions/3.11.7/bin/python'

SAMPLE = list(range(0x3000)) + list(range(0x3000, 0x110000, 7))

CPYTHON_SIDE = r'''
import json, sys, unicodedata as u
codes = json.load(sys.stdin)
def hexes(s):
    return [ord(x) for x in s]
out = []
for code in codes:
    c = chr(code)
    out.append([u.category(c), u.bidirectional(c), u.east_asian_width(c),
                u.combining(c), bool(u.mirrored(c)), u.decimal(c, None),
                u.digit(c, None), u.numeric(c, None), u.name(c, ''),
                u.decomposition(c),
                [c.isspace(), c.isalpha(), len(('a' + c + 'b').splitlines()) == 2,
                 c.isnumeric(), c.isdigit(), c.isdecimal(), c.isupper(),
                 c.islower(), c != '_' and c.isidentifier(),
                 ('a' + c).isidentifier(), c.isprintable()],
                hexes(c.upper()), hexes(c.lower()), hexes(c.title()),
                hexes(c.casefold())])
json.dump(out, sys.stdout)
'''


def optional(function, code):
    try:
        return function(code)
    except KeyError:
        return None


def fastpy_side(code):
    casefold = db.casefold_lookup(code)
    if casefold is None:
        casefold = db.tolower_full(code)
    return [db.category(code), db.bidirectional(code),
            db.east_asian_width(code), db.combining(code),
            db.mirrored(code), optional(db.decimal, code),
            optional(db.digit, code), optional(db.numeric, code),
            optional(db.name, code) or '', db.decomposition(code),
            [db.isspace(code), db.isalpha(code), db.islinebreak(code),
             db.isnumeric(code), db.isdigit(code), db.isdecimal(code),
             db.isupper(code), db.islower(code), db.isxidstart(code),
             db.isxidcontinue(code), db.isprintable(code)],
            list(db.toupper_full(code)), list(db.tolower_full(code)),
            list(db.totitle_full(code)), list(casefold)]


@pytest.mark.skipif(not os.path.exists(CPYTHON), reason='needs CPython 3.11')
def test_properties_match_cpython():
    process = subprocess.Popen([CPYTHON, '-c', CPYTHON_SIDE],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    out, _ = process.communicate(json.dumps(SAMPLE).encode('ascii'))
    expected = json.loads(out.decode('ascii'))
    mismatches = []
    for code, want in zip(SAMPLE, expected):
        got = json.loads(json.dumps(fastpy_side(code)))
        if got != want:
            mismatches.append((hex(code), got, want))
    assert mismatches[:5] == []
    assert len(expected) == len(SAMPLE)


def test_version_is_cpython_311s():
    assert db.version == '14.0.0'
