def f(a, *args):
    return a, args

print(f(1))
print(f(1, 2, 3))
print(f(*range(4)))
