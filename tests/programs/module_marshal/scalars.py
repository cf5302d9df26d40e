import marshal

values = [None, True, False, StopIteration, ..., 0, 1, -1, 255, 256, -5, -6,
          1000, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**62, 2**63, -2**63,
          1267650600228229401496703205376, -98765432109876543210987654321,
          2**64 - 1, 32767, 32768, 2**45,
          0.0, -0.0, 1.5, -2.25, 1e300, 5e-324, float('inf'), float('-inf'),
          0.1, 1j, -1.5 + 2j, complex(0.0, -0.0),
          '', 'a', 'hello', 'hello world', '_x1', 'é', 'naïve text', '€uro',
          '\U0001f600', 'x' * 300, 'ab' * 200 + '!', 'é' * 300,
          b'', b'a', b'abc', b'\x00\xff' * 3, b'x' * 300]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(repr(v)[:60], data[:80], repr(back)[:60], back == v or back != back,
          type(back).__name__)
nan = float('nan')
print(marshal.dumps(nan), repr(marshal.loads(marshal.dumps(nan))))
print(marshal.loads(marshal.dumps(-0.0)), marshal.loads(marshal.dumps(complex(0.0, -0.0))))
print(marshal.dumps(bytearray(b'xyz')), marshal.dumps(memoryview(b'mv')))
print(marshal.loads(marshal.dumps(bytearray(b'xyz'))))
print(marshal.version)
x = 12345
y = -x
print(marshal.dumps(x), marshal.dumps(y))
s = 'some text'
print(marshal.dumps(s))
