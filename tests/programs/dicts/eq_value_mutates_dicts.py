# dict == dict while a value's __eq__ empties or refills the dicts: the
# values compared stay alive, and the comparison ends with a plain bool.
class Clearing:
    def __init__(self, name, target):
        self.name = name
        self.target = target
    def __eq__(self, other):
        print('eq', self.name)
        self.target().clear()
        return True
    def __repr__(self):
        return self.name
    def __del__(self):
        print('del', self.name)

a = {1: Clearing('a1', lambda: b)}
b = {1: Clearing('b1', lambda: a)}
print(a == b)
print(a, b)

c = {1: Clearing('c1', lambda: c), 2: 2}
d = {1: 0, 2: 2}
print(c == d)
print(c, d)
print('end')
