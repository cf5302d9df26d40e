def f(n):
    return f(n + 1)
for i in range(3):
    try:
        f(0)
    except RecursionError as e:
        print("caught", e)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
