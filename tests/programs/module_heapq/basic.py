import _heapq
from _heapq import heappush, heappop, heapify, heapreplace, heappushpop

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heappush(h, x)
    print(h)
out = []
while h:
    out.append(heappop(h))
print(out)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, -3]
heapify(data)
print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, -5), data)
print(heappushpop(data, 4), data)
print(heappushpop([], 1))

words = ['pear', 'apple', 'fig', 'kiwi', 'banana', 'cherry']
heapify(words)
print([heappop(words) for _ in range(len(words))])

floats = [3.5, -1.0, 2.25, 0.5, 7.0]
heapify(floats)
print(floats, heappop(floats), floats)

tuples = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
heapify(tuples)
print([heappop(tuples) for _ in range(4)])

m = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
_heapq._heapify_max(m)
print(m)
print(_heapq._heappop_max(m), m)
print(_heapq._heapreplace_max(m, 0), m)
print([n for n in ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop', '_heapify_max', '_heappop_max', '_heapreplace_max', 'merge', 'nlargest'] if hasattr(_heapq, n)])
print(_heapq.__about__[:40])
