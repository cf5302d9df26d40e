import sys
for v in [0, -5, 2.5, 2**40, 2**100, 'x', 1]:
    try:
        sys.setrecursionlimit(v)
    except Exception as e:
        print(type(e).__name__, e)
def f():
    try:
        sys.setrecursionlimit(2)
    except Exception as e:
        print(type(e).__name__, e)
f()
print(sys.getrecursionlimit())
