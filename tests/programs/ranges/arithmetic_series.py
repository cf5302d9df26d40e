# Arithmetic series: loops over ranges checked against closed forms.
def series_loop(start, stop, step):
    total = 0
    count = 0
    for v in range(start, stop, step):
        total += v
        count += 1
    return total, count

def series_formula(start, stop, step):
    n = len(range(start, stop, step))
    if n == 0:
        return 0, 0
    last = start + (n - 1) * step
    return (start + last) * n // 2, n

cases = [
    (0, 10, 1), (1, 101, 1), (3, 50, 7), (50, 3, -7),
    (-10, 10, 3), (10, -10, -3), (5, 5, 1), (0, 1000000, 999),
    (-1, -100, -1), (7, 8, 100),
]
ok = 0
for start, stop, step in cases:
    a = series_loop(start, stop, step)
    b = series_formula(start, stop, step)
    print(start, stop, step, a, a == b)
    if a == b:
        ok += 1
print('matches', ok, 'of', len(cases))

# sum() with ranges and start values
print(sum(range(1, 1001)), sum(range(10), 1000), sum(range(0)))
print(sum(range(-50, 51)), sum(range(100, 0, -1)))

# nested ranges: multiplication table corner
for i in range(1, 6):
    row = []
    for j in range(i, 6):
        row.append(i * j)
    print(i, row)
