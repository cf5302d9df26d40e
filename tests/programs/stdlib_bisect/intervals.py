import bisect
class SortedList:
    def __init__(self, items=()): self._a = sorted(items)
    def add(self, x): bisect.insort(self._a, x)
    def remove(self, x):
        i = bisect.bisect_left(self._a, x)
        if i == len(self._a) or self._a[i] != x: raise ValueError(x)
        del self._a[i]
    def count_range(self, lo, hi): return bisect.bisect_right(self._a, hi) - bisect.bisect_left(self._a, lo)
    def __repr__(self): return 'SortedList(%r)' % self._a
s = SortedList([5, 1, 9, 3])
s.add(4); s.add(4); s.remove(9)
print(s, s.count_range(3, 4), s.count_range(10, 20))
try:
    s.remove(100)
except ValueError as e:
    print('ValueError', e)
times = [0, 60, 120, 300, 600]
labels = ['now', '1m', '2m', '5m', '10m', 'later']
print([labels[bisect.bisect(times, t)] for t in [0, 30, 61, 299, 3600]])
pts = sorted([(1, 'a'), (3, 'c'), (2, 'b')])
print(bisect.bisect_left(pts, (2,)), bisect.bisect_right(pts, (2, 'b')), bisect.bisect(pts, (2, 'z')))
