# Instance attributes on bytes and tuple subclasses.
class Blob(bytes):
    pass

b = Blob(b'abc')
b.mime = 'text/plain'
print(b, repr(b), b.mime, b.__dict__, len(b), b[0], b[1:], type(b[1:]).__name__,
      b.upper(), b == b'abc', bytes(b), type(bytes(b)).__name__)
b2 = Blob([65, 66])
print(b2, Blob(), Blob('xy', 'ascii'), type(b2).__name__)

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

p = Pair(1, 2)
p.meta = {'k': 'v'}
print(p, p.first, p.meta, p.__dict__, type(p).__name__, p + (3,),
      type(p + (3,)).__name__, tuple(p), type(tuple(p)).__name__)
a, b = p
print(a, b, len(p), hash(p) == hash((1, 2)))
