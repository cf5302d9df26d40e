import _string
for s in ['a.b[0][x].c', '12[3]', '', 'name', '0', '0.real', 'a[ b ]', 'a[-1]', 'a[01]']:
    first, rest = _string.formatter_field_name_split(s)
    print(repr(s), repr(first), list(rest))
for s in ['a.', 'a[', 'a[]', 'a]b', 'a[0]x', 'a..b', '9' * 30]:
    try:
        first, rest = _string.formatter_field_name_split(s)
        print(repr(s), repr(first), list(rest))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
first, rest = _string.formatter_field_name_split('a.b.c')
print(type(rest).__name__, next(rest), list(rest))
try:
    _string.formatter_field_name_split(None)
except TypeError as e:
    print(e)
