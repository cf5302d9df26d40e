# KeyError raised three frames deep, with a tuple key.
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y

def lookup(x, y):
    return grid[(x, y)]

def neighbours(x, y):
    total = 0
    for dx, dy in [(1, 0), (0, 1), (-1, 0), (0, -1)]:
        total += lookup(x + dx, y + dy)
    return total

print(neighbours(1, 1))
print(lookup(2, 2))
print(neighbours(0, 1))
