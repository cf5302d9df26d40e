class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(range(I(4)), list(range(I(1), I(7), I(2))))
print(range(I(10**20)), range(I(-3), I(3))[I(1)])
print(range(True, 5, True), list(range(False, 3)))
print(range(10)[I(2):I(8):I(3)], range(10)[I(-1)])


class MyInt(int):
    pass


print(range(MyInt(3)), type(range(MyInt(3)).stop).__name__)
for bad in [1.5, '3', None, I(2.5)]:
    try:
        range(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    range(1, 10, I(0))
except ValueError as e:
    print('ValueError:', e)
try:
    range(0, 10**30, 0)
except ValueError as e:
    print('ValueError:', e)
print(range(5).index(I(3)) if False else range(5).index(3), range(5).count(2.0))
print(range(5).index(2.0), range(10**20).count(2.0) if False else 0)
print(range.__len__(range(4)), list(range.__iter__(range(3))))
try:
    range.__len__(range(10**20))
except OverflowError as e:
    print('OverflowError:', e)
print(range.__getitem__(range(10**20), -1), range.__contains__(range(10**20), 5))
print(range.__eq__(range(10**20), range(0, 10**20, 1)), range.__eq__(range(1), 1))
