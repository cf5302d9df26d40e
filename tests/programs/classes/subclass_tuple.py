class Pair(tuple):
    def first(self):
        return self[0]

p = Pair((1, 2))
p.tag = 'x'
print(p.first(), len(p), p.tag, isinstance(p, tuple), type(p).__name__)
