words = ['the', 'quick', 'brown', 'fox']
sentence = ''
for w in words:
    if sentence:
        sentence += ' '
    sentence += w
print(sentence)
print(sentence[::-1])
rev = ''
for ch in 'reverse':
    rev = ch + rev
print(rev)
print('-' * 20)
def is_palindrome(s):
    s = s.lower()
    return s == s[::-1]
for w in ['Level', 'python', 'Racecar', '']:
    print(repr(w), is_palindrome(w))
