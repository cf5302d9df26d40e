def f(a, b=2, c=3):
    return a + b + c

print(f.__defaults__)
f.__defaults__ = (10, 20)
print(f(1))
f.__defaults__ = None
print(f.__defaults__)
