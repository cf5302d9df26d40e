m = [[i * j for j in range(4)] for i in range(3)]
print(m)
print([[row[i] for row in m] for i in range(4)])
