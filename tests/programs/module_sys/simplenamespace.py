import sys
NS = type(sys.implementation)
print(NS, NS.__name__, NS.__module__)
n = NS(b=1, a=2)
print(n, n.a, n.b, vars(n), n.__dict__ is vars(n))
n.c = 3
del n.b
print(n)
print(NS() == NS(), NS(a=1) == NS(a=1), NS(a=1) != NS(a=2), NS() == {})
n.self = n
print(n)
print(NS(a=1).__reduce__())
class Sub(NS):
    pass
s = Sub(x=1)
print(s, s == NS(x=1), isinstance(s, NS))
for stmt in ['NS(1)', 'hash(NS())', 'n.missing', 'del n.missing']:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, '->', type(e).__name__)
m = NS()
m.__init__(z=3)
print(m)
m.__dict__['w'] = 4
print(m, m.w)
print(NS(**{'': 1}))
print(repr(NS(x='s', y=NS(z=None))))
