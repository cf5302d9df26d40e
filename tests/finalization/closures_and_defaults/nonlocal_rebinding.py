class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def counter():
    cur = A(0)

    def step():
        nonlocal cur
        cur = A(cur.n + 1)
        return cur.n
    return step


s = counter()
print(s())
print(s())
del s
print("end")
