a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, 0, *b))
print([*range(3)])
print({**{'x': 1}, 'y': 2, **{'x': 3}})
