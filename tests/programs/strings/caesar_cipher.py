# Caesar and Vigenere ciphers using str.find on an alphabet.
LOWER = 'abcdefghijklmnopqrstuvwxyz'
UPPER = LOWER.upper()

def shift_char(ch, k):
    i = LOWER.find(ch)
    if i >= 0:
        return LOWER[(i + k) % 26]
    i = UPPER.find(ch)
    if i >= 0:
        return UPPER[(i + k) % 26]
    return ch

def caesar(text, k):
    out = []
    for ch in text:
        out.append(shift_char(ch, k))
    return ''.join(out)

def vigenere(text, key, sign):
    out = []
    j = 0
    for ch in text:
        if LOWER.find(ch.lower()) >= 0:
            k = LOWER.find(key[j % len(key)])
            out.append(shift_char(ch, sign * k))
            j += 1
        else:
            out.append(ch)
    return ''.join(out)

msg = 'Hello, World! The Zebra quietly jumps.'
for k in [0, 1, 3, 13, 25, 26, -1, 52 + 5]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
print(caesar(caesar(msg, 13), 13))

secret = vigenere(msg, 'lemon', 1)
print(secret)
print(vigenere(secret, 'lemon', -1))

# brute-force: find the shift that produces the most 'e's
enc = caesar('meet me near the eastern entrance', 7)
best = 0
best_count = -1
for k in range(26):
    cand = caesar(enc, -k)
    n = 0
    for ch in cand:
        if ch == 'e':
            n += 1
    if n > best_count:
        best_count = n
        best = k
print(best, best_count, caesar(enc, -best))
