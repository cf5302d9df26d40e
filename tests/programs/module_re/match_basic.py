# compile / match / search / fullmatch with pos and endpos
import re

p = re.compile(r'ab+c')
print(p.match('abbbc'))
print(p.match('xabc'))
print(p.search('xxabcxx'))
print(p.fullmatch('abc'), p.fullmatch('abcd'))
print(p.match('xxabc', 2), p.match('xxabc', 2, 4))
print(p.search('abcabc', 1).span())
print(p.fullmatch('xabcx', 1, 4))
print(re.match('a', 'ba', -5), re.search('a', 'ba', 10))
print(re.search('^b', 'ab', 1), re.search('b$', 'abc', 0, 2))
print(re.match('', ''), re.fullmatch('a*', ''))
print(re.search(r'\d+', 'abc 1234 x').group())
print(bool(re.match('x', 'y')), bool(re.match('y', 'y')))
m = re.search('c', 'abcde', 1, 4)
print(m.pos, m.endpos, m.string, m.re.pattern)
