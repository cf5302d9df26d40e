import marshal

shared = [1, 2]
print(marshal.dumps([shared, shared]))
print(marshal.dumps(shared))
print(marshal.dumps((shared, shared, [shared])))
back = marshal.loads(marshal.dumps([shared, shared]))
print(back, back[0] is back[1])


def in_function():
    local = [1, 2]
    print(marshal.dumps(local))
    print(marshal.dumps([local, local]))
    pair = (local, 'a')
    print(marshal.dumps(pair))
    print(marshal.dumps([[]]))
    print(marshal.dumps({'k': local}))


in_function()


def with_arg(arg):
    return marshal.dumps(arg)


print(with_arg([3]), with_arg(shared), with_arg({}))

rec = []
rec.append(rec)
data = marshal.dumps(rec)
print(data)
back = marshal.loads(data)
print(back, back[0] is back)

d = {}
d['self'] = d
data = marshal.dumps(d)
print(data)
back = marshal.loads(data)
print(back['self'] is back)

t = ([],)
t[0].append(t)
data = marshal.dumps(t)
print(data)
back = marshal.loads(data)
print(back[0][0] is back)

s = 'shared string'
print(marshal.dumps([s, s, s]))
print(marshal.dumps([1.25, 1.25, 3.5, 1.25]))
print(marshal.dumps([10**30, 10**30]))
print(marshal.dumps((7, 7, (7, 7))))
print(marshal.dumps({'x': 'x'}))
back = marshal.loads(marshal.dumps(['abc def', 'abc def']))
print(back[0] is back[1])
# CPython data with references
print(marshal.loads(b'\xdb\x03\x00\x00\x00\xe9\x05\x00\x00\x00r\x01\x00\x00\x00r\x00\x00\x00\x00'))
