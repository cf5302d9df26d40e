# min/max/sum over mixed numbers, strings, tuples and ranges.
print(min(1, 1.0), min(1.0, 1), max(1, 1.0), max(True, 1), min(0, False), max(2, 2.0))
print(min([3, 1.5, 2]), max([3, 1.5, 2]), min(-0.0, 0), max(range(10)), min(range(5, 10)))
print(min('apple', 'banana', 'cherry'), max('apple', 'Apple', 'APPLE'), min('zyx'), max(''.join(['b', 'a'])))
print(min([(2, 'b'), (1, 'z'), (1, 'a')]), max([[1, 2], [1, 2, 0], [0, 9]]))
print(max(10 ** 30, 10 ** 30 + 1, -10 ** 40), min(10 ** 30, 1e30), max(1e30, 10 ** 30))
print(sum([0.1] * 10), sum([1, 2.5, True]), sum(range(-5, 6)), sum([10 ** 20, -(10 ** 20), 1]))
print(sum([], 5), sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()), sum([1.5], 10 ** 20))
print(abs(-7), abs(7.25), abs(-0.0), abs(-(10 ** 50)), abs(True), abs(float('-inf')))
print(len([]), len([[]]), len({'a': 1, 'b': 2}), len(range(0, 100, 7)), len('\n\t'), len((1, (2, 3))))

def running_stats(values):
    lo = values[0]
    hi = values[0]
    total = 0
    for v in values:
        lo = min(lo, v)
        hi = max(hi, v)
        total += v
    return lo, hi, total, total / len(values)

print(running_stats([4, 8, 15, 16, 23, 42]))
print(running_stats([2.5, -1, 10 ** 3]))
