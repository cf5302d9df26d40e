class Node:
    def __init__(self, name, payload):
        self.name = name
        self.payload = payload

    def __del__(self):
        print("Node.__del__", self.name, self.payload)


class Payload:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print("Payload.__del__", self.v)

    def __repr__(self):
        return "Payload(%d)" % self.v


n = Node("n1", Payload(7))
print("before del")
del n
print("after del")
