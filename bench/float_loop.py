"""Float arithmetic in a while loop: two coupled recurrences and an
accumulated rational expression."""
import sys
import time


def work(n):
    x = 0.5
    y = 1.0
    acc = 0.0
    i = 0
    while i < n:
        x = x * 0.9999 + 0.0001 * y
        y = y * 1.00001 - x * 0.00001
        acc += x * y / (1.0 + x * x)
        i += 1
    return acc


def main():
    iterations = 5
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    checksum = 0.0
    for _ in range(iterations):
        t0 = time.perf_counter()
        checksum = work(1500000)
        t1 = time.perf_counter()
        print("iteration", t1 - t0)
    print("checksum", checksum)


main()
