class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


class C:
    tmp = A("class attribute")
    temp2 = A("deleted in body")
    del temp2
    print("class body done")


print("class created")
del C.tmp
print("attribute deleted")
