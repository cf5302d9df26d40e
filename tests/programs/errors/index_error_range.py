r = range(2, 20, 3)
print(r[0], r[-1], len(r))
print(r[5])
print(r[6])
