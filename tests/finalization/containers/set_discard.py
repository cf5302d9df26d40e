class A:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self is other

    def __del__(self):
        print("A.__del__", self.n)


x = A(1)
s = {x, A(2)}
del x
print("discard via lookup")
for item in list(s):
    if item.n == 2:
        s.discard(item)
        print("discarded, loop variable still holds it")
del item
print("set.clear")
s.clear()
print("end")
