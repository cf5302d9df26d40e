import _string
for s in ['a{0}b{x.y[1]!r:>{w}}c{{d}}e', '', '{}', 'x{:}', 'plain', '{!s}',
          '{0[}]}', '{a:{b}{c}}', '}}{{', '{0!a:}', 'é{ü}']:
    print(repr(s), list(_string.formatter_parser(s)))
it = _string.formatter_parser('abc')
print(type(it).__name__, iter(it) is it, next(it))
try:
    next(it)
except StopIteration:
    print('stop')
