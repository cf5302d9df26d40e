# Positional and keyword argument binding.
def f(a, b, c=3, d=4):
    return [a, b, c, d]

print(f(1, 2))
print(f(1, 2, 30))
print(f(1, 2, 30, 40))
print(f(1, b=20))
print(f(b=20, a=10))
print(f(1, 2, d=40))
print(f(d=40, c=30, b=20, a=10))
print(f(1, d=4.5, b='b'))

def g():
    return 'no args'

print(g())

def kw_only_like(x, y=None, z=None):
    if y is None and z is None:
        return 'x only'
    if z is None:
        return 'x and y'
    if y is None:
        return 'x and z'
    return 'all'

print(kw_only_like(1), kw_only_like(1, 2), kw_only_like(1, z=3), kw_only_like(1, 2, 3))

# builtins with keyword arguments
print('a', 'b', sep='-', end='!\n')
print(end='')
print(sep='x')
print(int('ff', 16), int('777', 8), int('10', 2), int(' -0x1F ', 16))
print(sum([1, 2, 3], 10), sum((0.5, 0.5), 1))

# argument evaluation order is left to right
trace = []
def note(tag, value):
    trace.append(tag)
    return value

print(f(note('1', 1), note('2', 2), d=note('d', 4), c=note('c', 3)))
print(trace)

def nested_calls(n):
    return f(n, f(n, n)[0], c=f(b=n, a=0)[1])

print(nested_calls(7))
