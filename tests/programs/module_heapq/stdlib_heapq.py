import heapq

data = [5, 1, 8, 3, 9, 2, 7, 4, 6, 0, 11, 15, -2]
print(heapq.nlargest(3, data))
print(heapq.nsmallest(4, data))
print(heapq.nlargest(2, data, key=lambda x: -x))
print(heapq.nsmallest(3, ['bb', 'a', 'cccc', 'ddd'], key=len))
print(heapq.nlargest(1, []))
print(heapq.nsmallest(20, data))

h = []
for item in [(3, 'write'), (1, 'plan'), (2, 'code'), (5, 'ship'), (4, 'test')]:
    heapq.heappush(h, item)
print([heapq.heappop(h)[1] for _ in range(len(h))])

def heapsort(iterable):
    h = []
    for v in iterable:
        heapq.heappush(h, v)
    return [heapq.heappop(h) for i in range(len(h))]
print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))

big = [(i * 7919) % 3001 for i in range(3000)]
heapq.heapify(big)
ok = all(big[k] <= big[c] for k in range(len(big)) for c in (2 * k + 1, 2 * k + 2) if c < len(big))
print(ok, big[:5])
print([heapq.heappop(big) for _ in range(8)])
mx = list(range(3000))
heapq._heapify_max(mx)
print(mx[:6], heapq._heappop_max(mx))
print(heapq.heappush is __import__('_heapq').heappush)
