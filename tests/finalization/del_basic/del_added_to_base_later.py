class B: pass
class C(B): pass
c = C(); del c
B.__del__ = lambda self: print("del B", type(self).__name__)
c = C(); del c
C.__del__ = lambda self: print("del C")
c = C(); del c
del C.__del__
c = C(); del c
del B.__del__
c = C(); del c
print("end")
