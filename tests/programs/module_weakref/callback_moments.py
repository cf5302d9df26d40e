# When callbacks run: at del, at rebinding, at the end of a function, when
# a container drops its item, when the object holding it is released.
import _weakref


class C:
    def __init__(self, name):
        self.name = name


keep = []


def watch(obj):
    name = obj.name

    def cb(r):
        print('  released:', name)
    keep.append(_weakref.ref(obj, cb))


print('del')
x = C('x')
watch(x)
del x
print('rebinding')
y = C('y1')
watch(y)
y = C('y2')
print('after rebinding')
watch(y)


def f():
    z = C('local')
    watch(z)
    print('  end of f')

print('function')
f()
print('after f')
print('list')
lst = [C('item0'), C('item1')]
watch(lst[0])
watch(lst[1])
lst.pop()
print('after pop')
lst.clear()
print('after clear')
print('dict')
d = {'k': C('value')}
watch(d['k'])
del d['k']
print('nested')
outer = C('outer')
outer.inner = C('inner')
watch(outer)
watch(outer.inner)
del outer
print('temporary')
watch(C('temp'))
print('end')
y = None
