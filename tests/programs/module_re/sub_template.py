# sub/subn with string templates (group references, escapes)
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home and ann@work'))
print(re.sub(r'(?P<word>\w+)', r'<\g<word>>', 'a bc'))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'ab'))
print(re.sub('a', r'\n', 'bab') == 'b\nb')
print(re.sub('a', 'x', 'aaaa', count=2))
print(re.subn(r'\d', '#', 'a1b2c3'))
print(re.subn(r'\d', '#', 'a1b2c3', 2))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'))
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.compile('o').sub('0', 'foo boo'))
print(re.sub('a', 'b', 'xyz'))
print(re.sub(r'\s+', ' ', '  many   spaces here '))
m = re.match(r'(\w+) (\w+)', 'hello world')
print(m.expand(r'\2 \1'), m.expand(r'\g<2>!'))
for tmpl in (r'\3', r'\g<name>', '\\'):
    try:
        re.sub('(a)', tmpl, 'a')
    except re.error as e:
        print('error:', e)
