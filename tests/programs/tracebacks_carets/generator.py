# An error inside a generator consumed by list().
def halves(values):
    for v in values:
        yield 1 / v


print(list(halves([1, 2])))
print(list(halves([1, 0, 2])))
