class Outer:
    def meth(self):
        class X:
            x = __class__
            def f():
                __class__
        return X.x
print(Outer().meth() is Outer)

try:
    exec("""class X:
    __class__
    def f():
        __class__""", {}, {})
except NameError as e:
    print(type(e).__name__, e)

g = {}
exec("""class X:
    global __class__
    __class__ = 42
    def f():
        return __class__
print(X.f() is X, '__class__' in X.__dict__, __class__)
""", g)

def outer():
    __class__ = 1
    class X:
        nonlocal __class__
        __class__ = 42
        def f():
            return __class__
    return __class__, X.f() is X
print(outer())
