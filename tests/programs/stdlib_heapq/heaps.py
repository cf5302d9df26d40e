import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), sorted(h))
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data); print(data, [heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [5, 1, 9, 3, 7]), heapq.nsmallest(2, 'zebra'))
people = [('bob', 30), ('amy', 25), ('cid', 35), ('dan', 25)]
print(heapq.nsmallest(2, people, key=lambda p: p[1]), heapq.nlargest(1, people, key=lambda p: p[1]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge(['b', 'd'], ['a', 'c'], key=str, reverse=False)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
class Task:
    def __init__(self, pri, name): self.pri, self.name = pri, name
    def __lt__(self, o): return self.pri < o.pri
pq = []
for p, n in [(3, 'write'), (1, 'plan'), (2, 'code'), (5, 'ship')]:
    heapq.heappush(pq, Task(p, n))
print([heapq.heappop(pq).name for _ in range(4)])
import itertools
counter = itertools.count()
q = []
for pri, item in [(2, 'b'), (1, 'a'), (2, 'c'), (1, 'd')]:
    heapq.heappush(q, (pri, next(counter), item))
print([heapq.heappop(q)[2] for _ in range(4)])
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
print(heapq.nsmallest(10, [3, 1]), heapq.nlargest(0, [1]), heapq._heapify_max([3, 1, 2]))
