from collections import OrderedDict, ChainMap, deque, defaultdict
od = OrderedDict()
for k in 'dbca':
    od[k] = ord(k)
od.move_to_end('d')
od.move_to_end('a', last=False)
print(od, list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(list(reversed(OrderedDict.fromkeys('xyz'))))
defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cm = ChainMap({}, env, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm))
cm['color'] = 'blue'
print(cm.maps[0], cm.parents['color'])
child = cm.new_child({'x': 1})
print(child['x'], 'x' in cm, dict(child) == {'x': 1, 'color': 'blue', 'user': 'admin'})
try:
    del cm['user']
except KeyError as e:
    print('KeyError', e)
dq = deque(range(5), maxlen=5)
dq.append(5); dq.appendleft(-1)
print(dq, dq.maxlen)
dq.rotate(2); print(dq)
dq.rotate(-3); print(dq)
print(dq.popleft(), dq.pop(), dq.count(2), dq.index(3))
dq.extendleft([10, 11]); print(dq)
last3 = deque(maxlen=3)
for i in range(10):
    last3.append(i)
print(list(last3))
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(sorted(dd.items()), dd.default_factory)
cnt = defaultdict(int)
for ch in 'hello':
    cnt[ch] += 1
print(sorted(cnt.items()))
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], 'x' in t)
print(repr(defaultdict(None, {1: 2})))
