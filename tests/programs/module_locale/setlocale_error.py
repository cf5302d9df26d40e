import locale
print(locale.setlocale(locale.LC_NUMERIC, 'C'))
print(locale.localeconv()['decimal_point'], locale.nl_langinfo(locale.CODESET))
try:
    locale.nl_langinfo(12345)
except ValueError as e:
    print(e)
print(locale.strcoll('abc', 'abd'), locale.strxfrm('xyz'))
locale.setlocale(locale.LC_ALL, 'de_DE.UTF-8')
