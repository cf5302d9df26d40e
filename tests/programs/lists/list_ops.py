a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, [0] * 5, len(a + b))
print(a == [1, 2, 3], a != b, a < b, [1, [2, 3]] == [1, [2, 3]])
c = a
c.append(4)
print(a, c is a)
nested = [[0, 0, 0], [0, 0, 0]]
nested[0][1] = 5
print(nested)
a[1:3] = [20, 30, 40]
print(a)
a[::2] = ['x', 'y', 'z']
print(a)
print(list('abc'), list(range(4)), list((1, 2)), list({'k': 1}))
print(sum([1, 2, 3]), min([4, 2, 8]), max(['b', 'a', 'c']))
