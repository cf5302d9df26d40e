# A key is found by identity before equality: the same NaN object is a
# key that finds itself, in dicts, sets and containers.
nan = float('nan')
d = {nan: 1}
print(d.get(nan), nan in d, d[nan])
d[nan] = 2
print(len(d), d[nan])
other = float('nan')
print(other in d, d.get(other))
d.update({nan: 3, other: 4})
print(len(d), sorted(d.values()))
print(nan in {nan}, nan in [nan], [nan].index(nan), (nan,).count(nan))
del d[nan]
print(len(d))
print({nan: 'x'}.pop(nan), {nan: 'y'}.setdefault(nan, 'z'))
