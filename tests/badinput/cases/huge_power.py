x = 2 ** 100000
print(x % 1000000007, x.bit_length() if False else 0)
print(len(str(2 ** 10000)))
