# findall with 0, 1 and several groups; finditer; empty matches
import re

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)=(\d)', 'a=1, b=2, c=x'))
print(re.findall(r'(\w)(\d)?', 'a1b'))
print(re.findall(r'a(b)?', 'aab'))
print(re.findall('', 'abc'))
print(re.findall('x*', 'axxb'))
print(re.findall(r'\b\w', 'hello big world'))
print(re.compile('o').findall('foo boo', 2, 6))
it = re.finditer(r'\w+', 'one two  three')
print(type(it).__name__)
for m in it:
    print(m.span(), m.group())
print([m.span() for m in re.finditer('a*', 'baac')])
print([m.group() for m in re.compile(r'\d').finditer('1a2b3c', 1, 5)])
s = re.compile(r'\d+').scanner('12 ab 345')
print(s.search(), s.search(), s.search(), s.pattern.pattern)
s = re.compile(r'\d').scanner('12a3')
print(s.match(), s.match(), s.match(), s.match())
