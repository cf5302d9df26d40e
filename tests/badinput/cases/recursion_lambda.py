f = lambda n: f(n + 1)
print("start")
f(0)
