def f(a, *, c):
    return a, c
for i in range(3):
    print(f(i, c=i))
f(1, d=2)
