# Deleting a key and adding another keeps a dict's size, but an iterator
# then meets more entries than the dict had: RuntimeError.
for kind in ['keys', 'values', 'items']:
    d = {0: 0}
    seen = []
    try:
        for x in getattr(d, kind)():
            seen.append(x)
            del d[0]
            d[0] = 0
    except RuntimeError as e:
        print(kind, type(e).__name__, e, seen)

d = {'a': 1, 'b': 2}
it = iter(d)
print(next(it))
del d['a']
d['c'] = 3
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(it)
except StopIteration:
    print('StopIteration')

# growing during iteration: size changed
d = {1: 1}
try:
    for i in d:
        d[i + 1] = 1
except RuntimeError as e:
    print(type(e).__name__, e)

# deleting and re-adding the same number of keys after the iteration ends
d = {1: 1, 2: 2}
out = []
for k in d:
    out.append(k)
print(out)
