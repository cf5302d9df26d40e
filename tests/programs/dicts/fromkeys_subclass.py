# dict.fromkeys called on a subclass builds an instance of it, filled
# through its __setitem__; a __new__ may return any mapping.
class dictlike(dict):
    pass

print(type(dictlike.fromkeys('ab')).__name__, dictlike.fromkeys('ab', 0))
print(type(dictlike().fromkeys('a')).__name__)

class Logged(dict):
    def __setitem__(self, key, value):
        print('set', key, value)
        dict.__setitem__(self, key, value * 2)

print(Logged.fromkeys([1, 2], 5))

class Other:
    def __init__(self):
        self.data = []
    def __setitem__(self, k, v):
        self.data.append((k, v))

class Weird(dict):
    def __new__(cls):
        return Other()

print(Weird.fromkeys('xy').data)

class Exc(Exception):
    pass

class BadInit(dict):
    def __init__(self):
        raise Exc('init')

class BadSet(dict):
    def __setitem__(self, k, v):
        raise Exc('setitem')

for cls in [BadInit, BadSet]:
    try:
        cls.fromkeys([1])
    except Exc as e:
        print(cls.__name__, e)

try:
    dict.fromkeys(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print(type(e).__name__, e)
print(dict.fromkeys({1: 2, 3: 4}, 0), dict.fromkeys(x for x in 'ba'))
