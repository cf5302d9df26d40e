grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (5, 5) in grid)
print(len(grid))
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
for num, name in pairs:
    print(num, name)
