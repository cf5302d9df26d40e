class Flag(int):
    def describe(self):
        return 'flag %d' % self

f = Flag(5)
print(f.describe(), f + 1, isinstance(f, int), type(f).__name__)
