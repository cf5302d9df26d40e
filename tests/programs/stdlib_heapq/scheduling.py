import heapq
def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float('inf')):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))
g = {'a': [('b', 7), ('c', 9), ('f', 14)], 'b': [('c', 10), ('d', 15)], 'c': [('d', 11), ('f', 2)], 'd': [('e', 6)], 'f': [('e', 9)]}
print(dijkstra(g, 'a'))
def kth_largest(nums, k):
    h = nums[:k]; heapq.heapify(h)
    for x in nums[k:]:
        if x > h[0]: heapq.heapreplace(h, x)
    return h[0]
print(kth_largest([3, 2, 1, 5, 6, 4], 2), kth_largest(list(range(100)), 10))
class Running:
    def __init__(self): self.lo, self.hi = [], []
    def add(self, x):
        heapq.heappush(self.lo, -heapq.heappushpop(self.hi, x))
        if len(self.lo) > len(self.hi): heapq.heappush(self.hi, -heapq.heappop(self.lo))
    def median(self):
        return self.hi[0] if len(self.hi) > len(self.lo) else (self.hi[0] - self.lo[0]) / 2
r = Running()
print([(r.add(x), r.median())[1] for x in [5, 15, 1, 3, 8, 7]])
events = [(3, 'c'), (1, 'a'), (2, 'b')]
heapq.heapify(events)
print([heapq.heappop(events) for _ in range(len(events))])
print(list(heapq.merge(*[sorted([5, 1, 3]), sorted([4, 2]), [0, 6]])))
