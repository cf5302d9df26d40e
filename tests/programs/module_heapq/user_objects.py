import _heapq

log = []

class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return 'Item(%r)' % self.v

h = [Item(v) for v in [7, 3, 9, 1, 4, 8, 2]]
_heapq.heapify(h)
print(h)
print(log)
del log[:]
print(_heapq.heappop(h), log)
del log[:]
_heapq.heappush(h, Item(0))
print(h, log)
del log[:]
print(_heapq.heappushpop(h, Item(5)), log)
del log[:]
print(_heapq.heapreplace(h, Item(6)), log)
del log[:]
_heapq._heapify_max(h)
print(h, log)

class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError('boom %d' % self.v)
        return self.v < other.v
    def __repr__(self):
        return 'Boom(%d)' % self.v

h = [Boom(1), Boom(2), Boom(4)]
try:
    _heapq.heappush(h, Boom(3))
except ValueError as e:
    print('caught', e)
print(h)
try:
    print(_heapq.heappop(h))
except ValueError as e:
    print('caught', e)
print(h)

class Mutator:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap
    def __lt__(self, other):
        self.heap.append(Mutator(99, None))
        return self.v < other.v

heap = []
heap.append(Mutator(5, heap))
heap.append(Mutator(4, heap))
try:
    _heapq.heapify(heap)
except RuntimeError as e:
    print(type(e).__name__, e)
for m in heap:
    m.heap = None

class NoLt:
    pass
try:
    _heapq.heapify([NoLt(), NoLt()])
except TypeError as e:
    print(e)

class Rich:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return 'R%d' % self.v
h = [Rich(3), Rich(1), Rich(2)]
_heapq.heapify(h)
print(h)
