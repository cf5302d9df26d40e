class P:
    __slots__ = ('x', '__dict__')

p = P()
p.x = 1
p.extra = 2
print(p.x, p.__dict__)

class Q(P):
    __slots__ = ('y',)

q = Q()
q.x = 1
q.y = 2
q.z = 3
print(q.x, q.y, q.z)
