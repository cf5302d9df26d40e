import _string
for s in ['{', '}', 'a}b', '{0!', '{0!r', '{0!rx}', '{0:', '{a{b}', 'x{0', '{0!}']:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
it = _string.formatter_parser('a{0}b{')
print(next(it))
try:
    next(it)
except ValueError as e:
    print(e)
try:
    _string.formatter_parser(1)
except TypeError as e:
    print(e)
