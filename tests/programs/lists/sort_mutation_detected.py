# A list changed while it sorts raises ValueError, even when the change
# is undone (an append and a pop) or made by a key's __del__.
def cmp_key(f):
    class K:
        def __init__(self, v):
            self.v = v
        def __lt__(self, other):
            return f(self.v, other.v) < 0
    return K

for i in range(3):
    def mutating_cmp(x, y):
        L.append(3)
        L.pop()
        return (x > y) - (x < y)
    L = [1, 2]
    try:
        L.sort(key=cmp_key(mutating_cmp))
    except ValueError as e:
        print(type(e).__name__, e, L)
    def mutating_cmp(x, y):
        L.append(3)
        del L[:]
        return (x > y) - (x < y)
    try:
        L.sort(key=cmp_key(mutating_cmp))
    except ValueError as e:
        print(type(e).__name__, e, L)

class C:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        L.append(C(0))
        L.pop()
        return self.n < other.n
    def __repr__(self):
        return 'C(%d)' % self.n

L = [C(3), C(1), C(2)]
try:
    L.sort()
except ValueError as e:
    print(type(e).__name__, e, L)
try:
    L.sort(reverse=True)
except ValueError as e:
    print(type(e).__name__, e, L)

data = list(range(10))
class SortKiller(object):
    def __init__(self, x):
        self.x = x
    def __del__(self):
        del data[:]
        data[:] = range(20)
    def __lt__(self, other):
        return self.x > other.x
try:
    data.sort(key=SortKiller)
except ValueError as e:
    print(type(e).__name__, e, data)

class Peek:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        seen.append(len(M))
        return self.n < other.n
seen = []
M = [Peek(2), Peek(1)]
M.sort()
print([p.n for p in M], seen)
M = [3, 1, 2]
M.sort(key=lambda x: -x)
print(M)
