# heapq on lists of ints and of floats (sifted on unboxed items), on
# mixed lists and with a NaN: the same heaps as CPython.
import heapq, random
random.seed(5)
for kind in (int, float):
    data = [kind(random.randrange(1000)) for i in range(500)]
    h = []
    for x in data:
        heapq.heappush(h, x)
    out = [heapq.heappop(h) for i in range(250)]
    print(out == sorted(data)[:250], out[:5])
    h2 = list(data); heapq.heapify(h2)
    print(heapq.heappushpop(h2, kind(3)), heapq.heapreplace(h2, kind(999)), h2[:6])
    print(heapq.nsmallest(5, data), heapq.nlargest(5, data), list(heapq.merge(sorted(data[:10]), sorted(data[10:20])))[:8])
    h3 = list(data); heapq._heapify_max(h3); print(h3[:5], heapq._heappop_max(h3), h3[:3])
mixed = [3, 1.5, 2, 0.5]; heapq.heapify(mixed); print(mixed, heapq.heappop(mixed))
h = [1, 2]; heapq.heappush(h, float('nan')); print(h)
try: heapq.heappop([])
except IndexError as e: print(e)
