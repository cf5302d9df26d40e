# list == list when an item's __eq__ empties a list: the lengths decide
# once an index runs past either list.
class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented

class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented

class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented

list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)
list3 = [Z()]
list4 = [1]
print(list3 == list4, list3 != [1])

class Shrink:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        del a[1:]
        return False
    __hash__ = None
a = [Shrink(1), 2, 3]
b = [Shrink(2), 2, 3]
print(a == b, len(a))
a = [Shrink(1), 2, 3]
b = [Shrink(2)]
print(a == b, len(a))
