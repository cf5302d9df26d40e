# Edge cases of split, join, strip, replace, find.
print('a b  c'.split(), '  lead and trail  '.split(), ''.split(), '   '.split())
print('a,b,,c,'.split(','), ','.split(','), ''.split(','), 'abc'.split(','))
print('a b  c'.split(' '), 'one::two::three'.split('::'), 'aaa'.split('a'))
print('line1\nline2\n\tline3'.split(), 'x\ty\nz'.split())
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join(['solo']), '/'.join('abc'))
print('+'.join(('1', '2')), ' '.join(['', '', '']), repr(''.join(['', ''])))
print(repr('  pad  '.strip()), repr('\t\n x \r\n'.strip()), repr(''.strip()), repr('   '.strip()))
print('hello'.replace('l', 'L'), 'hello'.replace('x', 'y'), 'aaaa'.replace('aa', 'b'))
print('abc'.replace('', '-'), 'hello'.replace('hello', ''), ''.replace('', 'x'))
print('hello'.find('l'), 'hello'.find('lo'), 'hello'.find('z'), 'hello'.find(''), ''.find(''))
print('hello'.startswith('he'), 'hello'.startswith(''), 'hello'.endswith('llo'), 'hi'.endswith('hello'))
print('MiXeD 123 ÄÖ'.upper(), 'MiXeD 123 ÄÖ'.lower())

csv = 'name,age,city\nann,31,oslo\nbob,27,rome\ncid,45,lima'
rows = csv.split('\n')
header = rows[0].split(',')
total = 0
for row in rows[1:]:
    fields = row.split(',')
    record = {}
    for i in range(len(header)):
        record[header[i]] = fields[i]
    total += int(record['age'])
    print(record)
print('total age', total)
words = 'the cat sat on the mat'.split()
print(' '.join(words[::-1]), len(words), words.count('the'), words.index('sat'))
