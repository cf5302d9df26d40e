class L:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i
it = iter(L())
print(type(it).__name__, iter(it) is it)
for x in it:
    print(x)
def g(it):
    for x in it:
        yield x
print(list(g(iter(L()))))
print(list(iter(L())))
print(hasattr(iter(L()), '__iter__'), hasattr(iter(L()), '__next__'))
print(iter(L()).__next__.__doc__, iter([]).__iter__.__doc__)
