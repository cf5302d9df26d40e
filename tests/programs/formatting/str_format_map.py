d = {'a': 1, 'b': 'two', 'c': [3]}
print('{a} {b} {c[0]}'.format_map(d))
print('{a:>4}|{b!r}'.format_map(d))
print(''.format_map({}), 'plain'.format_map(d))
try:
    '{z}'.format_map(d)
except KeyError as e:
    print('KeyError', e)
try:
    '{0}'.format_map(d)
except ValueError as e:
    print('ValueError:', e)
