# Palindrome detection, string reversal and normalisation.
def normalise(s):
    letters = 'abcdefghijklmnopqrstuvwxyz0123456789'
    out = ''
    for ch in s.lower():
        if letters.find(ch) >= 0:
            out += ch
    return out

def reverse_loop(s):
    result = ''
    for ch in s:
        result = ch + result
    return result

def is_palindrome(s):
    t = normalise(s)
    i = 0
    j = len(t) - 1
    while i < j:
        if t[i] != t[j]:
            return False
        i += 1
        j -= 1
    return True

samples = [
    'A man, a plan, a canal: Panama',
    'racecar',
    'hello',
    '',
    'No lemon, no melon',
    'Was it a car or a cat I saw?',
    '12321',
    '123 21x',
]
for s in samples:
    n = normalise(s)
    print(repr(s), is_palindrome(s), n == n[::-1], reverse_loop(n) == n[::-1])

print('stressed'[::-1], reverse_loop('drawer'), 'abc'[::-1][::-1])
print('abcdef'[::2], 'abcdef'[1::2], 'abcdef'[-2::-2], 'abcdef'[10:], 'abcdef'[-100:2])

# longest palindromic substring by expanding around centres
def longest_pal(s):
    best = ''
    for centre in range(2 * len(s) - 1):
        lo = centre // 2
        hi = lo + centre % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best

for s in ['babad', 'cbbd', 'forgeeksskeegfor', 'x', 'abacdfgdcaba']:
    print(s, longest_pal(s))
