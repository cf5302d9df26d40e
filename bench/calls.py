"""Call-heavy code: recursion and small functions with positional,
keyword and default arguments."""
import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def clamp(x, lo=0, hi=100):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def scale(value, factor=2, offset=0):
    return value * factor + offset


def small_calls(n):
    total = 0
    for i in range(n):
        total += clamp(scale(i % 77, offset=-20), hi=90)
        total += scale(i, 3)
    return total


def main(iterations):
    checksum = 0
    for _ in range(iterations):
        t0 = time.perf_counter()
        checksum = fib(27) + small_calls(600000)
        t1 = time.perf_counter()
        print("iteration", t1 - t0)
    print("checksum", checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
