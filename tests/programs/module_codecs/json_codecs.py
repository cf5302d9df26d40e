import json
print(json.dumps({'a': [1, 2.5, None, "é\n", True]}, sort_keys=True))
print(json.loads('{"x": [1, "\\u00e9\\ud83d\\ude00", true, null], "y": 1e3}'))
print(json.dumps("é€", ensure_ascii=False), json.dumps("\U0001f600"))
print(json.loads(b'{"k": "v"}'), json.loads('"\\u00e9"'.encode('utf-16')))
print(json.dumps([1, {"b": 2}], indent=2))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print(e)
