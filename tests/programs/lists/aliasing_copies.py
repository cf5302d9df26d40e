# Aliasing, shallow copies and in-place versus new lists.
a = [1, 2, 3]
b = a
c = a.copy()
d = a[:]
a.append(4)
print(a, b, c, d, a is b, a is c, a == b, c == d)

grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = []
for i in range(3):
    grid.append([0] * 3)
grid[0][0] = 1
print(grid)

x = [1, 2]
y = x
x += [3]
print(x, y, x is y)
x = x + [4]
print(x, y, x is y)

nested = [[1, 2], [3, 4]]
shallow = nested.copy()
shallow[0].append(99)
shallow[1] = 'replaced'
print(nested, shallow)

def mutate(lst):
    lst.append('added')
    lst = ['rebound']
    lst.append('lost')
    return lst

orig = ['start']
ret = mutate(orig)
print(orig, ret)

row = [0, 0]
matrix = [row, row]
matrix[1][1] = 5
print(matrix, row)

empty = []
print(empty * 5, [None] * 3, [1, 2] * 0, [1, 2] * -1, 2 * ['ab'])
t = ([1], [2])
t[0].append(10)
print(t)
s = [3, 1, 2]
s2 = s
s.sort()
print(s2, s.reverse(), s2)
lst = [5, 6, 7]
alias = lst
del lst[0]
print(alias, len(alias))
