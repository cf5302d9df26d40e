# backreferences by number and name
import re

print(re.search(r'(\w)\1', 'abccd').group())
print(re.findall(r'(\w+) \1', 'the the cat cat dog'))
print(re.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" there').group())
print(re.match(r'(a)(b)?\2', 'a'), re.match(r'(a)|\1b', 'b'))
print(re.sub(r'\b(\w+)( \1\b)+', r'\1', 'paris in the the spring spring'))
print(re.match(r'(?i)(ab)\1', 'abAB'), re.match(r'(ab)\1', 'abAB'))
print(re.fullmatch(r'(a|b)*\1', 'abab'))
print(re.search(r'(.)(.)\2\1', 'xabbay').span())
