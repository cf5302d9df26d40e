class A:
    def m(self, n):
        return self.m(n + 1)
print("start")
A().m(0)
