# Subclasses of bytearray: built empty, filled by bytearray.__init__.
class Buffer(bytearray):
    pass

b = Buffer(b'xy')
b.pos = 0
b.append(65)
b.extend(b'cd')
print(repr(b), b.pos, b.__dict__, len(b), type(b).__name__, b[0],
      bytes(b), b == bytearray(b'xyAcd'))
b.__init__(b'zzz')
print(repr(b), b.pos)
print(repr(Buffer()), repr(Buffer(3)), repr(Buffer('hi', 'ascii')))

class Ignores(bytearray):
    def __init__(self, x):
        print('init', x)

i = Ignores(b'xy')
print(repr(i), len(i))

class Calls(bytearray):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag

c = Calls(b'data', 't')
print(repr(c), c.tag)
c[0:1] = b'D'
print(repr(c), c.decode())
x = bytearray(b'ab')
x.__init__(b'q')
print(x)
x.__init__()
print(x)
try:
    x.__init__(5, 6)
except TypeError as exc:
    print('TypeError:', exc)
