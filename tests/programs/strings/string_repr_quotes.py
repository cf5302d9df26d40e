# repr of strings picks quotes and escapes control characters.
samples = [
    'plain', "it's", 'say "hi"', 'both \' and "', '', ' ',
    'tab\tnew\nline\rret', 'back\\slash', '\x00\x01\x1f', '\x7f',
    'caf\u00e9', 'na\u00efve \u00fcber', '\u4e2d\u6587',
]
for s in samples:
    print(repr(s), len(s))
print(['a', "b'c", 'd"e'])
print(('x',), {'k': 'v\n'})
print(str('\x41\u0042'), repr('\101'), 'A' == '\x41' == '\101' == '\u0041')
print(repr(r'\d+\s*'), len(r'\d+\s*'), r'a\'b', len(r'a\'b'))
print(repr("""tri'ple"""), repr('''tri"ple'''))
print('a' * 3 + 'b' * 0 + 'c' * -2 + 'd', 3 * 'xy')
print('abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', '' < 'a', 'abc' == 'a' + 'bc')
print('ell' in 'hello', '' in 'abc', 'xyz' not in 'hello', 'l' in 'hello')
print(str(12) + str(3.5) + str(True) + str(None) + str([1]) + str((2,)))
