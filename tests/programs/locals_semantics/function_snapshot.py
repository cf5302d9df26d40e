# locals() in a function: the frame's dict, refreshed at each call.
def f(a, b=2):
    x = 1
    d = locals()
    print(sorted(d.items(), key=str))
    y = 3
    print('y' in d, sorted(d, key=str))
    d2 = locals()
    print(d2 is d, 'y' in d, 'd' in d, sorted(k for k in d if k != 'd'))
    del x
    print('x' in d)
    locals()
    print('x' in d, sorted(k for k in d if k not in ('d', 'd2')))
    return d

r = f(10)
print(sorted(k for k in r if k not in ('d', 'd2')), r['a'], r['y'])

def writes():
    v = 1
    locals()['v'] = 100
    locals()['new'] = 5
    print(v)
    d = locals()
    print(d['v'], d.get('new'))
    v = 2
    print(locals()['v'])

writes()

def order(p, q):
    z = 0
    a = 1
    m = 2
    return list(locals())

print(order(1, 2))

def unbound():
    print(list(locals()))
    late = 1
    print(list(locals()))

unbound()
