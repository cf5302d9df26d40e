print([x * x for x in range(6)])
print([x for x in range(10) if x % 3 == 0])
print([c * 2 for c in 'abc'])
