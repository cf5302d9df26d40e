# list.sort() empties the list while it compares: comparisons see an
# empty list, and a list changed meanwhile raises ValueError.
class Evil:
    def __init__(self, v, lst):
        self.v = v
        self.lst = lst
    def __lt__(self, other):
        self.lst.append(1)
        return self.v < other.v
l = []
l.extend([Evil(3, l), Evil(1, l), Evil(2, l)])
try:
    l.sort()
except ValueError as e:
    print(e, [x.v for x in l])
class Peek:
    seen = []
    def __init__(self, v, lst):
        self.v = v
        self.lst = lst
    def __lt__(self, other):
        Peek.seen.append(len(self.lst))
        return self.v < other.v
l = []
l.extend([Peek(2, l), Peek(1, l)])
l.sort()
print(set(Peek.seen), [x.v for x in l])
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if self.v == 0 or other.v == 0:
            raise RuntimeError('no')
        return self.v < other.v
l = [Bad(3), Bad(1), Bad(0), Bad(2)]
try:
    l.sort()
except RuntimeError as e:
    print('raised', len(l))
l = [3, 1, 2]; l.sort(); print(l)
l = ['b', 'a']; l.sort(reverse=True); print(l)
