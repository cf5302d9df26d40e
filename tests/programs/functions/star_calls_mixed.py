def f(*args, **kw):
    return args, kw

print(f(*[1, 2], 3, *(4,), **{'a': 1}, b=2, **{'c': 3}))
print(f(*'ab', *range(2)))
print(f(**{}))
