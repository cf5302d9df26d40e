row = [0] * 3
print(row, 'ab' * 2)
print(row * 1.5)
