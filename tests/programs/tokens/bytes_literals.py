# bytes literals: printing, equality, len and indexing.
a = b'hello'
print(a, len(a), a[0], a[-1], a[1], type(a[0]))
print(b'', b'\x00\x01\x7f\x80\xff', b'\t\n\r', b'\\', b"'", b'"', b'\'"')
print(b'abc' == b'abc', b'abc' == b'abd', b'abc' != b'ab', b'' == b'')
print(b'abc' == 'abc', len(b'\xff\xfe'), b'\x41\x42', b'\101\102')
print(rb'\n', len(rb'\n'), Rb'raw', bR'x\y', br'\x41', BR'Q')
print(repr(b'x'), str(b'y'), [b'in list', b'\x00'], (b'tuple',))
print(B'upper prefix', b'one' b'two', b'line\
continued')
print(b"""tri
ple""", len(b"""
"""))
s = b'0123456789'
total = 0
i = 0
while i < len(s):
    total += s[i]
    i += 1
print(total, s[0] - 48, s[9] - 48)
for k in [0, 3, -1, -10]:
    print(k, s[k])
