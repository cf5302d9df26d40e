def gen():
    try:
        print("never printed")
        yield 1
    finally:
        print("finally (never printed)")


g = gen()
print("before del")
del g
print("after del")
