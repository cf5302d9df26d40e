"""A short tour of what fastpy runs today."""
import time


def primes_below(n):
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    i = 2
    while i * i < n:
        if sieve[i]:
            for j in range(i * i, n, i):
                sieve[j] = False
        i += 1
    result = []
    for k in range(n):
        if sieve[k]:
            result.append(k)
    return result


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def hot_loop(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


print("primes below 50:", primes_below(50))
print("30! =", factorial(30))
print("0.1 + 0.2 =", 0.1 + 0.2)
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print("word counts:", counts)
t0 = time.perf_counter()
result = hot_loop(10000000)
t1 = time.perf_counter()
print("hot loop result:", result)
print("hot loop of 10,000,000 iterations took", int((t1 - t0) * 1000), "ms")
