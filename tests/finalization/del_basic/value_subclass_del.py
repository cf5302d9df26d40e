# __del__ of subclasses of int, float, str, bytes and complex runs when
# the last reference goes, like any instance's; a resurrected one lives on.
class I(int):
    def __del__(self):
        print('del I', int(self), self.tag)

class F(float):
    def __del__(self):
        print('del F', float(self))

class S(str):
    def __del__(self):
        print('del S', str(self))

class B(bytes):
    def __del__(self):
        print('del B', bytes(self))

class C(complex):
    def __del__(self):
        print('del C', complex(self))

x = I(3)
x.tag = 'tagged'
del x
x = F(1.5)
x = None
S('abc')
print([B(b'xy')][0])
C(1, 2)
d = {1: I(7)}
d[1].tag = 'in dict'
print('replace')
d[1] = None

saved = []
class Phoenix(int):
    def __del__(self):
        print('del Phoenix', int(self))
        saved.append(self)

p = Phoenix(5)
del p
print('saved', saved)
saved.clear()
print('end')
