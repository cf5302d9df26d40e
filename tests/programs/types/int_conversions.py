print(int(), int(3.9), int(-3.9), int(True), int(1e20), int(-0.5))
class A:
    def __int__(self):
        return 7
class B:
    def __index__(self):
        return 8
print(int(A()), int(B()))
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
