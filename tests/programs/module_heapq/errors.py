import _heapq

def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

t(_heapq.heappush, (1,), 2)
t(_heapq.heappush, [], 2, 3)
t(_heapq.heappush, heap=[], item=3)
t(_heapq.heappop, [])
t(_heapq.heappop, ())
t(_heapq.heappop)
t(_heapq.heapreplace, [], 1)
t(_heapq.heapreplace, (), 1)
t(_heapq.heappushpop, (), 1)
t(_heapq.heapify, ())
t(_heapq.heapify, None)
t(_heapq._heapify_max, ())
t(_heapq._heappop_max, ())
t(_heapq._heappop_max, [])
t(_heapq._heapreplace_max, [], 1)
t(_heapq._heapreplace_max, (), 1)
h = [1, 2]
t(_heapq.heappush, h, 'a')
print(h)
h = [3, 'x', 1]
t(_heapq.heapify, h)
print(h)
h = [1, 2, 3]
t(_heapq.heappushpop, h, None)
print(h)
t(_heapq.heappop, [7])

class L(list):
    pass
h = L([5, 1, 3])
_heapq.heapify(h)
print(h, type(h).__name__, _heapq.heappop(h))
