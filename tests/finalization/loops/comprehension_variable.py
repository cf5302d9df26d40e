class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


ns = [a.n for a in [A(1), A(2)]]
print("list comprehension done", ns)
total = sum(b.n for b in (A(3), A(4)))
print("generator expression done", total)
d = {c.n: 0 for c in [A(5)]}
print("dict comprehension done", d)
