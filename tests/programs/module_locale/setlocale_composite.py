# setlocale(LC_ALL) returns a composite name when the categories
# differ; that name is accepted back (every category named).
import _locale
LC_ALL = _locale.LC_ALL
_locale.setlocale(LC_ALL, 'C')
_locale.setlocale(_locale.LC_CTYPE, 'C.UTF-8')
old = _locale.setlocale(LC_ALL)
print(old)
print(_locale.setlocale(LC_ALL, 'C'))
print(_locale.setlocale(LC_ALL, old))
print(_locale.setlocale(_locale.LC_NUMERIC), _locale.setlocale(_locale.LC_CTYPE))
for bad in ['LC_CTYPE=C.UTF-8;LC_NUMERIC=C', 'LC_CTYPE=xx;' + old,
            'LC_BOGUS=C;' + old, 'C;C']:
    try:
        _locale.setlocale(LC_ALL, bad)
    except _locale.Error as e:
        print('Error', e)
print(_locale.setlocale(LC_ALL))
print(_locale.setlocale(LC_ALL, 'LC_CTYPE=xx;' + old))
print(_locale.setlocale(LC_ALL, old + ';LC_CTYPE=POSIX'))
