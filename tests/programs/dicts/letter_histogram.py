# Letter frequencies with dict.get, then a sorted bar chart.
text = """The quick brown fox jumps over the lazy dog.
Pack my box with five dozen liquor jugs!
How vexingly quick daft zebras jump."""
alphabet = 'abcdefghijklmnopqrstuvwxyz'

counts = {}
for ch in text.lower():
    if ch in alphabet:
        counts[ch] = counts.get(ch, 0) + 1
print(len(counts), sum(counts.values()))

letters = []
for k in counts.keys():
    letters.append(k)
letters.sort()
line = ''
for k in letters:
    line += k + str(counts[k]) + ' '
print(line.strip())

# most common letters: sort (count, letter) pairs, highest first
pairs = []
for k, v in counts.items():
    pairs.append((-v, k))
pairs.sort()
for neg, k in pairs[:6]:
    print(k, '#' * -neg)

missing = []
for ch in alphabet:
    if counts.get(ch) is None:
        missing.append(ch)
print('missing:', missing)

words = {}
for w in text.replace('.', ' ').replace('!', ' ').lower().split():
    key = len(w)
    if key not in words:
        words[key] = []
    words[key].append(w)
lengths = list(words.keys())
lengths.sort()
for n in lengths:
    print(n, words[n])
