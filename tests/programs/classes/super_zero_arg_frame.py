class A:
    def f(self):
        return 'A'

class B(A):
    def f(self):
        return super().f() + 'B'
    def g(x):
        del x
        super()
    def h(x):
        nonlocal __class__
        __class__ = 5
        super()
    def k(x):
        nonlocal __class__
        del __class__
        super()
    def m(*args):
        super()
    def n(self):
        def inner():
            nonlocal self
            del self
        inner()
        return super()

def plain(x):
    super()

def noargs():
    super()

print(B().f())
for fn in (B().g, B().m, B().n, lambda: plain(1), noargs):
    try:
        fn()
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    B().h()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    B().k()
except (RuntimeError, NameError) as e:
    print(type(e).__name__, e)

class Meta(type):
    def __new__(cls, name, bases, ns):
        global saved
        saved = ns
        return None

class C(metaclass=Meta):
    @staticmethod
    def f():
        return __class__
print(C)
D = type('D', (), saved)
print(D.f() is D)

class E(A):
    def f(self):
        return super().f() + 'E'
    __class__ = 413
print(E().f(), E().__class__)
