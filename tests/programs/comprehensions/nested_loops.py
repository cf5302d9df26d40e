print([(x, y) for x in range(3) for y in range(x)])
print([x + y for x in 'ab' if x != 'c' for y in 'xy' if y != 'x'])
