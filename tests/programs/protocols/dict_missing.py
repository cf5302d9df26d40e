# dict subclasses: __missing__ on d[k] only (not get, not `in`)
class Counter(dict):
    def __missing__(self, key):
        return 0

class AutoList(dict):
    def __missing__(self, key):
        value = self[key] = []
        return value

c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()))
print(c["z"], c.get("z"), "z" in c)
a = AutoList()
a["x"].append(1)
a["x"].append(2)
print(a)

class Raising(dict):
    def __missing__(self, key):
        raise LookupError("no " + repr(key))
try:
    Raising()[1]
except LookupError as e:
    print(type(e).__name__, e)

class NoMissing(dict):
    pass
try:
    NoMissing()["k"]
except KeyError as e:
    print("KeyError", e)
