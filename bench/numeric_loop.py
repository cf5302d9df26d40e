"""Integer arithmetic in nested loops (the JIT's simplest case)."""
import sys
import time


def work(n):
    total = 0
    for i in range(n):
        x = i % 1000
        total += x * x - 3 * x + 7
        if total > 1000000000000:
            total = total % 1000003
    return total


def main(iterations):
    checksum = 0
    for _ in range(iterations):
        t0 = time.perf_counter()
        checksum = work(2000000)
        t1 = time.perf_counter()
        print("iteration", t1 - t0)
    print("checksum", checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
