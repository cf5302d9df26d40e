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
print(repr(u))
print(u == {4, 5}, u <= {4, 5, 6}, u > {4})


class F(frozenset):
    pass


f = F([1, 2])
print(len(f), sorted(f), f == frozenset([1, 2]), type(f).__name__)
print(hash(f) == hash(frozenset([1, 2])), repr(F()))
d = {f: 'ok'}
print(d[frozenset([1, 2])])


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
print(sorted(a.union([9])), type(a.union([9])).__name__)
