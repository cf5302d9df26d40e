for name in ['__iter__', '__len__', '__contains__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__',
             '__or__', '__and__', '__sub__', '__xor__', '__ror__', '__rand__', '__rsub__', '__rxor__',
             '__ior__', '__iand__', '__isub__', '__ixor__', '__repr__', '__hash__']:
    print(name, hasattr(set, name), hasattr(frozenset, name))
print(set.__hash__ is None)
s = {3, 1, 2}
print(sorted(set.__iter__(s)))
print(set.__len__(s), set.__contains__(s, 2), set.__contains__(s, 9))
print(set.__or__(s, {4}) == {1, 2, 3, 4}, set.__and__(s, {1, 9}))
print(set.__sub__(s, {1}) == {2, 3}, set.__xor__(s, {1, 5}) == {2, 3, 5})
print(set.__or__(s, [1]))
print(set.__eq__(s, {1, 2, 3}), set.__lt__(s, {1, 2, 3, 4}), set.__le__(s, [1]))
print(frozenset.__len__(frozenset([1, 2])))
t = {1}
r = set.__ior__(t, {2})
print(r is t, sorted(t))

class S(set):
    def __len__(self):
        return super().__len__() + 100
    def __contains__(self, x):
        return x == 'magic' or super().__contains__(x)
    def __iter__(self):
        return iter(sorted(super().__iter__()))

u = S([5, 4])
print(len(u), 'magic' in u, 4 in u, 7 in u, list(u))
print(sorted(u | {1}), type(u | {1}).__name__)
class F(frozenset):
    pass
f = F([1, 2])
print(len(f), sorted(f), f == frozenset([1, 2]), type(f).__name__)
print(hash(f) == hash(frozenset([1, 2])))
class A(set):
    pass
a = A([1, 2])
a.tag = 'x'
a.__init__([7])
print(sorted(a), a.tag)
a.clear()
print(len(a), a.tag, isinstance(a, set), type(a).__name__)
a.add(3)
a |= {4}
print(sorted(a), type(a).__name__)
print(set.__repr__({1}), frozenset.__repr__(frozenset()))
print(set.__ior__({1}, [2]), set.__eq__({1}, 1))
