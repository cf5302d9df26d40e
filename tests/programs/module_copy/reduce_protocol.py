# copy.copy / copy.deepcopy of deques, defaultdicts and user objects go
# through __reduce_ex__ (object.__reduce_ex__ with copyreg.__newobj__)
import copy
from collections import defaultdict, deque
class P:
    def __init__(self):
        self.items = [1, [2]]
p = copy.deepcopy(P())
print(type(p).__name__, p.items)
print(copy.deepcopy(defaultdict(list, {1: [2]})))
print(copy.copy(deque([1, 2], 4)), copy.deepcopy(deque([[1]])))
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s2 = copy.copy(S())
print(s2.a, hasattr(s2, 'b'))
class G:
    def __init__(self, x): self.x = x
    def __getstate__(self): return {'x': self.x * 10}
print(copy.deepcopy(G(4)).x)
class N(int):
    pass
n = copy.copy(N(5)); print(type(n).__name__, n)
class L(list): pass
l = copy.deepcopy(L([1, [2]])); print(type(l).__name__, l)
print(P().__reduce_ex__(2)[0].__name__, P().__reduce_ex__(2)[2])
print(object().__reduce_ex__(2)[1])
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2))
try:
    copy.copy(iter([]).__class__)
    import pickle
except Exception as e: print(type(e).__name__)
