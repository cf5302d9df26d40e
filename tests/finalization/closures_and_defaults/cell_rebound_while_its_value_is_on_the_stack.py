class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def show(self): return self.n

def f():
    x = D(1)
    def rebind():
        nonlocal x
        x = D(2)
        print("rebound")
        return 0
    def g(a, b):
        print("g", a.n, b)
    g(x, rebind())          # x borrowed on the stack while the cell is rebound
    print("after g")
    return [x.show() for i in range(2)]

print(f())

def h():
    y = D(3)
    def kill():
        nonlocal y
        del y
        print("deleted")
    def use(a):
        kill()
        print("use", a.n)
    use(y)
    print("after use")
h()

def loop():
    t = D(10)
    fs = []
    for i in range(3):
        t = D(20 + i)
        fs.append(lambda: t.n)
    return [f() for f in fs]
print(loop())

def gen():
    z = D(5)
    def reb():
        nonlocal z
        z = None
    yield [z.n, (yield z.n)]
    reb()
    yield "done"
g = gen()
print(next(g)); print(g.send(7)); print(next(g))
del g
print("end")
