# Iterating views reads the dict live, in insertion order.
d = {'a': 1, 'b': 2, 'c': 3}
for k, v in d.items():
    print(k, v)
print(sum(d.values()), list(d.keys()), list(d))
del d['a']
d['a'] = 4
print(list(d.items()))
for i in range(20):
    d[i] = i * i
for i in range(18):
    del d[i]
print(list(d.items()), len(d))
for v in d.values():
    print(v)
    break
d['new'] = 0
try_it = d.values()
for v in d.values():
    if v == 4:
        d['another'] = 1
        break
print(len(d))
for k in d:
    d['boom'] = 1
