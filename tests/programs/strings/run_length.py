# Run-length encoding and decoding; digits parsed with int().
def encode(s):
    if s == '':
        return ''
    out = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(str(count) + prev)
            prev = ch
            count = 1
    out.append(str(count) + prev)
    return ''.join(out)

def decode(s):
    out = ''
    digits = ''
    for ch in s:
        if '0123456789'.find(ch) >= 0:
            digits += ch
        else:
            out += ch * int(digits)
            digits = ''
    return out

tests = ['aaabccddddde', 'abc', '', 'zzzzzzzzzzzzzzzzzzzzzzzz', 'aabbaa', 'x' * 120 + 'y']
for t in tests:
    e = encode(t)
    print(repr(e), decode(e) == t, len(t), len(e))

# look-and-say sequence
term = '1'
for i in range(12):
    print(i, len(term), term if len(term) < 40 else term[:40] + '...')
    e = encode(term)
    term = e
