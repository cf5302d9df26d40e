# re.error from the parser, and TypeErrors of the _sre objects
import re

for pat in ['(', ')', '[a', 'a**', '(?P<1>x)', r'\1', '(?<=a*)b', 'x{2,1}',
            '(?P<n>a)(?P<n>b)', '[z-a]', '(?z)', '\\', 'a{1', '(?#x',
            '(?i', '(?P=missing)', '*a', 'a|*', '(?<!ab|c)']:
    try:
        re.compile(pat)
        print(pat, 'ok')
    except re.error as e:
        print(repr(pat), '->', e, '|', e.msg, e.pos)
try:
    re.compile('(a\n)(')
except re.error as e:
    print(e.lineno, e.colno)
try:
    re.match('a', b'a')
except TypeError as e:
    print(e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print(e)
try:
    re.match('a', 5)
except TypeError as e:
    print(e)
try:
    re.compile('a', re.L)
except ValueError as e:
    print(e)
try:
    re.sub('a', b'x', 'a')
except TypeError as e:
    print(e)
try:
    re.compile(3)
except TypeError as e:
    print(e)
