x = 10 ** 5000
print(x % 97)
print(x)
