# exec() with a mapping that is not a dict as the locals: name operations
# and annotations go through its __getitem__/__setitem__/__delitem__.
class CNS:
    def __init__(self):
        self._dct = {}

    def __setitem__(self, item, value):
        self._dct[item.lower()] = value

    def __getitem__(self, item):
        return self._dct[item]


log = []


class Mapping:
    def __init__(self, initial=None):
        self._dct = dict(initial or {})

    def __setitem__(self, item, value):
        log.append(('set', item))
        self._dct[item] = value

    def __getitem__(self, item):
        log.append(('get', item))
        return self._dct[item]

    def __delitem__(self, item):
        log.append(('del', item))
        del self._dct[item]


m = Mapping()
exec('x: int = 1', {}, m)
print(m._dct['x'], m._dct['__annotations__'], log)

cns = CNS()
log.clear()
m = Mapping({'__annotations__': cns})
exec('X: str', {}, m)
print(cns._dct, log)

log.clear()
m = Mapping()
exec('a = 1\nb = a + len("xy")\ndel a\ntry:\n    del a\nexcept NameError as e:'
     '\n    c = str(e)', {}, m)
print(sorted(m._dct.items()), log)

print(eval('y * 2', {'y': 5}, Mapping()))
print(eval('y * 2', {}, Mapping({'y': 7})))
try:
    eval('nope', {}, Mapping())
except NameError as e:
    print('NameError', e)


class Bad:
    def __getitem__(self, item):
        raise ValueError(item)


try:
    eval('q', {}, Bad())
except ValueError as e:
    print('ValueError', e)
