"""SyntaxError locations (parser/errorpos.py, invalidrules.py, coding.py,
interpreter/syntaxerror.py), untranslated: the programs of
tests/programs/syntax_error_offsets against what CPython 3.11 printed
(stdout, the whole stderr, the exit status), and the helpers on cases
that follow from CPython's definitions."""

import os

import pytest

from tests.unit.support import run, folder_programs, read_bytes as read, \
    PROGRAMS
from fastpy.parser import errorpos, coding

FOLDER = os.path.join(PROGRAMS, 'syntax_error_offsets')


def programs():
    return folder_programs('syntax_error_offsets')


@pytest.mark.parametrize('name', programs())
def test_program(name):
    base = os.path.join(FOLDER, name[:-3])
    out, err, status = run(read(base + '.py'), argv=[name],
                           path=base + '.py')
    # CPython shows the script's absolute path; the run here is prog.py
    expected_err = read(base + '.err').replace(
        '<root>/tests/programs/syntax_error_offsets/%s' % name, 'prog.py')
    assert out == read(base + '.out')
    assert err == expected_err
    assert status == int(read(base + '.code').strip())


def test_byte_to_char_offset():
    line = 'x = "\xc3\xa9" +\n'
    assert errorpos.byte_to_char_offset(line, 1) == 1
    assert errorpos.byte_to_char_offset(line, 10) == 9     # after the '+'
    # into the middle of a character: the cut one counts
    assert errorpos.byte_to_char_offset(line, 6) == 6
    # one past the end: CPython decodes the terminating NUL too
    assert errorpos.byte_to_char_offset('abc', 4) == 4
    assert errorpos.byte_to_char_offset('abc', 9) == 4


def test_utf8_errors():
    s = '\xcf\xb3\xf2\xee\xed'
    assert errorpos.first_utf8_error(s) == (2, 3,
                                            'invalid continuation byte')
    assert errorpos.utf8_error_message(s, 2, 3, 'invalid continuation byte') \
        == ("'utf-8' codec can't decode byte 0xf2 in position 2: invalid "
            "continuation byte")
    assert errorpos.first_utf8_error('a\xe2\x82') == (1, 3,
                                                       'unexpected end of data')
    assert errorpos.first_utf8_error('\xff') == (0, 1, 'invalid start byte')
    assert errorpos.first_utf8_error('\xed\xa0\x80') == (
        0, 1, 'invalid continuation byte')          # a surrogate
    assert errorpos.replace_invalid('a\xffb') == 'a\xef\xbf\xbdb'


def test_find_encoding():
    assert coding.find_encoding('x = 1\n') == (False, '')
    assert coding.find_encoding('# -*- coding: latin-1 -*-\n') == (
        False, 'iso-8859-1')
    assert coding.find_encoding('#!python\n# vim: fileencoding=UTF_8\n') \
        == (False, 'utf-8')
    assert coding.find_encoding('x = 1\n# coding: cp1251\n') == (False, '')
    assert coding.find_encoding('\xef\xbb\xbfx\n') == (True, '')
    assert coding.find_encoding('# coding: utf8\n') == (False, 'utf8')
    with pytest.raises(coding.CodingError) as info:
        coding.find_encoding('\xef\xbb\xbf# coding: utf8\n')
    assert info.value.msg == 'encoding problem: utf8 with BOM'
