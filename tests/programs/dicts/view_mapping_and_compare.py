# Views: .mapping is a read-only live proxy of the dict; keys and items
# views compare by lookups, so unhashable values compare, and errors from
# a value's __eq__ propagate.
class Dict(dict):
    pass

for cls in [dict, Dict]:
    d = cls()
    ms = [d.keys().mapping, d.values().mapping, d.items().mapping]
    d['foo'] = 'bar'
    for m in ms:
        print(type(m).__name__, m == d, dict(m))
    try:
        ms[0]['x'] = 1
    except TypeError as e:
        print(type(e).__name__, e)

a = {1: [1], 2: [2]}
b = {1: [1], 2: [2]}
c = {1: [1], 2: [3], 3: []}
print(a.items() == b.items(), a.items() != b.items(), a.items() <= b.items())
print(a.items() < c.items(), c.items() > a.items(), a.keys() < c.keys())
print(a.keys() == {1, 2}, {1, 2} == a.keys(), a.keys() >= {1}, {1} < a.keys())
print(a.items() == {(1, 2)}, a.values() == b.values())

class C:
    def __eq__(self, other):
        raise RuntimeError('eq')

d1 = {1: C()}
d2 = {1: C()}
d3 = {1: C(), 2: C()}
for f in [lambda: d1.items() == d2.items(), lambda: d1.items() != d2.items(),
          lambda: d1.items() <= d2.items(), lambda: d1.items() >= d2.items(),
          lambda: d2.items() < d3.items(), lambda: d3.items() > d2.items()]:
    try:
        print(f())
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    print(d1.items() == {(1, 2)})
except TypeError as e:
    print(type(e).__name__, e)
