# fsum: exact (Shewchuk) summation with correct rounding, special values
# and its errors.
import math

print(repr(math.fsum([0.1] * 10)), repr(sum([0.1] * 10)))
print(repr(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])))
print(repr(math.fsum([1e-16, 1, 1e16])))
print(repr(math.fsum([2.0**53, -0.5, -2.0**-54])))
print(repr(math.fsum([2.0**53, 1.0, 2.0**-100])))
print(repr(math.fsum([2.0**53 - 1.0, 0.5, 2.0**-54])))
print(repr(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1e308])))
print(repr(math.fsum([])), repr(math.fsum([-0.0])), repr(math.fsum([-0.0, -0.0])))
print(repr(math.fsum(range(1000))), repr(math.fsum([1, 2**60, 3, -2**60])))
print(repr(math.fsum(x * 0.001 for x in range(1, 2001))))
print(repr(math.fsum([1.0 / n for n in range(1, 500)])))
print(repr(math.fsum([(-1.0) ** n / (2 * n + 1) for n in range(3000)]) * 4))
print(repr(math.fsum([1e308, 1e308, -1e308])) if False else 'skip')
print(repr(math.fsum([float('inf'), 1.0])), repr(math.fsum([float('-inf'), -1e308])))
print(repr(math.fsum([float('nan'), 1.0])), repr(math.fsum([float('inf'), float('nan')])))
print(repr(math.fsum([float('inf'), float('inf')])))
vals = [((i * 7919) % 1000 - 500) * 10.0 ** ((i * 37) % 40 - 20) for i in range(400)]
print(repr(math.fsum(vals)), repr(sum(vals)))
print(repr(math.fsum(vals[::-1])), repr(math.fsum(sorted(vals))))
for bad in [[float('inf'), float('-inf')], [1e308, 1e308], [1.0, 'x'], 5,
            [10**400], [1e308, 1e308, -1e308]]:
    try:
        print(repr(math.fsum(bad)))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 0.25
print(repr(math.fsum([F(), F(), 1])))
