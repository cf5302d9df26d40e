# dict.fromkeys over an iterator whose keys run Python code in __hash__
# (here adding an attribute): each key lives on in the dict, hashed once.
class H(int):
    def __hash__(self):
        self.c = getattr(self, 'c', 0) + 1
        return int.__hash__(self)

d = dict.fromkeys(iter([H(0), H(1)]))
print(sorted((k, k.c) for k in d))
d = dict.fromkeys(H(i) for i in range(3))
print(sorted((k, k.c) for k in d), d[1])
d = dict.fromkeys(map(H, range(4)), 'v')
print(sum(k.c for k in d), list(d.values()))

class Dict(dict):
    pass
d = Dict.fromkeys(iter([H(5), H(6)]), 0)
print(type(d).__name__, sorted((k, k.c) for k in d))
