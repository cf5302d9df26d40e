import sys
a = ''.join(['hel', 'lo'])
b = ''.join(['he', 'llo'])
print(a is b, sys.intern(a) is sys.intern(b), sys.intern(a) == 'hello')
for v in [1, b'x']:
    try:
        sys.intern(v)
    except TypeError as e:
        print(e)
class S(str):
    pass
try:
    sys.intern(S('x'))
except TypeError as e:
    print(e)
