print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max((7, 9, 8)), min('hello'), max('hello'))
print(sum([]), sum([1, 2, 3]), sum([0.5, 0.25]), sum(range(10), 100), sum([[1], [2]], []))
print(abs(-3), abs(3), abs(-2.5), abs(0), abs(-10 ** 20))
print(max([1, 2], [1, 3]), min(['b', 'a']), max(1, 2.5), min(-1, -1.5))
