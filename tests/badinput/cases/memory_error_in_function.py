def grow(a):
    a *= 10**18
    return a
def f():
    return grow([1, 2, 3])
print("start")
f()
