import json, io
bad = ['{"a": 1,}', '[1, 2', '{"a" 1}', '', 'nul', '"unterminated', '[1] x', '{"a": 01}', "{'a': 1}", '[1,,2]']
for b in bad:
    try:
        json.loads(b)
    except json.JSONDecodeError as e:
        print(repr(b), '->', e.msg, e.pos, e.lineno, e.colno, '|', e)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('{\n  "a": [1,\n  2,\n  ]\n}')
except ValueError as e:
    print(e)
try:
    json.loads(123)
except TypeError as e:
    print('TypeError', e)
d = json.JSONDecoder()
print(d.raw_decode('{"a": 1} trailing'), d.raw_decode('[1, 2]xyz'))
buf = io.StringIO()
json.dump({'k': [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": 1}', object_pairs_hook=list))
print(json.dumps('\x00\x1f\x7f\u2028'), json.dumps('\U0001f600'), json.dumps('\U0001f600', ensure_ascii=False))
print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}}, sort_keys=True, indent=0))
