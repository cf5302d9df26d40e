items = [3, 1, 4, 1, 5]
items.remove(1)
print(items)
items.remove(1)
print(items)
items.remove(1)
