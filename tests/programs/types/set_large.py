s = set(range(1000))
print(len(s), sum(s), 999 in s, 1000 in s)
for i in range(0, 1000, 2):
    s.discard(i)
print(len(s), min(s), max(s))
print(sorted(s)[:5])
t = {i * 7 % 100 for i in range(100)}
print(len(t), sorted(t) == list(range(100)))
print(set(range(20)) - set(range(5, 15)))
big = {2 ** 40, 2 ** 41, 3}
print(sorted(big))
