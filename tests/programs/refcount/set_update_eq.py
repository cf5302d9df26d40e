# set.update with user objects defining __eq__/__hash__: every temporary
# must stay alive while __hash__ and __eq__ run.
class P:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return len(self.name)
    def __eq__(self, other):
        return isinstance(other, P) and self.name == other.name
    def __repr__(self):
        return 'P(%s)' % self.name

names = ['ab', 'cd', 'ab', 'ef', 'cd', 'xyz']
s = set()
s.update(P(n) for n in names)
print(sorted(s, key=repr))
t = {P(n) for n in names}
print(sorted(t, key=repr))
u = set(map(P, names))
print(sorted(u, key=repr), P('ab') in u)
d = {P('ab'): 1}
print(sorted(d.keys() | (P(n) for n in names), key=repr))
s.update(P(n) for n in names)
print(len(s))
class Remover:
    def __init__(self, box):
        self.box = box
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.box.clear()
        return False
box = set()
box.add(Remover(box))
box.add(Remover(box))
print(len(box))
for t in ["[1][object()]", "(1,)[object()]", "'a'[object()]",
          "b'a'[object()]", "range(3)[object()]"]:
    try:
        eval(t)
    except TypeError as e:
        print(e)
