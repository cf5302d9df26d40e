def gen():
    try:
        yield 1
    finally:
        print("finally raising")
        raise ValueError("from finally")


g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised ValueError:", e)

g = gen()
next(g)
print("drop a generator whose finally raises")
del g
print("after del")
