# repr of live and dead references (addresses left out).
import _weakref


def noaddr(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith('0x', i):
            j = i + 2
            while j < len(s) and s[j] in '0123456789abcdef':
                j += 1
            out.append('ADDR')
            i = j
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)


class C:
    pass


def f():
    pass


c = C()
r = _weakref.ref(c)
print(noaddr(repr(r)))
print(noaddr(repr(_weakref.ref(f))))
print(noaddr(repr(_weakref.ref(C))))
print(noaddr(repr(_weakref.ref({1}))))
print(noaddr(repr(_weakref.proxy(c))))
del c
print(noaddr(repr(r)))
print(repr(type(r)))
