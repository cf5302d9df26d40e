# lookahead, lookbehind, negative forms, conditionals
import re

print(re.findall(r'\w+(?=,)', 'a, b, c'))
print(re.findall(r'\w+(?!,)\b', 'a, b, c'))
print(re.findall(r'(?<=\$)\d+', 'cost $12 and $5'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $12 and 5'))
print(re.search(r'(?<=(a))b', 'ab').groups())
print(re.match(r'(?=(\w+))\w', 'abc').group(0, 1))
print(re.sub(r'(?<=a)', '-', 'banana'))
print(re.match(r'(<)?\w+(?(1)>|$)', '<abc>'), re.match(r'(<)?\w+(?(1)>|$)', 'abc'))
print(re.match(r'(<)?\w+(?(1)>|$)', '<abc'))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"x"').group())
print(re.match(r'(a)?(?(1)b)c', 'c'), re.match(r'(a)?(?(1)b)c', 'abc'))
try:
    re.compile(r'(?<=a+)b')
except re.error as e:
    print('error:', e)
