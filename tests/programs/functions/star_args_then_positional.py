def f(a, b):
    return a - b
args = (5,)
print(f(*args, 2), f(*args, b=1), f(b=1, *args))
