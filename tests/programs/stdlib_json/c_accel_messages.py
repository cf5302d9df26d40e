# CPython's _json accelerator words these errors differently from the
# pure-Python fallbacks in json.decoder and json.encoder.
import json
for b in ['"\\x"', '"a\nb"']:
    try:
        json.loads(b)
    except json.JSONDecodeError as e:
        print(repr(b), '->', e.msg, e.pos, e.lineno, e.colno, '|', e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
