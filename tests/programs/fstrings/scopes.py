def outer(prefix):
    def inner(x):
        return f'{prefix}-{x:>3}'
    return inner
f = outer('p')
print(f(1), f('ab'))
print([f'{i}{j}' for i in range(3) for j in 'ab'])
print({f'k{i}': f'{i * i:02d}' for i in range(4)})
def gen(n):
    for i in range(n):
        yield f'item {i!r}'
print(list(gen(3)))
class C:
    name = 'cls'
    label = f'{name}!'
    def show(self):
        return f'{self.label} {type(self).__name__}'
print(C.label, C().show())
width = 6
print(f'{"|".join(f"{w:^{width}}" for w in ["a", "bb"])}')
try:
    raise ValueError('bad')
except ValueError as e:
    print(f'caught {e!r} {e}')
