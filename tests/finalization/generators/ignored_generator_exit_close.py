def gen():
    try:
        yield 1
    finally:
        print("finally yields")
        yield 2


g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("end")
