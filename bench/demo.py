"""A short tour of what fastpy runs today.  Also runs on CPython 3.11:
`bin/fastpy bench/demo.py` and `python3.11 bench/demo.py` print the same,
except for the timing line."""
import time


def primes_below(n):
    """Sieve of Eratosthenes on a list of bools."""
    sieve = [True] * n
    sieve[0] = False
    sieve[1] = False
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


def sqrt_newton(x, steps=6):
    """Newton's method, to compare with x ** 0.5."""
    guess = x / 2.0
    for _ in range(steps):
        guess = (guess + x / guess) / 2.0
    return guess


def leibniz_pi(terms):
    total = 0.0
    sign = 1.0
    for k in range(terms):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * total


def word_counts(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def hot_loop(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


print("primes below 60:", primes_below(60))
f = factorial(50)
print("50! =", f)
print("50! has", len(str(f)), "digits; 2 ** 200 =", 2 ** 200)
print("sqrt(2): Newton", sqrt_newton(2.0), "vs ** 0.5", 2.0 ** 0.5)
print("pi by 100000 Leibniz terms:", leibniz_pi(100000))
print("0.1 + 0.2 =", 0.1 + 0.2, "; 7 // -2 =", 7 // -2, "; -7 % 3 =", -7 % 3)
print("word counts:", word_counts("the quick brown fox jumps over the lazy dog the end"))
pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
letters = ''
for number, letter in pairs:
    letters += letter * number
print("tuple unpacking:", letters, letters[::-1], letters[1:4])
n = 10000000
t0 = time.perf_counter()
result = hot_loop(n)
t1 = time.perf_counter()
print("hot loop result:", result)
print("hot loop of", n, "iterations took", int((t1 - t0) * 1000), "ms")
