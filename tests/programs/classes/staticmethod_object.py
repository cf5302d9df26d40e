def f(x):
    return x + 1

sm = staticmethod(f)
cm = classmethod(f)

class C:
    s = sm
    c = cm

print(C.s(1), C().s(2), sm.__func__ is f, cm.__func__ is f)
print(C.c())
