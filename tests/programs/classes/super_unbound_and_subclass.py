class A(object):
    def meth(self, a):
        return "A(%r)" % a
class C(A):
    def meth(self, a):
        return "C(%r)" % a + self.__super.meth(a)
C._C__super = super(C)
print(C().meth(3))
class B(A):
    def meth(self, a):
        return "B(%r)" % a + super().meth(a)
class D(C, B):
    def meth(self, a):
        return "D(%r)" % a + super(D, self).meth(a)
print(D().meth(4))
class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)
class E(D):
    def meth(self, a):
        return "E(%r)" % a + mysuper(E, self).meth(a)
print(E().meth(5))
class F(E):
    def meth(self, a):
        s = self.__super # == mysuper(F, self)
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)
F._F__super = mysuper(F)
print(F().meth(6))
for args in [(12,), (C(),)]:
    try:
        super(D).__get__(*args)
    except TypeError as e:
        print("TypeError", e)
s = super(D)
print(s.__get__(None, D) is s)
print(super(D).__get__(D()).__self_class__.__name__)
class Proxy(object):
    def __init__(self, obj):
        self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        else:
            return getattr(self.__obj, name)
class B2(object):
    def f(self):
        return "B.f"
class C2(B2):
    def f(self):
        return super(C2, self).f() + "->C.f"
p = Proxy(C2())
print(C2.__dict__["f"](p))
try:
    super(D, 42)
except TypeError as e:
    print(e)
try:
    super(int, None).__init__(str)
except TypeError as e:
    print(e)
s = super.__new__(super)
print(repr(s))
try:
    s.foo
except AttributeError as e:
    print(e)
s.__init__(D, D())
print(s.meth(1))
try:
    super(D, D(), 1)
except TypeError as e:
    print(e)
try:
    super(D, obj=D())
except TypeError as e:
    print(e)
