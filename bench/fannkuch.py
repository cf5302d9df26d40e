"""fannkuch-redux (Benchmarks Game): count prefix reversals ("pancake
flips") over all permutations of 0..n-1, permutations generated in place
with the counting method.  Lists, indexing and swaps only."""
import sys
import time


def fannkuch(n):
    perm1 = []
    for i in range(n):
        perm1.append(i)
    count = [0] * n
    perm = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        # Flip a copy of the current permutation until 0 comes first.
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            i = 0
            j = k
            while i < j:
                perm[i], perm[j] = perm[j], perm[i]
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # Next permutation: rotate the first r+1 elements while count[r]
        # runs out, moving r up.
        while True:
            if r == n:
                return checksum, max_flips
            perm0 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def main():
    iterations = 5
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    checksum = 0
    for _ in range(iterations):
        t0 = time.perf_counter()
        checksum = 0
        for _ in range(6):  # n=9 would take ~0.6 s on CPython
            result, max_flips = fannkuch(8)
            checksum += result * 100 + max_flips
        t1 = time.perf_counter()
        print("iteration", t1 - t0)
    print("checksum", checksum)


main()
