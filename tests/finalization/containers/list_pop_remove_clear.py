class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


lst = [A(i) for i in range(5)]
print("pop()")
lst.pop()
print("pop(0)")
lst.pop(0)
print("remove")
lst.remove(lst[0])
print("clear")
lst.clear()
print("end")
