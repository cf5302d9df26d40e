import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def gen(a):
    b = D('b')
    yield 1
    c = D('c')
    yield 2
g = gen(D('a'))
fr = g.gi_frame
print(fr.f_lineno, sorted(fr.f_locals))
next(g)
print(fr.f_lineno, sorted(fr.f_locals), fr.f_code.co_name)
print(repr(fr).startswith('<frame at 0x'))
del g
print('after del g')
print(sorted(fr.f_locals))
del fr
print('after del fr')
g = gen(D('a2'))
fr = g.gi_frame
del g
print('unstarted released')
del fr
g = gen(D('a3'))
next(g); next(g)
fr = g.gi_frame
for x in g: pass
print('done', g.gi_frame, sorted(fr.f_locals))
del fr
print('end')
def gen2():
    yield 1
g = gen2()
print(repr(g.gi_frame)[:10], repr(sys._getframe())[:10])
