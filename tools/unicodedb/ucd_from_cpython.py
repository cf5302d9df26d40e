"""Write the Unicode Character Database files that RPython's database
generator reads (UnicodeData, DerivedCoreProperties, SpecialCasing,
CaseFolding, ...) for the Unicode version of the CPython running this
script, recovered from that CPython's `unicodedata` module and str
methods.  fastpy's character database must answer exactly as CPython
3.11's does, and this way it is derived from the same data without the
UCD text files being needed on the machine.

    python3.11 tools/unicodedb/ucd_from_cpython.py OUTDIR

Name aliases and named sequences cannot be listed from `unicodedata`;
generate.py takes them from the base database and keeps the ones
CPython still resolves.
"""

import os
import sys
import unicodedata
import _sre

MAXUNICODE = 0x10FFFF
VERSION = unicodedata.unidata_version

# Names that the database computes instead of storing them.
ALGORITHMIC_NAME_PREFIXES = ('CJK UNIFIED IDEOGRAPH-', 'HANGUL SYLLABLE ')


def hexcode(code):
    return '%04X' % code


def hexcodes(text):
    return ' '.join(hexcode(ord(c)) for c in text)


def numeric_field(c):
    value = unicodedata.numeric(c, None)
    if value is None:
        return ''
    if value == int(value):
        return str(int(value))
    # Fractions of the UCD have small denominators.
    for denominator in range(2, 1000):
        numerator = value * denominator
        if abs(numerator - round(numerator)) < 1e-9:
            return '%d/%d' % (round(numerator), denominator)
    raise ValueError('numeric value of U+%04X: %r' % (ord(c), value))


def single(text):
    return text if len(text) == 1 else None


def simple_upper(c):
    upper = single(c.upper())
    if upper is not None:
        return upper
    # A multi-character full uppercase (U+1F80 -> 'ἈΙ') can still have a
    # one-character simple uppercase, the titlecase form (U+1F88).
    title = single(c.title())
    if title is not None and title != c and unicodedata.category(title) == 'Lt':
        return title
    return None


def simple_lower(c):
    return chr(_sre.unicode_tolower(ord(c)))


def unicode_data_line(code):
    c = chr(code)
    name = unicodedata.name(c, '')
    if not name or name.startswith(ALGORITHMIC_NAME_PREFIXES):
        name = '<unnamed>'
    category = unicodedata.category(c)
    decimal = unicodedata.decimal(c, None)
    digit = unicodedata.digit(c, None)
    upper = simple_upper(c)
    lower = simple_lower(c)
    title = single(c.title())
    fields = [
        hexcode(code), name, category, str(unicodedata.combining(c)),
        unicodedata.bidirectional(c), unicodedata.decomposition(c),
        '' if decimal is None else str(decimal),
        '' if digit is None else str(digit),
        numeric_field(c),
        'Y' if unicodedata.mirrored(c) else 'N',
        '', '',
        hexcode(ord(upper)) if upper not in (None, c) else '',
        hexcode(ord(lower)) if lower != c else '',
        hexcode(ord(title)) if title not in (None, c) else '',
    ]
    return ';'.join(fields)


def is_assigned(code):
    return unicodedata.category(chr(code)) != 'Cn'


def is_case_ignorable(c):
    # A final sigma is found by skipping case-ignorable characters on
    # both sides: after a cased letter, sigma+c is final when c is
    # ignorable or not cased, and c+sigma is final when c is ignorable or
    # cased.  Both are final only for an ignorable c.
    after = ('A\u03a3' + c).lower()[1]
    before = ('A' + c + '\u03a3').lower()[-1]
    return after == '\u03c2' and before == '\u03c2'


def core_properties(c):
    props = []
    if c.islower():
        props.append('Lowercase')
    if c.isupper():
        props.append('Uppercase')
    if c != '_' and c.isidentifier():
        props.append('XID_Start')
    if ('a' + c).isidentifier():
        props.append('XID_Continue')
    if is_case_ignorable(c):
        props.append('Case_Ignorable')
    return props


def special_casing_line(c):
    lower, title, upper = c.lower(), c.title(), c.upper()
    if len(lower) == 1 and len(title) == 1 and len(upper) == 1:
        return None
    return '%s; %s; %s; %s; # %s' % (hexcode(ord(c)), hexcodes(lower),
                                     hexcodes(title), hexcodes(upper),
                                     unicodedata.name(c, ''))


def is_composition_excluded(c):
    decomposition = unicodedata.decomposition(c)
    if not decomposition or decomposition.startswith('<'):
        return False
    return unicodedata.normalize('NFC', unicodedata.normalize('NFD', c)) != c


def is_mandatory_break(c):
    return len(('a' + c + 'b').splitlines()) == 2


def east_asian_width_ranges():
    # As ranges: the generator gives unassigned code points their width
    # only through range lines.
    lines = []
    start = 0
    width = unicodedata.east_asian_width(chr(0))
    for code in range(1, MAXUNICODE + 2):
        w = (unicodedata.east_asian_width(chr(code))
             if code <= MAXUNICODE else None)
        if w != width:
            if width != 'N':
                lines.append('%s..%s;%s' % (hexcode(start), hexcode(code - 1),
                                            width))
            start, width = code, w
    return lines


def write(outdir, stem, lines):
    path = os.path.join(outdir, '%s-%s.txt' % (stem, VERSION))
    with open(path, 'w', encoding='ascii') as f:
        for line in lines:
            f.write(line + '\n')


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    assigned = [code for code in range(MAXUNICODE + 1) if is_assigned(code)]
    write(outdir, 'UnicodeData', [unicode_data_line(code) for code in assigned])

    props = []
    for code in assigned:
        for p in core_properties(chr(code)):
            props.append('%s ; %s' % (hexcode(code), p))
    write(outdir, 'DerivedCoreProperties', props)

    write(outdir, 'SpecialCasing',
          [line for line in (special_casing_line(chr(code))
                             for code in assigned) if line])
    casefold = []
    for code in assigned:
        c = chr(code)
        folded = c.casefold()
        # Listed when not the character itself, and also when it is but
        # the lowercase is not (U+13A0): the database takes an absent
        # entry to mean "as the lowercase".
        if folded != c or c.lower() != c:
            status = 'C' if len(folded) == 1 else 'F'
            casefold.append('%s; %s; %s; # %s' % (hexcode(code), status,
                                                   hexcodes(folded),
                                                   unicodedata.name(c, '')))
    write(outdir, 'CaseFolding', casefold)
    write(outdir, 'CompositionExclusions',
          [hexcode(code) for code in assigned
           if is_composition_excluded(chr(code))])
    write(outdir, 'LineBreak',
          ['%s;BK' % hexcode(code) for code in assigned
           if is_mandatory_break(chr(code))])
    write(outdir, 'EastAsianWidth', east_asian_width_ranges())
    # Numeric values of ideographs (Unihan) are in UnicodeData's field.
    write(outdir, 'UnihanNumeric', [])
    with open(os.path.join(outdir, 'VERSION'), 'w') as f:
        f.write(VERSION + '\n')


if __name__ == '__main__':
    main(sys.argv[1])
