# ceil, floor and trunc: floats, ints of any size, bools, and the
# __ceil__/__floor__/__trunc__/__float__/__index__ protocols.
import math

for x in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.0, 1e16 + 0.5, -1e300, 1e300,
          4503599627370495.5, 0.9999999999999999, -0.9999999999999999,
          9223372036854775807.0, -9223372036854775808.0, 9.2e18, -9.3e18,
          9223372036854774784.0, -9223372036854777856.0]:
    print(repr(x), math.ceil(x), math.floor(x), math.trunc(x))
for x in [0, -7, 10**40, -10**40, True, False]:
    r = (math.ceil(x), math.floor(x), math.trunc(x))
    print(repr(x), r, [type(v).__name__ for v in r])
class Rounded:
    def __ceil__(self):
        return 'ceil'
    def __floor__(self):
        return 'floor'
    def __trunc__(self):
        return 'trunc'
r = Rounded()
print(math.ceil(r), math.floor(r), math.trunc(r))
class AsFloat:
    def __float__(self):
        return 2.5
print(math.ceil(AsFloat()), math.floor(AsFloat()))
class AsIndex:
    def __index__(self):
        return 7
print(math.ceil(AsIndex()), math.floor(AsIndex()))
class MyFloat(float):
    pass
print(math.ceil(MyFloat(1.25)), math.floor(MyFloat(-1.25)), math.trunc(MyFloat(-1.75)))
for f in [math.ceil, math.floor, math.trunc]:
    for bad in [float('inf'), float('-inf'), float('nan'), 'x', AsFloat(), None]:
        try:
            print(f(bad))
        except (ValueError, OverflowError, TypeError) as e:
            print(type(e).__name__, e)
