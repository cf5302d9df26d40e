class Holder:
    def __init__(self):
        self.exc = ValueError('held')
    def __iter__(self):
        return self
    def __next__(self):
        raise self.exc
for f in (sum, list, tuple, set, sorted, max, min, dict, enumerate, frozenset, ''.join, any, all):
    try:
        x = f(Holder())
        if f is enumerate: next(x)
    except ValueError as e:
        print('caught', e, e.args)
try:
    [x for x in Holder()]
except ValueError as e:
    print('comp', e)
try:
    a, b = Holder()
except ValueError as e:
    print('unpack', e)
try:
    print(*Holder())
except ValueError as e:
    print('star', e)
def gen():
    yield from Holder()
try:
    list(gen())
except ValueError as e:
    print('yf', e)
print('end')
