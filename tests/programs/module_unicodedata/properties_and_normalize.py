# unicodedata: properties, names, lookup, the four normalization forms,
# ucd_3_2_0 (stringprep and the idna codec use it)
import unicodedata as u
print(u.unidata_version == u.unidata_version, u.ucd_3_2_0.unidata_version)
for ch in ['a', 'A', '1', '\u00e9', '\u4e00', '\uac00', ' ', '\u0301', '\u00bd', '\u0660', '\u2460', '(', '\u200d', '\U0001f600'[:0] or 'x']:
    print(repr(ch), u.category(ch), u.bidirectional(ch), u.combining(ch), u.east_asian_width(ch), u.mirrored(ch), repr(u.decomposition(ch)), u.name(ch, None), u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None))
print(u.lookup('LATIN SMALL LETTER E WITH ACUTE'), u.lookup('latin small letter a'), u.lookup('HANGUL SYLLABLE GA'))
try: u.lookup('NO SUCH THING')
except KeyError as e: print('KeyError', e)
try: u.name('\x00')
except ValueError as e: print('ValueError', e)
try: u.decimal('a')
except ValueError as e: print('ValueError', e)
try: u.numeric('a')
except ValueError as e: print('ValueError', e)
try: u.category('ab')
except TypeError as e: print('TypeError', e)
try: u.normalize('NFX', 'a')
except ValueError as e: print('ValueError', e)
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in ['e\u0301', '\u00e9', '\ufb01', '\u1e9b\u0323', '\uac01', '\u1100\u1161\u11a8', 'a\u0323\u0301b\u0301\u0323', '\u00c5\u212b\u0041\u030a', '\u2460x\u00bd', 'Ä\u0308']:
        r = u.normalize(form, s)
        print(form, ascii(s), ascii(r), u.is_normalized(form, s))
print(u.ucd_3_2_0.category('a'), u.ucd_3_2_0.normalize('NFC', 'e\u0301'))
import stringprep
print(stringprep.in_table_a1('\u0221'), stringprep.in_table_b1('\u00ad'))
print('b\u00fccher.example'.encode('idna'))
import traceback
try:
    x = 'é' + 1
except TypeError:
    print(traceback.format_exc().splitlines()[-1])
