# numbered and named groups, lastindex / lastgroup, regs
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?: (\d+))?', 'Jane Doe')
print(m.group(), m.group(1), m.group('last'), m[2], m['first'])
print(m.group(1, 2, 3), m.groups(), m.groups('-'))
print(m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.span(2), m.span(3), m.start(3))
print(m.lastindex, m.lastgroup, m.regs)
m = re.match(r'((a)b)(c)?', 'ab')
print(m.lastindex, m.lastgroup, m.groups())
m = re.match(r'(a)|(b)', 'b')
print(m.lastindex, m.groups(), m.group(1))
for bad in (4, -1, 'nope', 2.5):
    try:
        print(re.match('(a)(b)(c)', 'abc').group(bad))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
p = re.compile(r'(?P<x>a)(?P<y>b)?')
print(p.groups, sorted(p.groupindex.items()), p.groupindex['x'])
print(re.match(r'(a)*', 'aaa').span(1), re.match(r'(?:(a)|b)*', 'ab').group(1))
