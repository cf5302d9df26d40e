# split with and without groups, maxsplit, empty matches
import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words', maxsplit=-1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(a)|(b)', 'xaybz'))
print(re.split(r'\b', 'a b'))
print(re.split('x*', 'axbc'))
print(re.split(r'(?:)', 'abc'))
print(re.split(',', ''))
print(re.compile(' ').split('a b c', maxsplit=1))
