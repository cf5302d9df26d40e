"""Dictionary and string work: word counting and key building."""
import sys
import time

WORDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta',
         'theta', 'iota', 'kappa', 'lambda', 'mu']


def work(n):
    counts = {}
    for i in range(n):
        w = WORDS[i % 12] + str(i % 50)
        counts[w] = counts.get(w, 0) + 1
    joined = ','.join(list(counts.keys()))
    parts = joined.split(',')
    total = 0
    for p in parts:
        total += counts[p] * len(p)
    return total


def main(iterations):
    checksum = 0
    for _ in range(iterations):
        t0 = time.perf_counter()
        checksum = work(1000000)
        t1 = time.perf_counter()
        print("iteration", t1 - t0)
    print("checksum", checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
