print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'default', [] and 'x')
print(None or 0 or '' or 'last', 1 and 'a' and [1])
print(not None, not [], not [0], not 'a')
def noisy(tag, value):
    print('eval', tag)
    return value
print(noisy('a', 0) and noisy('b', 1))
print(noisy('c', 1) or noisy('d', 1))
print(noisy('e', 1) and noisy('f', 0) or noisy('g', 'fallback'))
