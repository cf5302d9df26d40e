# IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped flags
import re

print(re.findall('[a-z]+', 'Hello WORLD', re.I))
print(re.match('straße', 'STRASSE', re.I), re.match('k', '\u212a', re.I))
print(re.match('(?i)ǅ', 'ǆ'), re.match('σ', 'Σ', re.I), re.match('ς', 'Σ', re.I))
print(re.findall('^\\w+$', 'one\ntwo\nthree', re.M))
print(re.findall('^\\w+$', 'one\ntwo', 0))
print(re.match('a.b', 'a\nb'), re.match('a.b', 'a\nb', re.S).group())
p = re.compile(r'''
    (\d+)   # number
    \s*     # space
    ([a-z]+)  # unit
''', re.VERBOSE)
print(p.match('10 km').groups())
print(re.findall(r'\w+', 'héllo wörld'), re.findall(r'\w+', 'héllo wörld', re.A))
print(re.match(r'\d', '\u0664'), re.match(r'\d', '\u0664', re.ASCII))
print(re.match('(?i:A)b', 'ab'), re.match('(?i:A)b', 'aB'))
print(re.match('a(?-i:B)', 'AB', re.I), re.match('a(?-i:B)', 'Ab', re.I))
print(re.match('(?a:\\w)\\w', 'éé'), re.match('(?a:\\w)\\w', 'aé'))
print(re.search('[^a]', 'A', re.I), re.search('[^a]', 'Ab', re.I).group())
print(re.match(r'(a)\1', 'aA', re.I), re.match(r'(é)\1', 'éÉ', re.I))
print(re.match('[é-ë]+', 'ÉÊË', re.I).group())
print(re.findall('(?m)^a', 'a\na\nb'), re.findall('(?s).', 'a\n'))
print(re.compile('a', re.I | re.M).flags == re.I | re.M | re.U)
print(re.match(r'\bfoo\b', 'foo bar'), re.search(r'\Bo', 'foo').span())
print(re.search(r'\Aa', 'ba'), re.search(r'a\Z', 'a\n'), re.search('a$', 'a\n'))
