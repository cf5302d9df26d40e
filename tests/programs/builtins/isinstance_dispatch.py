# Type dispatch with isinstance and type().
def describe(x):
    if isinstance(x, bool):
        return 'bool ' + str(x)
    if isinstance(x, int):
        return 'int with ' + str(len(str(abs(x)))) + ' digits'
    if isinstance(x, float):
        return 'float ' + repr(x)
    if isinstance(x, str):
        return 'str of length ' + str(len(x))
    if isinstance(x, (list, tuple)):
        parts = []
        for item in x:
            parts.append(describe(item))
        return type(x) is list and '[' + '; '.join(parts) + ']' or '(' + '; '.join(parts) + ')'
    if isinstance(x, dict):
        return 'dict with keys ' + str(list(x.keys()))
    if isinstance(x, range):
        return 'range of ' + str(len(x))
    if x is None:
        return 'nothing'
    return 'unknown'

for v in [True, 0, -12345, 2 ** 100, 0.5, float('inf'), '', 'text', [1, 'a'], (2.0, [None]),
          {'a': 1, 'b': 2}, range(3, 30, 3), None, []]:
    print(describe(v))

print(type(1) == int, type(1) == float, type(True) == int, type(True) is bool)
print(type([]) is list, type(()) is tuple, type({}) is dict, type('') is str, type(range(1)) is range)
print(isinstance(1, (float, str)), isinstance(1.0, (float, str)), isinstance(range(2), (list, range)))
print(isinstance(False, (int,)), isinstance([], (tuple, dict)), isinstance({}, dict))
print(type(type(0)), type(2 ** 100), type(1 / 1), type(1 // 1), type(2 ** -1), type(True + True))
print(type(3 * 1.0), type('a' * 2), type([1] * 2), type((1,) * 2), type(range(3)[1]), type(range(9)[1:3]))
