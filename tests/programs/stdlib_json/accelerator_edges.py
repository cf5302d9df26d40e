# _json: errors raised by hooks and default(), deep nesting, number and
# escape edge cases, the Encoder and Scanner types used directly
import json, _json, sys
# errors inside hooks and default leave nothing behind
def bad_hook(d):
    raise KeyError('hook')
for kw in [dict(object_hook=bad_hook), dict(object_pairs_hook=bad_hook), dict(parse_float=bad_hook), dict(parse_int=bad_hook), dict(parse_constant=bad_hook)]:
    try:
        json.loads('[{"a": [1.5, 2, NaN]}]', **kw)
    except KeyError as e:
        print('KeyError', e)
def bad_default(o):
    raise RuntimeError('default %s' % type(o).__name__)
try:
    json.dumps({'a': [1, {'b': object()}]}, default=bad_default)
except RuntimeError as e:
    print('RuntimeError', e)
# deep nesting
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print('RecursionError', e)
deep = []
for i in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)
# subclasses
class S(str):
    pass
class I(int):
    def __repr__(self):
        return 'I!'
class F(float):
    def __repr__(self):
        return 'F!'
class D(dict):
    def items(self):
        return [('z', 1), ('y', 2)]
print(json.dumps([S('s'), I(5), F(2.5), {S('k'): I(1), F(1.5): 0}]))
print(json.dumps(D(a=1)), json.dumps(D(a=1), sort_keys=True))
print(json.dumps({'b': 1, 'a': [3, {'d': 1, 'c': 2}]}, sort_keys=True))
try:
    json.dumps({'a': 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
# circular dicts and default cycles
d = {}; d['x'] = d
try: json.dumps(d)
except ValueError as e: print('ValueError', e)
print(json.dumps(d, check_circular=False, default=str) if False else 'skip')
class Node:
    pass
n = Node()
try: json.dumps(n, default=lambda o: o)
except ValueError as e: print('ValueError', e)
# the encoder type used directly
enc = _json.make_encoder(None, str, lambda s: '<' + s + '>', None, ': ', ', ', True, False, True)
print(enc({'b': [1, 'x'], 'a': None}, 0))
print(enc.sort_keys, enc.skipkeys, enc.key_separator, enc.markers, enc.indent)
try: _json.make_encoder([], str, str, None, ': ', ', ', True, False, True)
except TypeError as e: print('TypeError', e)
enc2 = _json.make_encoder(None, str, lambda s: 5, None, ': ', ', ', False, False, True)
try: enc2(['a'], 0)
except TypeError as e: print('TypeError', e)
# numbers
print(json.loads('[0, -0, -0.0, 1e5, 1E-2, 12.5e+3, 0.1, 1e400, -1e400, 123456789012345678901234567890]'))
for bad in ['01', '1.', '.5', '1e', '-', '+1', '0x10', '1.e5']:
    try:
        print(bad, json.loads(bad))
    except json.JSONDecodeError as e:
        print(bad, '->', e)
print(ascii(json.loads('"\\ud83d\\ude00 \\ud83d x \\ude00 \\u00E9\\/\\b\\f\\r\\t"')))
print(json.loads('"a\tb"', strict=False), json.loads('{"a": "b\\u0000"}'))
print(json.dumps('\ud83d'), json.dumps('\ud83d', ensure_ascii=False) == '"\ud83d"')
print(json.dumps([float('inf'), float('-inf'), float('nan'), 1e16, 0.1, -0.0]))
s = json.JSONDecoder().scan_once
print(s('"x"', 0), s('  1', 2))
try: s('[1', -1)
except ValueError as e: print('ValueError', e)
try: s('', 0)
except StopIteration as e: print('StopIteration', e.value)
print(json.dumps({'a': 1}, separators=(',', '=')))
print(json.loads(json.dumps({'k' * 3: ['v'] * 3, 'e': {}, 'l': []})))
