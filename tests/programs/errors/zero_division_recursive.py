# ZeroDivisionError deep inside a recursion.
def harmonic(n):
    if n < 0:
        return 0
    print('term', n)
    return 1 / n + harmonic(n - 1)

print(harmonic(-1))
print(harmonic(3))
