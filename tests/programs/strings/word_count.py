text = """the cat sat on the mat
the dog sat on the log
a cat and a dog"""
counts = {}
for line in text.split('\n'):
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1
print(counts)
keys = list(counts.keys())
keys.sort()
for k in keys:
    print(k, counts[k])
print(max(counts.values()), len(counts))
