from abc import abstractmethod
import heapq, math
def f(): pass
f.__isabstractmethod__ = True
def g(): pass
print(property(f).__isabstractmethod__, property(g).__isabstractmethod__, property(None, f).__isabstractmethod__, property().__isabstractmethod__)
print(classmethod(f).__isabstractmethod__, staticmethod(g).__isabstractmethod__, classmethod(abstractmethod(g)).__isabstractmethod__)
it = iter([1]); print(it.__next__.__self__ is it, [].append.__self__, 'x'.upper.__self__)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
