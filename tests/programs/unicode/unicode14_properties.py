# Character properties follow Unicode 14.0, the database of CPython 3.11.
import unicodedata

# Emoji added after Unicode 8 are printable: repr keeps them.
print(repr('smile \U0001f970 \U0001fae0 \U0001f9d1'))
print(['\U0001f970', '\u2b50'])
print('\U0001f970'.isprintable(), '\U000e0001'.isprintable())

# Georgian Mtavruli (Unicode 11) is the uppercase of Mkhedruli.
print('\u10d0\u10d1\u10d2'.upper(), '\u1c90'.lower(), '\u10d0'.title())
print('\u0432'.upper() == '\u1c80'.upper() == '\u0412')

# Cherokee folds to the uppercase letters.
print([hex(ord(c)) for c in '\u13a0\uab70'.casefold()])
print('\u13f8'.upper(), '\u13f0'.lower())

# Letters of newer scripts are letters and identifier characters.
for ch in ['\U00011f00', '\U00016fe3', '\U0001e290', '\u08be', '\u0870']:
    print(hex(ord(ch)), unicodedata.category(ch), ch.isalpha(), ch.isidentifier())

print(unicodedata.name('\U0001f970'), unicodedata.name('\u1c80'))
print(unicodedata.lookup('MELTING FACE') == '\U0001fae0')
print(unicodedata.east_asian_width('\U0001f970'), unicodedata.east_asian_width('\u231a'))
print(unicodedata.name('\u9ffc'), unicodedata.name('\U00031000'))
print(unicodedata.unidata_version)
print(unicodedata.numeric('\U00016e80'), unicodedata.digit('\U0001e4f1', None))
print(ascii(unicodedata.normalize('NFKC', '\U0001fbf5')))
exec('\u10d0\u1c90 = 5; print(\u10d0\u1c90)')
