print(float("1.5"), float("  -2.25 "), float("1e3"), float("1_000.5"), float(".5"), float("5."), float("-.5e-2"))
print(float("inf"), float("-Infinity"), float("nan"), float("+INF"), float("1E+2"), float(b"3.5"))
print(float(), float(3), float(True), float(10 ** 20))
for bad in ["", "abc", "1_", "_1", "1__0", "1e", "e5", "1.2.3", "- 1", "0x10", "in f"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
print(float(F()), float(I()))
try:
    float([])
except TypeError as e:
    print(e)
