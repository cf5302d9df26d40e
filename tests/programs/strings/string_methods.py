s = '  Hello, World  '
t = s.strip()
print(repr(t), t.upper(), t.lower())
print(t.split(', '), 'a b  c'.split(), 'a,b,,c'.split(','))
print('-'.join(['x', 'y', 'z']), ''.join(['a', 'b']), ', '.join([]))
print(t.startswith('Hell'), t.endswith('ld'), t.startswith('World'))
print(t.replace('l', 'L'), t.replace('World', 'There'), 'aaa'.replace('a', 'bb'))
print(t.find('World'), t.find('xyz'), t.find('o'))
print('banana'.count('an'), '123'.isdigit(), '12a'.isdigit())
