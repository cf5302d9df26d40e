x = []
for i in range(500):
    x = [x]
print(len(repr(x)))
def f(n):
    if n == 0:
        return len(repr(x))
    return f(n - 1)
print(f(400))
print(f(600))
