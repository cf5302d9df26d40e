# Callbacks run when the referent is released, most recent first; every
# reference is already dead when the first callback runs.
import _weakref


class C:
    pass


refs = []


def make_cb(name):
    def cb(r):
        print('callback', name, [x() for x in refs])
    return cb


c = C()
refs.append(_weakref.ref(c, make_cb('a')))
refs.append(_weakref.ref(c))
refs.append(_weakref.ref(c, make_cb('b')))
p = _weakref.proxy(c, make_cb('p'))
refs.append(_weakref.ref(c, make_cb('c')))
print('count', _weakref.getweakrefcount(c))
print('releasing')
c = None
print('released')
