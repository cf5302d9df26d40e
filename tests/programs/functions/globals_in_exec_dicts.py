# Functions whose globals are a plain dict (exec/eval namespaces): every
# way of changing the dict is seen by a hot function reading its globals.
ns = {'k': 1}
exec('def f(n):\n    s = 0\n    for i in range(n):\n        s += k\n    return s\n'
     'def g():\n    return k + j\n', ns)
f = ns['f']
g = ns['g']


def check(label):
    try:
        print(label, f(3000), end=' ')
    except NameError as e:
        print(label, 'NameError:', e, end=' ')
    try:
        print(g())
    except NameError as e:
        print('NameError:', e)


check('start')
ns['k'] = 2
check('rebound')
ns['j'] = 10
check('new key')
del ns['k']
check('deleted')
ns.update(k=5, j=1)
check('update')
print(ns.pop('j'))
check('pop')
ns.setdefault('j', 7)
check('setdefault')
ns.setdefault('j', 8)
check('setdefault again')
saved = dict(ns)
ns.clear()
check('clear')
ns.update(saved)
ns['k'] = 3
check('restored')
while 'j' in ns:
    key, value = ns.popitem()
    print('popped', key, value)
check('popitem')
ns['j'] = 0
ns['k'] = 4
check('end')
h = eval('lambda: k * 2', ns)
print([h() for i in range(3)])
ns['k'] = -1
print([h() for i in range(3)])
