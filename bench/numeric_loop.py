"""Small-int arithmetic in nested loops: a linear congruential generator
mixed with shifts, masks, floor division and modulo."""
import sys
import time


def work(n):
    total = 0
    for i in range(n):
        x = i
        for j in range(16):
            x = (x * 1103515245 + 12345) % 2147483648
            total += (x >> 16) & 1023
            total -= (x // 1000003) % 7 - j
        if total > 10000000:
            total = total % 999983
    return total


def main():
    iterations = 5
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    checksum = 0
    for _ in range(iterations):
        t0 = time.perf_counter()
        checksum = work(80000)
        t1 = time.perf_counter()
        print("iteration", t1 - t0)
    print("checksum", checksum)


main()
