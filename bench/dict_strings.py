"""Dictionary and string work: build keys by concatenation and str(),
count them in a dict, join/split, slice, group by prefix, compare."""
import sys
import time

WORDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta',
         'theta', 'iota', 'kappa', 'lambda', 'mu']


def count_words(n):
    counts = {}
    for i in range(n):
        w = WORDS[i % 12] + '_' + str(i % 997)
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_prefix(counts):
    groups = {}
    for key, value in counts.items():
        prefix = key[:3]
        if prefix not in groups:
            groups[prefix] = []
        groups[prefix].append(key + '=' + str(value))
    return groups


def work(n):
    counts = count_words(n)
    keys = []
    for k in counts:
        keys.append(k)
    # Round-trip through one long string.
    parts = ','.join(keys).split(',')
    total = 0
    for p in parts:
        total += counts[p] * len(p)
    groups = group_by_prefix(counts)
    for prefix, items in groups.items():
        longest = ''
        for item in items:
            if len(item) > len(longest) or (len(item) == len(longest) and item > longest):
                longest = item
        total += len(items) * len(longest) + len(prefix)
    # Many small dicts with str values, then a merge.
    merged = {}
    for i in range(n // 10):
        record = {'id': str(i), 'name': WORDS[i % 12], 'tag': WORDS[i % 5][1:3]}
        merged[record['name'] + record['tag']] = record['id']
    for k, v in merged.items():
        total += len(k) + int(v) % 13
    return total


def main():
    iterations = 5
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    checksum = 0
    for _ in range(iterations):
        t0 = time.perf_counter()
        checksum = work(1100000)
        t1 = time.perf_counter()
        print("iteration", t1 - t0)
    print("checksum", checksum)


main()
