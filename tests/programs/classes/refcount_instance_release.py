class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

def build():
    n = Node('a', Node('b', Node('c')))
    return n.child.child.name

print(build())
nodes = [Node(i) for i in range(3)]
del nodes[1]
print([n.name for n in nodes])
