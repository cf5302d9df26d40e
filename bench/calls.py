"""Call-heavy code: recursive fib, then many calls of small functions
with positional, keyword and default arguments and tuple results."""
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


def divmod_pair(a, b):
    return a // b, a % b


def combine(a, b, c=1, d=2, e=3):
    return a * c + b * d - e


def identity(x):
    return x


def small_calls(n):
    total = 0
    for i in range(n):
        total += clamp(scale(i % 77, offset=-20), hi=90)
        total += scale(i, 3)
        q, r = divmod_pair(i, 7)
        total += combine(q, r, e=identity(i & 3))
        total += combine(r, q, 2, d=1)
        total -= clamp(x=i % 11, lo=3)
    return total


def main():
    iterations = 5
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    checksum = 0
    for _ in range(iterations):
        t0 = time.perf_counter()
        checksum = fib(25) + small_calls(400000)
        t1 = time.perf_counter()
        print("iteration", t1 - t0)
    print("checksum", checksum)


main()
