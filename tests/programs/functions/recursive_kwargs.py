def depth(n, acc=0, *, step=1):
    if n == 0:
        return acc
    return depth(n - step, acc=acc + 1, step=step)

print(depth(10), depth(10, step=2))
