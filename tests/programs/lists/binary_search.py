# Binary search variants over a sorted list.
def bsearch(items, target):
    lo = 0
    hi = len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def lower_bound(items, target):
    lo = 0
    hi = len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

def bsearch_rec(items, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return bsearch_rec(items, target, mid + 1, hi)
    return bsearch_rec(items, target, lo, mid - 1)

squares = []
for i in range(1, 200):
    squares.append(i * i)
for t in [1, 4, 144, 39601, 39600, 0, 50000, 10000]:
    print(t, bsearch(squares, t), bsearch_rec(squares, t, 0, len(squares) - 1))

dups = [1, 2, 2, 2, 3, 5, 5, 8, 13, 13, 13, 13]
for t in [0, 1, 2, 4, 5, 13, 14]:
    print(t, lower_bound(dups, t), dups.count(t))

words = ['apple', 'banana', 'cherry', 'date', 'fig', 'grape', 'kiwi']
for w in ['cherry', 'kiwi', 'apple', 'coconut', 'zzz']:
    print(w, bsearch(words, w)[0], lower_bound(words, w))

# integer square root by bisection on big numbers
def isqrt(n):
    lo = 0
    hi = n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo

for n in [0, 1, 15, 16, 17, 10 ** 40, 2 ** 127 - 1]:
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
