# _remove_dead_weakref(dict, key): deletes the entry only if it is a dead
# weak reference.
import _weakref


class C:
    pass


c = C()
d = {'live': _weakref.ref(c), 'dead': _weakref.ref(C())}
_weakref._remove_dead_weakref(d, 'live')
_weakref._remove_dead_weakref(d, 'dead')
_weakref._remove_dead_weakref(d, 'missing')
print(sorted(d))
try:
    _weakref._remove_dead_weakref({'x': 1}, 'x')
except TypeError as e:
    print('TypeError', e)
try:
    _weakref._remove_dead_weakref([], 'x')
except TypeError as e:
    print('TypeError', e)
