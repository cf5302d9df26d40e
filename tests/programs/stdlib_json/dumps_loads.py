import json, decimal
from collections import OrderedDict
data = {'name': 'Widget', 'tags': ['a', 'b'], 'price': 9.99, 'count': 3, 'ok': True, 'none': None, 'nested': {'z': 1, 'a': [1, 2, {'k': 'v'}]}, 'uni': 'caf\u00e9 \u2603', 'esc': 'tab\tquote"back\\'}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':'), sort_keys=True))
print(json.dumps([1, [2, [3]]], indent='\t'))
print(json.dumps({}, indent=2), json.dumps([], indent=2), json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}))
print(json.dumps(float('inf')), json.dumps([float('nan'), -float('inf')]), json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0))
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
def enc(o):
    if isinstance(o, Pt): return {'__pt__': [o.x, o.y]}
    if isinstance(o, set): return sorted(o)
    raise TypeError('nope')
print(json.dumps({'p': Pt(1, 2), 's': {3, 1, 2}}, default=enc))
try:
    json.dumps({'x': object()})
except TypeError as e:
    print('TypeError', str(e).split(' at ')[0])
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
class MyEnc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, decimal.Decimal): return str(o)
        return super().default(o)
print(MyEnc(indent=1).encode({'d': decimal.Decimal('1.10')}), list(MyEnc().iterencode([1, 'a'])))
s = json.dumps(data)
print(json.loads(s) == data)
def hook(d):
    if '__pt__' in d: return Pt(*d['__pt__'])
    return d
obj = json.loads('{"p": {"__pt__": [3, 4]}, "q": [1, 2.5, "x", null, true, false]}', object_hook=hook)
print(type(obj['p']).__name__, obj['p'].x, obj['q'])
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('[1.5, 2]', parse_float=decimal.Decimal, parse_int=str))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n"'), json.loads(' [NaN, Infinity, -Infinity] '), json.loads(b'{"x": 1}'))
print(json.loads('123'), json.loads('"s"'), json.loads('  null'))
