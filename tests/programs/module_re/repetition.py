# greedy and lazy repeats, bounded counts, nested groups
import re

print(re.match('a{2,3}', 'aaaa').group(), re.match('a{2,3}?', 'aaaa').group())
print(re.match('(ab){2}', 'ababab').group(), re.match('(ab)+?', 'abab').group())
print(re.match('<.*>', '<a><b>').group(), re.match('<.*?>', '<a><b>').group())
print(re.match('(a|b)*c', 'ababc').groups(), re.match('(a|bc)*?d', 'abcd').group())
print(re.match('(?:a{0,2}b)+', 'abaabbab').group())
print(re.findall('a{,2}', 'aaaaa'), re.match('x{3}', 'xx'))
print(re.match('(a*)*b', 'aaab').groups(), re.match('(a*)+b', 'b').groups())
print(re.match('(a?)+?b', 'aab').groups(), re.match(r'(\d+?)(\d*)', '1234').groups())
print(re.fullmatch('(?:ab|a)*b', 'abab'), re.fullmatch('(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match('a{1000}', 'a' * 1000).end(), re.search('a{3}$', 'baaaa').span())
