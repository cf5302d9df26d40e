# Unbounded recursion building nested lists.
def wrap(x, depth):
    return wrap([x], depth + 1)

print('wrapping')
wrap(0, 0)
