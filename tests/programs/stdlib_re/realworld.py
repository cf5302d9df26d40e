import re
log = '''2023-01-05 12:00:01 ERROR [db] connection lost (code=42)
2023-01-05 12:00:07 INFO [web] GET /index.html 200 1532
2023-01-06 08:15:00 WARNING [web] slow request: 2.5s
bad line'''
pat = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<mod>\w+)\] (?P<msg>.*)$', re.M)
for m in pat.finditer(log):
    print(m.group('level'), m['mod'], m.groupdict()['date'], m.span('msg'), m.start(), repr(m.group('msg')[:20]))
print(re.findall(r'\b\d+\b', log)[:6])
email = re.compile(r'([\w.+-]+)@([\w-]+\.[\w.]+)')
text = 'Contact: john.doe+x@example.com, jane@mail.co.uk; bad@x'
print(email.findall(text), [m.group(2) for m in email.finditer(text)])
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@home you@work'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.subn(r'\s+', ' ', 'a   b \t\n c'), re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(-)', 'a-b-c', maxsplit=1))
print(re.fullmatch(r'[a-z_][a-z0-9_]*', 'var_1') is not None, re.fullmatch(r'[a-z]+', 'ab1'))
print(re.match(r'(\d+)\.(\d+)', '3.14 pi').groups(), re.search(r'(?i)HELLO', 'say hello').group())
print(re.escape('a.b*c?d'), re.findall(r'(a)(b)?', 'ab a'))
date = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)')
print(date.sub(r'\g<d>/\g<m>/\g<y>', 'on 2024-02-29 and 1999-12-31'))
print(re.findall(r'<(\w+)[^>]*>(.*?)</\1>', '<b>bold</b><i class="x">it</i><b>no</i>'))
print(re.compile(r'''
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
''', re.X).findall('555-1234 and 666 9876'))
print(re.findall(r'(?<=\$)\d+(?:\.\d\d)?', 'cost $12.50 or $7'), re.findall(r'\w+(?=!)', 'hi! there yo!'))
m = re.match(r'(?P<a>x)(y)?', 'x')
print(m.groups(), m.groups('-'), m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos)
print(pat.groupindex['level'], pat.groups, bool(pat.flags & re.M))
try:
    re.compile('(unclosed')
except re.error as e:
    print('re.error', e.msg, e.pos)
print(re.sub('x*', '-', 'abxd'), re.split(r'\b', 'a b'), re.findall('', 'ab'))
print(repr(re.compile(r'a+', re.I)), re.purge() is None)
