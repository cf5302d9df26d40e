# _json (the accelerator json.decoder/scanner/encoder use): error messages and
# positions, hooks, subclasses, sort_keys/skipkeys, circular references
import json, _json
print(json.decoder.scanstring is _json.scanstring, json.scanner.make_scanner is _json.make_scanner)
print(json.encoder.c_make_encoder)
for b in ['"\\x"', '"a\nb"', '{"a": 1,}', '[1,]', '[1 2]', '{"a" 1}', '{1: 2}', '"abc', '"\\u12"', '"\\uzzzz"', '', '[', 'nul', '-', '-x', '1.5e', '{"a": [1, 2, {"b": null}]', 'tru']:
    try:
        print(repr(json.loads(b)))
    except json.JSONDecodeError as e:
        print(repr(b), '->', e.msg, e.pos, e.lineno, e.colno, '|', e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
doc = '{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00\\n"], "b": {"c": NaN, "d": Infinity, "e": -Infinity}, "big": 123456789012345678901234567890, "a": 2}'
v = json.loads(doc)
print(v)
print(json.dumps(v))
print(json.dumps(v, ensure_ascii=False))
print(json.dumps(v, sort_keys=True, separators=(',', ':')))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5, 'z': (1, 2)}))
try: json.dumps({(1,): 2})
except TypeError as e: print('TypeError', e)
print(json.dumps({(1,): 2, 'a': 1}, skipkeys=True))
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print('ValueError', e)
class C: pass
try: json.dumps([C()])
except TypeError as e: print('TypeError', e)
print(json.dumps([C()], default=lambda o: {'C': 1}))
print(json.loads('{"a": 1, "b": [1, 2]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN]', parse_constant=lambda s: 'const:' + s))
import collections
print(json.dumps(collections.OrderedDict([('b', 1), ('a', 2)])))
print(json.dumps([1, 2], indent=2))
print(_json.encode_basestring_ascii('h\u00e9\U0001f600"\\\x01'), _json.encode_basestring('h\u00e9"\x1f'))
print(_json.scanstring('"abc\\n" rest', 1))
try: _json.scanstring(b'x', 1)
except TypeError as e: print('TypeError', e)
try: _json.scanstring('x', 5)
except ValueError as e: print('ValueError', e)
s = _json.make_scanner(json.JSONDecoder())
print(s('[1, 2] xx', 0), s.strict, s.parse_float)
try: s('xx', 0)
except StopIteration as e: print('StopIteration', e.value)
import enum
class E(enum.IntEnum):
    A = 1
print(json.dumps([E.A, 1.0, 10**20]), json.dumps({E.A: 1}))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads(' [ ] '), json.loads('{ }'))
d = json.loads('[{"key": 1}, {"key": 2}]'); print(d[0].keys() == d[1].keys())
