items = []
for i in range(5):
    items.append(i * i)
d = {}
d.update(a=1)
print(items, d.get('a'), 'x,y'.split(','), ' s '.strip())
