x = 1.5
for i in range(5):
    x = x * x
    print(i, x)
print(x ** 100)
