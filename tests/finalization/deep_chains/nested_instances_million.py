# translated only: a deep chain for the C stack, minutes untranslated
class Node:
    __slots__ = ("next",)

    def __init__(self, nxt):
        self.next = nxt


class Last:
    def __del__(self):
        print("Last.__del__")


head = Last()
for i in range(1000000):
    head = Node(head)
print("built")
head = None
print("released")
