# non-ASCII subjects and patterns, big character sets, case folding
import re

print(re.findall('[а-я]+', 'Привет мир', re.I))
print(re.findall('[αβγδεζ]', 'abγdε'))
print(re.sub('[\u4e00-\u9fff]', '#', 'a中b文c'))
print(re.match('\U0001F600+', '\U0001F600\U0001F600x').span())
print(re.findall(r'\s+', 'a\u3000b\u2003c'))
print(re.match(r'[^\W\d_]+', 'héllo123').group())
print(re.findall('[a-z]', 'AbK\u212aſs', re.I))
print(re.match('i', 'I\u0130', re.I), re.match('ß', 'ẞ', re.I))
print(re.match(r'\w+', 'Ωmega').group(), re.search(r'\d', '٣').group())
print(re.split('(?<=[.!?]) ', 'Héllo wörld. Ça va? Oui!'))
