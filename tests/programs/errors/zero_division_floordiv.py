x = 10
print(x // 3)
print(x // 0)
