"""Generate fastpy's character database module (fastpy/unicodedb/ucd_*.py)
with RPython's generator, from the UCD files ucd_from_cpython.py wrote.
Run by Python 2.7 with the toolchain on the path:

    PYTHONPATH=build/toolchain python2.7 tools/unicodedb/generate.py UCDDIR OUT.py

The module stores its differences from RPython's Unicode 5.2.0 database
(the base).  Name aliases and named sequences come from RPython's 8.0.0
database: Unicode never removes either.  `make unicodedb` runs both steps.
"""

import os
import re
import sys

import rpython.rlib.unicodedata as rpython_unicodedata

GENERATOR_DIR = os.path.dirname(rpython_unicodedata.__file__)
sys.path.insert(0, GENERATOR_DIR)

import generate_unicodedb as generator  # noqa: E402  (needs the path above)
import unicodedb_8_0_0 as aliases_source  # noqa: E402

# The generator stores differences from a database that has its own name
# trie: RPython's 5.2.0 one.
BASE_NAME = 'unicodedb_5_2_0'

# Code point ranges whose names are computed ("CJK UNIFIED
# IDEOGRAPH-XXXX"), as CPython's database of this version has them.
CJK_RANGES = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF),
              (0x2A700, 0x2B738), (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1),
              (0x2CEB0, 0x2EBE0), (0x30000, 0x3134A)]


# The generator writes the CJK ranges it knows (it compares version
# strings, so "14.0.0" gets those of Unicode 3): one parenthesised
# condition on `code`, twice.
GENERATOR_CJK_INTERVAL = re.compile(r'\(0x3400 <= code <= [^)]*\)')


def base_name(code):
    # name() refuses the private-use codes that hold the aliases and
    # sequences; their names are in the same tables.
    try:
        return aliases_source._names[code]
    except KeyError:
        return aliases_source.base_mod.lookup_charcode(code)


def base_aliases():
    lines = []
    for i, code in enumerate(aliases_source._name_aliases):
        lines.append('%04X;%s;' % (code, base_name(0xF0000 + i)))
    return lines


def base_named_sequences():
    lines = []
    for i, codes in enumerate(aliases_source._named_sequences):
        name = base_name(0xF0200 + i)
        lines.append('%s;%s' % (name, ' '.join('%04X' % ord(c) for c in codes)))
    return lines


def cjk_interval_source():
    return '(' + ' or '.join('0x%X <= code <= 0x%X' % r
                             for r in CJK_RANGES) + ')'


def main(ucd_dir, output):
    version = open(os.path.join(ucd_dir, 'VERSION')).read().strip()

    def ucd(stem):
        return open(os.path.join(ucd_dir, '%s-%s.txt' % (stem, version)))

    files = {
        'data': ucd('UnicodeData'),
        'exclusions': ucd('CompositionExclusions'),
        'east_asian_width': ucd('EastAsianWidth'),
        'unihan': ucd('UnihanNumeric'),
        'linebreak': ucd('LineBreak'),
        'derived_core_properties': ucd('DerivedCoreProperties'),
        'special_casing': ucd('SpecialCasing'),
        'casefolding': ucd('CaseFolding'),
        'name_aliases': base_aliases(),
        'named_sequences': base_named_sequences(),
    }
    table = generator.read_unicodedata(files)
    table.upper_lower_from_properties = True

    import StringIO
    out = StringIO.StringIO()
    generator.writeUnicodedata(version, table, out, BASE_NAME)
    source = out.getvalue()
    # The generator writes the base import for its own directory.
    base_import = 'import %s as base_mod' % BASE_NAME
    assert source.count(base_import) == 1
    source = source.replace(
        base_import,
        'from rpython.rlib.unicodedata import %s as base_mod' % BASE_NAME)
    source, count = GENERATOR_CJK_INTERVAL.subn(cjk_interval_source(),
                                                source)
    assert count == 2, count
    with open(output, 'w') as f:
        f.write('# The Unicode %s character database of CPython 3.11, generated\n'
                '# by tools/unicodedb (make unicodedb).  Do not edit.\n'
                % version)
        f.write('\nfrom rpython.rlib.rarithmetic import r_longlong\n\n')
        f.write(source)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
