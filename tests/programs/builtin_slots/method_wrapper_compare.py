# method-wrapper and descriptor objects: equality, reflection.
l = []
print(l.__add__ == l.__add__, l.__add__ != l.__add__, l.__add__ == [].__add__, l.__add__ != [].__add__, l.__add__ == l.__mul__)
try:
    l.__add__ < l.__add__
except TypeError as e:
    print(type(e).__name__, e)
print(l.__add__.__name__, l.__add__.__self__ is l, l.__add__.__objclass__ is list, l.__add__.__doc__ == list.__add__.__doc__)
hash(l.__add__)
print(list.__add__ == list.__add__, list.__add__ != list.__add__, list.__add__ == list.__mul__)
try:
    list.__add__ < list.__add__
except TypeError as e:
    print(type(e).__name__, e)
print(list.__add__.__objclass__ is list, list.append.__objclass__ is list, list.append.__name__)
print(type(list.append).__qualname__, type(list.__add__).__name__, type(l.__add__).__qualname__)
print(type(l.__add__).__module__, type(list.append).__module__)
