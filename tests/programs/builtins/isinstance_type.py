values = [1, 2.0, 'three', [4], (5,), {'six': 6}, range(7), True, None]
for v in values:
    print(type(v), isinstance(v, int), isinstance(v, (str, list)))
print(type(1) is int, type(True) is bool, type(1) == type(2), type('a') is str)
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, float))
print(type(type(1)), type(len))
print(int, float, str, list, tuple, dict, bool, range)
