import marshal

values = [1, 2**40, -2**40, 1.5, 1e-7, -1e300, float('inf'), float('nan'), 2 + 3j,
          1j, 'abc', 'héllo', 'x' * 300, ('a', 'a'), [1.5, 1.5], {'k': 'k'},
          frozenset({1}), b'bb', [[], []]]
for version in range(5):
    for v in values:
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        print(version, repr(v)[:30], data[:60], repr(back)[:30])
print(marshal.dumps('abc', 10), marshal.dumps('abc', -1))

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: marshal.dumps(1, 2.0))
t(lambda: marshal.dumps(1, '4'))
t(lambda: marshal.dumps(1, 2**40))
t(lambda: marshal.dumps(1, -2**70))
t(lambda: marshal.dumps(1, True))
t(lambda: marshal.dumps(1, version=2))
