def mul(n):
    return lambda x: x * n

print(mul(3)(4), list(map(mul(2), [1, 2])) if False else mul(2)(5))
