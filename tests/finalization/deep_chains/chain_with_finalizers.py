# translated only: a deep chain for the C stack, minutes untranslated
class Node:
    def __init__(self, n, nxt):
        self.n = n
        self.next = nxt

    def __del__(self):
        if self.n % 25000 == 0:
            print("Node.__del__", self.n)


head = None
for i in range(100001):
    head = Node(i, head)
print("built")
head = None
print("released")
