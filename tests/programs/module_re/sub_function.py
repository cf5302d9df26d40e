# sub/subn with a function as the replacement
import re

def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r'\d+', double, 'a1 b22 c333'))
print(re.subn(r'\d+', double, 'a1 b22', count=1))
print(re.sub(r'\w+', lambda m: m.group().upper(), 'hello world'))
print(re.sub('x', lambda m: None, 'axbxc'))
seen = []
def record(m):
    seen.append((m.start(), m.group(), m.pos, m.endpos))
    return ''
print(re.sub('a|b', record, 'xaybz'), seen)
print(re.sub(rb'\d', lambda m: m.group() * 2, b'a1b2'))
def bad(m):
    return 42
try:
    re.sub('a', bad, 'bab')
except TypeError as e:
    print('TypeError:', e)
class Counter:
    n = 0
    def __call__(self, m):
        Counter.n += 1
        return '<%d>' % Counter.n
print(re.sub('o', Counter(), 'foo boo'))
def boom(m):
    raise ValueError('boom at %d' % m.start())
try:
    re.sub('b', boom, 'abc')
except ValueError as e:
    print('ValueError:', e)
try:
    re.sub('b', lambda m: m, 'abc')
except TypeError as e:
    print('TypeError:', e)
kept = []
print(re.sub('[ac]', lambda m: kept.append(m) or '', 'abc'), [m.group() for m in kept])
