class V:
    def __init__(self, v, tag): self.v = v; self.tag = tag
    def __lt__(self, o): print('lt', self.tag, o.tag); return self.v < o.v
    def __gt__(self, o): print('gt', self.tag, o.tag); return self.v > o.v
a, b, c = V(1, 'a'), V(1, 'b'), V(0, 'c')
print(min(a, b, c).tag, max(a, b, c).tag, min(a, b).tag, max(b, a).tag)
print(min(3, 1, 2), max(3, 1, 2), min(1.5, 2), max('a', 'b'), min((1, 2), (1, 1)))
nan = float('nan')
print(min(nan, 1), min(1, nan), max(nan, 1, 2))
try:
    min(1, 'a')
except TypeError as e:
    print(e)
try:
    max(1, 2, default=3)
except TypeError as e:
    print(e)
print(min(1, 2, key=lambda x: -x), max([4, 5]), min([], default='d'))
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
    def __lt__(self, o): return self.n < o.n
print(min(D(2), D(1)).n)
print('end')
