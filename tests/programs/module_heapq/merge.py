import heapq

print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 5])))
print(list(heapq.merge(['z', 'b'], ['y', 'a'], key=str.upper, reverse=True)))
print(list(heapq.merge([(1, 'a'), (3, 'c')], [(2, 'b')], key=lambda t: t[0])))
print(list(heapq.merge([], [1], [])))
