# A guard may yield: the subject stays on the suspended frame's stack.
def gen(items):
    for it in items:
        match it:
            case int(n) if (yield n):
                print("accepted", n)
            case str(s):
                print("string", s)
            case _:
                print("skipped", it)
    print("done")

g = gen([1, "a", 2, 3])
print(next(g))
print(g.send(True))
print(g.send(False))
try:
    g.send(1)
except StopIteration:
    print("stopped")
