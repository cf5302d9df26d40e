def holder(n):
    data = [[0], [1], [2]]
    for item in data:
        yield item

g = holder(3)
print(next(g))
g = None
h = holder(3)
print(next(h), next(h))
del h
print('done')
